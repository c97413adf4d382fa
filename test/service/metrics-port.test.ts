import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { buildService, type Service } from '../../src/service/app.js';
import { FakeTelegram } from '../helpers/fake-telegram/index.js';

describe('METRICS_PORT: /metrics on loopback, not on the public webhook port', () => {
  let tg: FakeTelegram;
  let service: Service;
  let publicBase: string;
  let metricsBase: string;

  before(async () => {
    tg = await FakeTelegram.start();
    const config = parseConfig({
      TELEGRAM_BOT_TOKEN: tg.token,
      // A self-hosted Bot API server may post to plain http.
      TELEGRAM_API_ROOT: tg.apiRoot,
      TELEGRAM_WEBHOOK_URL: 'http://127.0.0.1:1/telegram/hook',
      TELEGRAM_WEBHOOK_SECRET: 'metrics_port-secret',
      PORT: '0',
      HOST: '127.0.0.1',
      METRICS_PORT: '0',
    });
    service = await buildService(config, createLogger({ level: 'silent' }), { processMetrics: false });
    const { port, metricsPort } = await service.start();
    publicBase = `http://127.0.0.1:${port}`;
    metricsBase = `http://127.0.0.1:${metricsPort}`;
  });
  after(async () => {
    await service.stop();
    await tg.close();
  });

  test('the public port serves /healthz and the webhook but not /metrics', async () => {
    assert.equal((await fetch(`${publicBase}/metrics`)).status, 404);
    assert.equal((await fetch(`${publicBase}/healthz`)).status, 200);
    assert.equal((await fetch(`${publicBase}/telegram/hook`, { method: 'POST' })).status, 403);
  });

  test('the metrics port, bound to loopback, serves /metrics with the dropped-replies counter', async () => {
    assert.equal((service.metricsHttp!.server.address() as AddressInfo).address, '127.0.0.1');
    service.events.replyDropped('telegram', { chatId: '-1', method: 'sendMessage', waitedMs: 120_000 });
    const res = await fetch(`${metricsBase}/metrics`);
    assert.equal(res.status, 200);
    assert.match(await res.text(), /^planbot_replies_dropped_total\{platform="telegram"\} 1$/m);
  });
});
