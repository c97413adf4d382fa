import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { silentEvents } from '../../../src/adapters/adapter.js';
import { createDiscordAdapter } from '../../../src/adapters/discord/index.js';
import { FakeDiscord } from '../../helpers/fake-discord/index.js';
import { eventually } from '../../helpers/eventually.js';
import { memoryLogger, planbot, startBot } from './harness.js';

// At most as many as before: other files' tests share this process, and what they left may close meanwhile.
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
    assert.ok(count('Timeout') <= timers, 'heartbeat and REST timers are cleared');

    await bot.fake.stop();
    await eventually(() => count('TCPSocketWrap') <= sockets);
    assert.ok(count('Timeout') <= timers);
  });

  test('stop() lets a reply in flight finish before closing', async () => {
    const bot = await startBot();
    bot.fake.fail({ method: 'POST', path: /\/callback$/ }, { delayMs: 300 });
    const ask = bot.fake.slash('areas', {});
    // The client has the interaction and its reply is on the wire.
    await bot.fake.until(() => bot.fake.arrivals.find((r) => r.path.endsWith('/callback')));
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
    assert.ok(count('Timeout') <= timers);
    assert.equal(fake.gatewayLog.length, 0, 'never opened the gateway');
    await fake.stop();
  });
});
