import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startBot, type Bot } from '../../adapters/discord/harness.js';

describe('fake Discord gateway: a bounded replay backlog, as Discord keeps', () => {
  const REPLAY_LIMIT = 4;
  let bot: Bot;
  before(async () => {
    bot = await startBot({ fake: { replayLimit: REPLAY_LIMIT } });
  });
  after(async () => {
    await bot.stop();
  });

  test('a session keeps at most replayLimit dispatches, however many were sent', async () => {
    for (let i = 0; i < 3 * REPLAY_LIMIT; i += 1) await bot.fake.reply(bot.fake.slash('help', {}));
    assert.deepEqual(bot.fake.replayBacklogs(), [REPLAY_LIMIT]);
  });

  test('a RESUME from further back than the backlog is refused (INVALID_SESSION) and the session forgotten', async () => {
    bot.fake.dropGateway(4000);
    // More is missed while the client is away than the session keeps.
    for (let i = 0; i <= REPLAY_LIMIT; i += 1) bot.fake.slash('help', {});
    const refused = await bot.fake.until(
      () => bot.fake.gatewayLog.find((e) => e.kind === 'invalid-session'),
      5000,
      'a refused RESUME',
    );
    assert.ok(refused.kind === 'invalid-session' && refused.seq > 0);
    assert.ok(!bot.fake.gatewayLog.some((e) => e.kind === 'resume'), 'nothing was replayed');
    assert.deepEqual(bot.fake.replayBacklogs(), [], 'the abandoned session is forgotten');
    // discord.js identifies anew after its identify pace (5 s), like after any invalid session.
  });
});
