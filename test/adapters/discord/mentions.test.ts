import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Intents, messageProblems } from '../../helpers/fake-discord/index.js';
import { startBot, type Bot } from './harness.js';

const NO_PINGS = { parse: [], replied_user: false };
const PINGS = /@everyone|@here|<@[!&]?\d+>/;

describe('Discord mentions and DMs (DISCORD_MESSAGE_CONTENT=true)', () => {
  let bot: Bot;
  let mention: string;
  before(async () => {
    bot = await startBot({ messageContent: true });
    mention = `<@${bot.fake.world.bot.id}>`;
  });
  after(async () => {
    await bot.stop();
  });

  test('asks for the message intents it needs', () => {
    const identify = bot.fake.gatewayLog.find((e) => e.kind === 'identify');
    assert.ok(identify?.kind === 'identify');
    const wanted = Intents.Guilds | Intents.GuildMessages | Intents.DirectMessages | Intents.MessageContent;
    assert.equal(identify.intents, wanted);
  });

  test('@PlanBot question in a channel gets an answer as a reply to that message', async () => {
    const asked = bot.fake.post(`${mention} 第三轮计划有多少项重点任务？`)!;
    const reply = await bot.fake.replyTo(asked);
    assert.equal(reply.channel_id, bot.fake.world.channelId);
    assert.equal(reply.embeds[0]!.title, '165项');
    assert.equal(reply.embeds[0]!.author?.name, '问：第三轮计划有多少项重点任务？');
    const request = bot.fake.requests.find(
      (r) => r.method === 'POST' && r.body?.message_reference?.message_id === asked.id,
    )!;
    assert.equal(request.path, `/channels/${bot.fake.world.channelId}/messages`);
    assert.deepEqual(request.body.allowed_mentions, NO_PINGS);
    assert.deepEqual(messageProblems(request.body), []);
  });

  test('@everyone, role and user pings and markdown in a question can never make the bot ping', async () => {
    const alice = bot.fake.world.users.alice.id;
    const text = `@everyone @here <@&${bot.fake.world.guildId}> <@${alice}> **长三角** __研发__ ||投入|| 有多少？`;
    const asked = bot.fake.post(`${mention} ${text}`)!;
    await bot.fake.replyTo(asked);
    const request = bot.fake.requests.find((r) => r.body?.message_reference?.message_id === asked.id)!;
    assert.deepEqual(request.body.allowed_mentions, NO_PINGS, 'Discord is told to parse no mention at all');
    assert.doesNotMatch(request.body.content ?? '', PINGS, 'nothing ping-shaped in the message text');
    // The question is echoed only as the embed author, which Discord shows as plain text.
    assert.equal(request.body.embeds[0].author.name, `问：${text}`);
    for (const embed of request.body.embeds) {
      assert.doesNotMatch(`${embed.title ?? ''}${embed.description ?? ''}`, PINGS);
    }

    const slash = bot.fake.slash('ask', { question: text });
    const { data } = await bot.fake.callback(slash);
    assert.deepEqual(data.allowed_mentions, NO_PINGS);
    assert.doesNotMatch(data.content ?? '', PINGS);
    assert.equal(data.embeds[0].author.name, `问：${text}`);
  });

  test('a DM gets an answer without any mention', async () => {
    const asked = bot.fake.post('Which areas does the 2024–2026 plan cover?', { dm: true })!;
    const reply = await bot.fake.replyTo(asked);
    assert.equal(reply.channel_id, bot.fake.world.dmChannelId);
    assert.equal(reply.embeds[0]!.title, 'The 9 areas of the 2024—2026 plan');
    assert.equal(reply.embeds[0]!.author?.name, 'Q: Which areas does the 2024–2026 plan cover?');
  });

  test('a command typed after the mention runs that command', async () => {
    const asked = bot.fake.post(`${mention} /stats 研发`)!;
    const reply = await bot.fake.replyTo(asked);
    assert.equal(reply.embeds[0]!.author?.name, '主题：研发');
  });

  test('a bare mention gets the help card', async () => {
    const asked = bot.fake.post(mention)!;
    const reply = await bot.fake.replyTo(asked);
    assert.equal(reply.embeds[0]!.title, 'PlanBot 能做什么');
  });

  test('channel chatter without a mention, and other bots, get no answer', async () => {
    const chatter = bot.fake.post('第三轮计划有多少项重点任务？')!;
    const otherBot = bot.fake.post(`${mention} 第三轮计划有多少项重点任务？`, {
      user: { ...bot.fake.world.users.bob, bot: true },
    })!;
    // Messages are handled in order, so once this one is answered the earlier ones have been seen.
    const marker = bot.fake.post(`${mention} /areas`)!;
    await bot.fake.replyTo(marker);
    const repliedTo = [...bot.fake.messages.values()].map((m) => m.message_reference?.message_id);
    assert.ok(!repliedTo.includes(chatter.id));
    assert.ok(!repliedTo.includes(otherBot.id));
  });
});

describe('Discord without DISCORD_MESSAGE_CONTENT', () => {
  test('asks only for the Guilds intent, so it never receives channel messages or DMs', async () => {
    const bot = await startBot({ messageContent: false });
    try {
      const identify = bot.fake.gatewayLog.find((e) => e.kind === 'identify');
      assert.ok(identify?.kind === 'identify');
      assert.equal(identify.intents, Intents.Guilds);
      assert.equal(bot.fake.post(`<@${bot.fake.world.bot.id}> 你好`), undefined);
      assert.equal(bot.fake.post('你好', { dm: true }), undefined);
    } finally {
      await bot.stop();
    }
  });
});

describe('Discord mentions past the per-user pace', () => {
  test('the first mention over the limit gets one note, later ones nothing', async () => {
    const bot = await startBot({ messageContent: true, rateLimit: { messages: 1, perMs: 60_000 } });
    try {
      const mention = `<@${bot.fake.world.bot.id}>`;
      const first = bot.fake.post(`${mention} /areas`)!;
      assert.equal((await bot.fake.replyTo(first)).embeds[0]!.fields!.length, 9);
      const second = bot.fake.post(`${mention} 长三角有几个方面？`)!;
      const note = await bot.fake.replyTo(second);
      assert.equal(note.content, '提问太快了，请稍等几秒再试。');
      assert.equal(note.embeds.length, 0);
      const third = bot.fake.post(`${mention} 长三角有几个方面？`)!;
      const fromBob = bot.fake.post(`${mention} /areas`, { user: bot.fake.world.users.bob })!;
      await bot.fake.replyTo(fromBob);
      assert.ok(![...bot.fake.messages.values()].some((m) => m.message_reference?.message_id === third.id));
    } finally {
      await bot.stop();
    }
  });
});
