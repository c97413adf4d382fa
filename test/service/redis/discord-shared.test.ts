/** The real Discord adapter against the fake Discord, with its pages, limit and dedupe in a real Redis. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pino from 'pino';
import { createRedisSharedState, type RedisSharedState } from '../../../src/service/redis/shared-state.js';
import { startBot, type Bot } from '../../adapters/discord/harness.js';
import { eventually } from '../../helpers/eventually.js';
import { startRedis, type TestRedis } from '../../helpers/redis-server.js';

describe('Discord with REDIS_URL', () => {
  let redis: TestRedis;
  let shared: RedisSharedState;
  let bot: Bot;
  before(async () => {
    redis = await startRedis();
    shared = createRedisSharedState(redis.url, pino({ level: 'silent' }), () => {});
    await shared.connection.connect();
    bot = await startBot({ shared: shared.state, rateLimit: { messages: 100, perMs: 60_000 } });
  });
  after(async () => {
    await bot.stop();
    await shared.connection.close();
    await redis.stop();
  });

  test('an interaction delivered twice (a replay, another shard) is answered once', async () => {
    const first = bot.fake.slash('areas', {});
    await bot.fake.reply(first);
    await eventually(() => bot.events.answeredEvents.find((e) => e.command === 'areas'));
    bot.fake.dispatchInteraction(first.payload as unknown as Record<string, unknown>);
    const skipped = await eventually(() =>
      bot.lines.find((l) => l.msg === 'discord: interaction already answered elsewhere'),
    );
    assert.equal(skipped.interaction, first.id);
    assert.equal(bot.events.answeredEvents.filter((e) => e.command === 'areas').length, 1);
  });

  test('page buttons are kept in Redis, bound to their asker', async () => {
    const ask = bot.fake.slash('ask', { question: '长三角重点任务' }, { locale: 'zh-CN' });
    const message = await bot.fake.reply(ask);
    const more = (message.components?.[0] as unknown as { components: { custom_id: string }[] })
      .components[1]!;
    const key = /^pg:([A-Za-z0-9_-]{11}):\d+$/.exec(more.custom_id)?.[1];
    assert.ok(key, more.custom_id);
    const stored = JSON.parse((await shared.connection.client.get(`planbot:page:${key}`)) ?? 'null') as {
      ownerId: string;
    };
    assert.equal(
      stored.ownerId,
      (ask.payload as unknown as { member: { user: { id: string } } }).member.user.id,
    );
  });
});
