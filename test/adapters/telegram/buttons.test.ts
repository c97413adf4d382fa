import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { describeResult } from '../../../src/adapters/shared/describe.js';
import { startHarness, planbot, type Harness } from './harness.js';
import type { RecordedCall, SentMessage, TgUser } from '../../helpers/fake-telegram/index.js';

describe('Telegram adapter: inline keyboards', () => {
  let h: Harness;
  let user: TgUser;
  before(async () => {
    h = await startHarness({ rateLimit: { messages: 1000, perMs: 60_000 } });
    user = h.tg.user();
  });
  after(() => h.stop());

  async function say(text: string): Promise<SentMessage> {
    const { updateId } = h.tg.userSays(user, text);
    await h.tg.processed(updateId);
    return h.tg.sentMessages().at(-1)!;
  }

  async function press(
    sent: SentMessage,
    data: string,
    presser: TgUser = user,
  ): Promise<{ answer: RecordedCall; replies: SentMessage[] }> {
    const before = h.tg.sentMessages().length;
    const { updateId, callbackQueryId } = h.tg.userPresses(presser, sent.message, data);
    await h.tg.processed(updateId);
    const answer = h.tg
      .callsTo('answerCallbackQuery')
      .find((c) => c.payload.callback_query_id === callbackQueryId);
    assert.ok(answer, 'every press is answered');
    assert.equal(answer.status, 200);
    return { answer, replies: h.tg.sentMessages().slice(before) };
  }

  const buttonsOf = (sent: SentMessage): { text: string; callback_data: string }[] =>
    sent.call.payload.reply_markup?.inline_keyboard.flat() ?? [];

  test('"more" pages through a long answer until the last page, which has no button', async () => {
    const question = '长三角科技创新';
    const all = planbot().ask(question, { lang: 'zh', limit: 50 }).results;
    assert.ok(all.length > 5, 'the question has more than one page of answers');
    let sent = await say(question);
    const seen: string[] = [];
    for (let page = 0; page < 20; page += 1) {
      assert.match(sent.text, new RegExp(`第${page * 5 + 1}–\\d+条，共${all.length}条$`));
      seen.push(sent.text);
      const more = buttonsOf(sent).find((b) => b.text === '更多');
      if (!more) break;
      assert.ok(Buffer.byteLength(more.callback_data) <= 64);
      const { answer, replies } = await press(sent, more.callback_data);
      assert.equal(answer.payload.text, undefined, 'a silent acknowledgement');
      assert.equal(replies.length, 1);
      sent = replies[0]!;
    }
    assert.equal(seen.length, Math.ceil(all.length / 5));
    all.forEach((result, i) => {
      const page = seen[Math.floor(i / 5)]!;
      const shown = describeResult(result, 'zh').title;
      assert.ok(page.includes(shown), `result ${i + 1} is on page ${Math.floor(i / 5) + 1}`);
    });
  });

  test('the area picker of /tasks shows the tasks of the area pressed', async () => {
    const picker = await say('/tasks');
    const area =
      planbot().knowledge.areas.find((a) => a.plan === 'plan-2024-2026' && a.id === 'ecology') ??
      planbot().knowledge.areas.find((a) => a.plan === 'plan-2024-2026')!;
    const button = buttonsOf(picker).find((b) => b.text === area.short)!;
    const { replies } = await press(picker, button.callback_data);
    assert.equal(replies.length, 1);
    const tasks = planbot().run({ command: 'tasks', arg: area.id, lang: 'zh', limit: 10 }).results;
    assert.ok(tasks.length > 0);
    assert.match(
      replies[0]!.text,
      new RegExp(`^${area.short}.*：重点任务\\n\\n• ${tasks[0]!.text.slice(0, 8)}`),
    );
  });

  test('an English list of areas has English buttons that answer in English', async () => {
    const english = h.tg.user({ language_code: 'en-US' });
    const { updateId } = h.tg.userSays(english, 'Which areas does the 2024–2026 plan cover?');
    await h.tg.processed(updateId);
    const sent = h.tg.sentMessages().at(-1)!;
    const areaButtons = buttonsOf(sent).filter((b) => b.callback_data.startsWith('t:e:'));
    assert.ok(areaButtons.length > 0);
    assert.ok(
      areaButtons.every((b) => /^[\x20-\x7e…—–]+$/.test(b.text)),
      'English names',
    );
    const before = h.tg.sentMessages().length;
    const pressed = h.tg.userPresses(english, sent.message, areaButtons[0]!.callback_data);
    await h.tg.processed(pressed.updateId);
    const reply = h.tg.sentMessages().slice(before);
    assert.equal(reply.length, 1);
    assert.match(reply[0]!.text, /^.+: key tasks\n\n• /);
  });

  test('a stale "more" (query forgotten, or from before a restart) and forged data get a polite notice', async () => {
    const sent = await say('/sources');
    for (const data of [
      'm:zzzz0:5',
      'm:AAAAAAAAAAA:5',
      'x:z:99',
      't:z:no-such-area',
      'garbage',
      'm:../../etc:1',
      '"><b>',
    ]) {
      const { answer, replies } = await press(sent, data);
      assert.equal(answer.payload.text, '这个按钮已过期，请重新提问。', data);
      assert.deepEqual(replies, [], `nothing sent for ${data}`);
    }
    assert.deepEqual(h.events.failures, []);
  });

  test('"more" belongs to its asker: another user gets a private alert, never the next page', async () => {
    const sent = await say('长三角科技创新');
    const more = buttonsOf(sent).find((b) => b.text === '更多')!;
    const stranger = h.tg.user();
    const { answer, replies } = await press(sent, more.callback_data, stranger);
    assert.equal(answer.payload.text, '只有提问的人可以翻页。你也可以自己提问。');
    assert.equal(answer.payload.show_alert, true);
    assert.deepEqual(replies, [], 'the stranger is shown nothing of the question');
    const own = await press(sent, more.callback_data);
    assert.equal(own.replies.length, 1, 'the asker still can');
  });

  test('page keys are random, 64 bits: two askings of one question get unrelated keys', async () => {
    const keyOf = (sent: SentMessage) =>
      /^m:([A-Za-z0-9_-]{11}):\d+$/.exec(buttonsOf(sent).find((b) => b.text === '更多')!.callback_data)?.[1];
    const first = keyOf(await say('长三角科技创新'));
    const second = keyOf(await say('长三角科技创新'));
    assert.ok(first && second, 'an 11-character base64url key (64 bits)');
    assert.notEqual(first, second);
  });

  test('an English user pressing a stale button is told in English', async () => {
    const english = h.tg.user({ language_code: 'en' });
    const { updateId } = h.tg.userSays(english, '/areas');
    await h.tg.processed(updateId);
    const sent = h.tg.sentMessages().at(-1)!;
    const { updateId: pressed, callbackQueryId } = h.tg.userPresses(english, sent.message, 'm:old:5');
    await h.tg.processed(pressed);
    const answer = h.tg
      .callsTo('answerCallbackQuery')
      .find((c) => c.payload.callback_query_id === callbackQueryId);
    assert.equal(answer?.payload.text, 'This button has expired. Please ask again.');
  });
});
