import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { silentEvents } from '../../../src/adapters/adapter.js';
import { createDiscordAdapter } from '../../../src/adapters/discord/index.js';
import { FakeDiscord } from '../../helpers/fake-discord/index.js';
import { eventually } from '../../helpers/eventually.js';
import { memoryLogger, planbot, startBot } from './harness.js';

const count = (kind: string): number => process.getActiveResourcesInfo().filter((r) => r === kind).length;

describe('Discord adapter shutdown', () => {
  test('stop() closes the gateway with 1000 and leaves no timer or socket of its own', async () => {
    const timers = count('Timeout');
    const sockets = count('TCPSocketWrap');
    const bot = await startBot();
    const ask = bot.fake.slash('ask', { question: '第三轮计划有多少项重点任务？' });
    await bot.fake.reply(ask);
    assert.equal(bot.adapter.isReady(), true);

    await bot.adapter.stop();
    assert.equal(bot.adapter.isReady(), false);
    const close = await bot.fake.until(() => bot.fake.gatewayLog.find((e) => e.kind === 'close'));
    assert.deepEqual(close, { kind: 'close', code: 1000 });
    assert.equal(count('Timeout'), timers, 'heartbeat and REST timers are cleared');

    await bot.fake.stop();
    await eventually(() => (count('TCPSocketWrap') === sockets ? true : undefined));
    assert.equal(count('Timeout'), timers);
  });

  test('stop() lets a reply in flight finish before closing', async () => {
    const bot = await startBot();
    bot.fake.fail({ method: 'POST', path: /\/callback$/ }, { delayMs: 300 });
    const ask = bot.fake.slash('areas', {});
    await sleep(50); // the client has the interaction and its reply is on the wire
    const stopped = bot.adapter.stop();
    const reply = await bot.fake.reply(ask);
    await stopped;
    assert.equal(reply.embeds[0]!.fields!.length, 9);
    await bot.fake.stop();
  });

  test('a wrong token makes start() fail with a clear error, and stop() still cleans up', async () => {
    const fake = await FakeDiscord.start();
    const timers = count('Timeout');
    const adapter = createDiscordAdapter({
      planbot: planbot(),
      logger: memoryLogger().logger,
      events: silentEvents,
      token: 'MTA.not-the-right.token',
      restApi: fake.restApi,
    });
    await assert.rejects(adapter.start(), /An invalid token was provided/);
    assert.equal(adapter.isReady(), false);
    await adapter.stop();
    assert.equal(count('Timeout'), timers);
    assert.equal(fake.gatewayLog.length, 0, 'never opened the gateway');
    await fake.stop();
  });

  test('a process that ran the bot exits by itself once the bot and the fake are stopped', async () => {
    const script = fileURLToPath(new URL('./fixtures/answer-once-and-stop.ts', import.meta.url));
    const started = Date.now();
    const { stdout } = await new Promise<{ stdout: string }>((resolve, reject) => {
      execFile(process.execPath, ['--import', 'tsx', script], { timeout: 15_000 }, (err, out, errOut) =>
        err ? reject(new Error(`${err.message}\n${errOut}`)) : resolve({ stdout: out }),
      );
    });
    assert.equal(stdout, 'answered 165项; stopped\n');
    assert.ok(Date.now() - started < 15_000);
  });
});
