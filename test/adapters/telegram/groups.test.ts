import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { labels } from '../../../src/adapters/shared/labels.js';
import { startHarness, planbot, type Harness } from './harness.js';
import type { TgChat, TgMessage, TgUser } from '../../helpers/fake-telegram/index.js';

describe('Telegram adapter in groups', () => {
  let h: Harness;
  let group: TgChat;
  let forum: TgChat;
  let alice: TgUser;
  before(async () => {
    // One user sends many messages here; the rate limit has its own test.
    h = await startHarness({ rateLimit: { messages: 1000, perMs: 60_000 } });
    group = h.tg.group(-1001);
    forum = h.tg.group(-1002, { forum: true });
    alice = h.tg.user();
  });
  after(() => h.stop());

  /** Says `text` in `chat` and returns the bot's replies to it. */
  async function say(text: string, options: { chat?: TgChat; threadId?: number; replyTo?: TgMessage } = {}) {
    const before = h.tg.callsTo('sendMessage').length;
    const { updateId, message } = h.tg.userSays(alice, text, { chat: group, ...options });
    await h.tg.processed(updateId);
    return { message, replies: h.tg.callsTo('sendMessage').slice(before) };
  }

  test("ordinary chatter, other bots' commands and unknown bare commands are ignored", async () => {
    for (const text of [
      '大家好',
      '第三轮计划有多少项重点任务？',
      '/areas@OtherBot',
      '/weather',
      '@someoneelse 你好',
      '',
    ]) {
      const { replies } = await say(text);
      assert.deepEqual(replies, [], `no reply to ${JSON.stringify(text)}`);
    }
  });

  test('a command, /cmd@PlanBot (any case) and an unknown /cmd@PlanBot are answered as replies in the same chat', async () => {
    for (const text of ['/areas', '/areas@PlanBot', '/areas@planbot']) {
      const { message, replies } = await say(text);
      assert.equal(replies.length, 1, text);
      const { payload } = replies[0]!;
      assert.equal(payload.chat_id, group.id);
      assert.deepEqual(payload.reply_parameters, {
        message_id: message.message_id,
        allow_sending_without_reply: true,
      });
      assert.equal(payload.message_thread_id, undefined);
      assert.equal(replies[0]!.response.ok, true);
    }
    const { replies } = await say('/nope@PlanBot');
    assert.equal(replies.length, 1);
    assert.equal((replies[0]!.response.result as TgMessage).text, labels.zh.errors['unknown-command']);
  });

  test('a mention anywhere in the message is a question, with the mention removed', async () => {
    const { message, replies } = await say('请问 @PlanBot 科技创新券可以在长三角通用吗');
    assert.equal(replies.length, 1);
    const text = (replies[0]!.response.result as TgMessage).text!;
    const expected = planbot().ask('请问 科技创新券可以在长三角通用吗', { lang: 'zh' });
    assert.ok(text.includes(expected.results[0]!.text));
    assert.equal(replies[0]!.payload.reply_parameters.message_id, message.message_id);
  });

  test("a reply to the bot's message is a question; a reply to someone else's is not", async () => {
    const first = await say('/ask 第三轮计划有多少项重点任务？');
    const botMessage = first.replies[0]!.response.result as TgMessage;
    const { message, replies } = await say('那第二轮呢？', { replyTo: botMessage });
    assert.equal(replies.length, 1);
    assert.equal(replies[0]!.payload.reply_parameters.message_id, message.message_id);
    const other = h.tg.userSays(h.tg.user(), '随便说说', { chat: group }).message;
    assert.deepEqual((await say('同意', { replyTo: other })).replies, []);
  });

  test('in a forum topic the answer goes to the same topic', async () => {
    const { message, replies } = await say('/sources', { chat: forum, threadId: 77 });
    assert.equal(replies.length, 1);
    assert.equal(replies[0]!.payload.chat_id, forum.id);
    assert.equal(replies[0]!.payload.message_thread_id, 77);
    assert.equal(replies[0]!.payload.reply_parameters.message_id, message.message_id);
    assert.equal(replies[0]!.status, 200);
  });
});
