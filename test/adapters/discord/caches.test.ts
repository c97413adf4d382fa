import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { USER_CACHE_LIMIT } from '../../../src/adapters/discord/client.js';
import { makeUser } from '../../helpers/fake-discord/payloads.js';
import { startBot, type Bot } from './harness.js';

describe('Discord with DMs on: bounded caches, and a 429 on one channel delays no other', () => {
  let bot: Bot;
  before(async () => {
    bot = await startBot({ messageContent: true });
  });
  after(() => bot.stop());

  /** A user who never wrote before DMs the bot; resolves with the bot's reply. */
  async function newUserDms(text: string) {
    const user = makeUser(`u${Math.random().toString(36).slice(2, 8)}`);
    const posted = bot.fake.post(text, { dm: true, user, dmChannelId: bot.fake.openDm() });
    assert.ok(posted, 'the bot receives DMs');
    return bot.fake.replyTo(posted);
  }

  test('150 DMs from new users are answered and leave no DM channel, no message and few users cached', async () => {
    const { client } = bot.adapter;
    for (let round = 0; round < 5; round += 1) {
      await Promise.all(Array.from({ length: 30 }, () => newUserDms('/areas')));
    }
    await bot.adapter.idle();
    assert.equal(client.channels.cache.filter((c) => c.isDMBased()).size, 0, 'no DM channel kept');
    assert.ok(client.users.cache.size <= USER_CACHE_LIMIT + 1, `users cached: ${client.users.cache.size}`);
    const messages = client.channels.cache.reduce(
      (n, c) => n + ('messages' in c ? c.messages.cache.size : 0),
      0,
    );
    assert.equal(messages, 0, 'no message kept');
  });

  test('a DM from the same user twice in a row is answered both times', async () => {
    const user = makeUser('again');
    const channel = bot.fake.openDm();
    for (let i = 0; i < 2; i += 1) {
      const posted = bot.fake.post('/sources', { dm: true, user, dmChannelId: channel })!;
      await bot.fake.replyTo(posted);
    }
  });

  test('Discord answers 429 for the guild channel: a DM elsewhere is answered at once, the channel after the wait', async () => {
    const { world } = bot.fake;
    const channelRoute = `/channels/${world.channelId}/messages`;
    bot.fake.fail({ method: 'POST', path: channelRoute }, { status: 429, retryAfter: 2 });
    const mention = bot.fake.post(`<@${world.bot.id}> /areas`)!;
    const throttled = await bot.fake.until(() =>
      bot.fake.requests.find((r) => r.path === channelRoute && r.status === 429),
    );
    const started = performance.now();
    await newUserDms('/sources');
    const dmMs = performance.now() - started;
    assert.ok(dmMs < 1000, `the DM was answered after ${dmMs} ms`);
    const reply = await bot.fake.replyTo(mention);
    const retried = bot.fake.requests.find(
      (r) => r.path === channelRoute && r.status === 200 && r.at > throttled.at,
    )!;
    assert.ok(reply);
    assert.ok(retried.at - throttled.at >= 1900, `the channel waited ${retried.at - throttled.at} ms`);
  });
});
