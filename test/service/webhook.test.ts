import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { buildService, type Service } from '../../src/service/app.js';
import { FakeTelegram } from '../helpers/fake-telegram/index.js';

const SECRET = 'service_webhook-secret';

describe('service in Telegram webhook mode: the webhook shares the HTTP server with /healthz and /metrics', () => {
  let tg: FakeTelegram;
  let service: Service;
  let base: string;

  before(async () => {
    tg = await FakeTelegram.start();
    const config = parseConfig({
      TELEGRAM_BOT_TOKEN: tg.token,
      TELEGRAM_API_ROOT: tg.apiRoot,
      // Telegram only posts to https; TLS ends at a proxy in front, which forwards to PORT.
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/telegram/hook',
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      HOST: '127.0.0.1',
    });
    config.port = 0; // a free port: the environment cannot ask for one (PORT=0 is refused)
    service = await buildService(config, createLogger({ level: 'silent' }), { processMetrics: false });
    const { port } = await service.start();
    base = `http://127.0.0.1:${port}`;
  });
  after(async () => {
    await service.stop();
    await tg.close();
  });

  /** Posts an update as the TLS proxy would forward it from Telegram. */
  function forward(text: string, secret: string | null): Promise<Response> {
    const from = tg.user();
    const message = {
      message_id: tg.api.newMessageId(),
      date: 1,
      chat: { id: from.id, type: 'private' as const, first_name: from.first_name },
      from,
      text,
    };
    tg.api.remember(message);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (secret !== null) headers['x-telegram-bot-api-secret-token'] = secret;
    return fetch(`${base}/telegram/hook`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ update_id: message.message_id, message }),
    });
  }

  test('start registers the configured URL and secret with Telegram and reports healthy', async () => {
    const [setWebhook] = tg.callsTo('setWebhook');
    assert.equal(setWebhook!.payload.url, 'https://bot.example.org/telegram/hook');
    assert.equal(setWebhook!.payload.secret_token, SECRET);
    assert.equal((await fetch(`${base}/healthz`)).status, 200);
  });

  test('an update with the secret is answered; without it or with another it is refused', async () => {
    const accepted = await forward('第三轮计划有多少项重点任务？', SECRET);
    assert.equal(accepted.status, 200);
    const [reply] = await tg.waitForMessages(1);
    assert.match(reply!.text, /165项/);
    const before = tg.sentMessages().length;
    const missing = await forward('/areas', null);
    const wrong = await forward('/areas', 'not-the-secret');
    assert.ok(missing.status >= 400 && missing.status < 500, `no secret: ${missing.status}`);
    assert.ok(wrong.status >= 400 && wrong.status < 500, `wrong secret: ${wrong.status}`);
    assert.equal(tg.sentMessages().length, before, 'nothing answered for refused updates');
  });

  test('after stop the webhook path answers 503 so Telegram retries later', async () => {
    await service.adapters[0]!.stop();
    const res = await forward('/areas', SECRET);
    assert.equal(res.status, 503);
  });
});
