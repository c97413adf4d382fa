import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { describeResult, describeSource } from '../../../src/adapters/shared/describe.js';
import { labels } from '../../../src/adapters/shared/labels.js';
import { startHarness, planbot, type Harness } from './harness.js';
import type { TgUser } from '../../helpers/fake-telegram/index.js';

describe('Telegram adapter: start-up and commands in a private chat', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.stop());

  /** Sends `text` as `user` and returns what the bot answered to it (the messages' calls). */
  async function ask(user: TgUser, text: string) {
    const before = h.tg.callsTo('sendMessage').length;
    const { updateId, message } = h.tg.userSays(user, text);
    await h.tg.processed(updateId);
    return { message, calls: h.tg.callsTo('sendMessage').slice(before) };
  }

  test('start() calls getMe, registers the menu in zh, en and default, and long-polls without a webhook', async () => {
    await h.tg.waitForCalls('getUpdates');
    const methods = h.tg.calls.map((c) => c.method).filter((m) => m !== 'getUpdates');
    assert.deepEqual(methods.slice(0, 5), [
      'getMe',
      'setMyCommands',
      'setMyCommands',
      'setMyCommands',
      'deleteWebhook',
    ]);
    assert.equal(h.adapter.isReady(), true);
    const sets = h.tg.api.commandSets;
    assert.deepEqual(
      sets.map((s) => s.language_code),
      ['', 'zh', 'en'],
    );
    const expected = ['start', 'help', 'ask', 'stats', 'tasks', 'areas', 'sources'];
    for (const set of sets)
      assert.deepEqual(
        set.commands.map((c) => c.command),
        expected,
      );
    assert.equal(sets[1]!.commands.find((c) => c.command === 'areas')!.description, labels.zh.commands.areas);
    assert.equal(sets[2]!.commands.find((c) => c.command === 'areas')!.description, labels.en.commands.areas);
  });

  test('/start: a welcome and example questions as buttons; pressing one asks it', async () => {
    const user = h.tg.user();
    const { calls } = await ask(user, '/start');
    assert.equal(calls.length, 1);
    const { payload } = calls[0]!;
    assert.equal(payload.chat_id, user.id);
    assert.equal(payload.parse_mode, 'HTML');
    assert.deepEqual(payload.link_preview_options, { is_disabled: true });
    assert.equal(payload.reply_parameters, undefined, 'no reply quoting in a private chat');
    assert.match(payload.text, /^你好！我是 PlanBot/);
    const examples = planbot()
      .run({ command: 'help', arg: '', lang: 'zh' })
      .results.map((r) => r.text);
    const buttons = payload.reply_markup.inline_keyboard.flat();
    assert.deepEqual(
      buttons.map((b: { text: string }) => b.text),
      examples,
    );

    const botMessage = h.tg.sentMessages().at(-1)!.message;
    const { updateId, callbackQueryId } = h.tg.userPresses(user, botMessage, buttons[0].callback_data);
    await h.tg.processed(updateId);
    const answered = h.tg
      .callsTo('answerCallbackQuery')
      .find((c) => c.payload.callback_query_id === callbackQueryId);
    assert.equal(answered?.status, 200);
    const reply = h.tg.sentMessages().at(-1)!;
    const expected = planbot().ask(examples[0]!, { lang: 'zh' });
    assert.ok(expected.results[0], 'the example has an answer');
    assert.ok(reply.text.startsWith(expected.lead ?? expected.results[0].text), reply.text);
  });

  test('/help lists the commands and offers the examples', async () => {
    const { calls } = await ask(h.tg.user(), '/help');
    assert.equal(calls.length, 1);
    const text = h.tg.sentMessages().at(-1)!.text;
    for (const command of ['/ask', '/stats', '/tasks', '/areas', '/sources', '/help'])
      assert.ok(text.includes(command));
    assert.ok(calls[0]!.payload.reply_markup.inline_keyboard.length >= 3);
  });

  test('/ask: the lead sentence in bold first, then the source of the best result with publisher and date', async () => {
    const user = h.tg.user();
    await ask(user, '/ask 第三轮计划有多少项重点任务？');
    const reply = h.tg.sentMessages().at(-1)!;
    const expected = planbot().ask('第三轮计划有多少项重点任务？', { lang: 'zh' });
    const first = expected.results[0]!;
    assert.equal(first.kind, 'stat');
    assert.match(expected.lead ?? '', /165项/);
    const lines = reply.text.split('\n').filter((line) => line.length > 0);
    assert.equal(lines[0], expected.lead);
    assert.equal(lines[1], describeSource(first.source, 'zh'));
    assert.match(reply.call.payload.text, /^<b>[^<]*165项[^<]*<\/b>\n\n<i>/);
  });

  test('a lead answer shows at most two supporting records, and "more" goes on after them', async () => {
    const user = h.tg.user();
    const question = '2024年主要领导座谈会什么时候开的';
    const expected = planbot().ask(question, { lang: 'zh', limit: 10 });
    assert.ok(expected.lead !== undefined && expected.page.total > 3, 'a lead and more than three results');
    const { calls } = await ask(user, question);
    const reply = calls.at(-1)!.payload;
    assert.match(reply.text, /^<b>[^\n]*<\/b>\n/);
    const plain = h.tg.sentMessages().at(-1)!.text;
    assert.equal(plain.split('\n')[0], expected.lead);
    const shown = expected.results.slice(1, 3).map((r) => describeResult(r, 'zh').title);
    for (const title of shown) assert.ok(plain.includes(title), title);
    assert.ok(!plain.includes(describeResult(expected.results[3]!, 'zh').title), 'no fourth record');
    const more = reply.reply_markup.inline_keyboard
      .flat()
      .find((b: { text: string }) => b.text === labels.zh.more);
    assert.ok(more, 'a more button');
    const botMessage = h.tg.sentMessages().at(-1)!.message;
    const { updateId } = h.tg.userPresses(user, botMessage, more.callback_data);
    await h.tg.processed(updateId);
    const next = h.tg.sentMessages().at(-1)!.text;
    assert.ok(
      next.includes(describeResult(expected.results[3]!, 'zh').title),
      'the next page starts at the 4th',
    );
  });

  test('a plain message in a private chat is a question; a command without arguments asks for one', async () => {
    const user = h.tg.user();
    const { calls } = await ask(user, '科技创新券可以在长三角通用吗');
    assert.equal(calls.length, 1);
    const expected = planbot().ask('科技创新券可以在长三角通用吗', { lang: 'zh' });
    assert.ok(h.tg.sentMessages().at(-1)!.text.includes(expected.results[0]!.text));

    await ask(user, '/ask');
    const empty = h.tg.sentMessages().at(-1)!;
    assert.equal(empty.text, labels.zh.errors.empty);
    assert.ok(empty.call.payload.reply_markup.inline_keyboard.length >= 3, 'examples to tap');
  });

  test('/stats, /stats topic, /sources', async () => {
    const user = h.tg.user();
    // A figure with a dated series comes as its chart with the answer as the caption: read what the user reads.
    await ask(user, '/stats');
    assert.match(h.tg.textsIn(user.id).at(-1)!, /^主要数据\n/);
    await ask(user, '/stats 研发');
    const topic = h.tg.textsIn(user.id).at(-1)!;
    assert.match(topic, /^“研发”相关数据\n/);
    assert.match(topic, /来源：/);
    await ask(user, '/sources');
    const sources = h.tg.sentMessages().at(-1)!;
    assert.match(sources.text, /^资料来源\n/);
    // Each source on the page with an address links to it, except a page we could not verify: that
    // one is named and marked, never linked (spam hosts carry ads).
    const shown = planbot()
      .run({ command: 'sources', arg: '', lang: 'zh', limit: 10 })
      .results.flatMap((r) => (r.kind === 'source' ? [r.source] : []));
    assert.ok(shown.length > 0);
    const links = [...sources.call.payload.text.matchAll(/<a href="([^"]+)">/g)].map((m) =>
      m[1]!.replaceAll('&amp;', '&'),
    );
    const unverified = (s: { status?: string }) => s.status === 'unverified' || s.status === 'mt';
    // A repost (an outlet's text on a third-party host, mostly ad-laden mirrors) is named, not linked.
    const trusted = (s: { status?: string }) => !unverified(s) && s.status !== 'repost';
    assert.deepEqual(
      links.sort(),
      shown
        .filter((s) => s.url !== undefined && trusted(s))
        .map((s) => s.url!)
        .sort(),
      'every trusted source with an address links to it',
    );
    for (const s of shown.filter(unverified)) assert.ok(sources.text.includes('未核实来源'), s.id);
  });

  test('/areas and /tasks list the 9 areas with a picker; /tasks <area> lists its tasks; unknown area offers the picker', async () => {
    const user = h.tg.user();
    const areas = planbot().knowledge.areas.filter((a) => a.plan === 'plan-2024-2026');
    for (const command of ['/areas', '/tasks']) {
      await ask(user, command);
      const reply = h.tg.sentMessages().at(-1)!;
      assert.match(reply.text, /^2024—2026年行动计划的九个领域\n\n第1方面：/);
      const buttons = reply.call.payload.reply_markup.inline_keyboard.flat();
      assert.deepEqual(
        buttons.map((b: { text: string }) => b.text),
        areas.map((a) => a.short),
      );
      assert.ok(buttons.every((b: { callback_data: string }) => Buffer.byteLength(b.callback_data) <= 64));
    }
    await ask(user, '/tasks 生态');
    const tasks = h.tg.sentMessages().at(-1)!.text;
    assert.match(tasks, /^生态.*：重点任务\n\n• /);
    await ask(user, '/tasks 火星殖民');
    const unknown = h.tg.sentMessages().at(-1)!;
    assert.ok(unknown.text.startsWith(labels.zh.errors['unknown-area']));
    assert.equal(unknown.call.payload.reply_markup.inline_keyboard.flat().length, areas.length);
  });

  test('an English user gets English, and so does an English question', async () => {
    const english = h.tg.user({ language_code: 'en-GB' });
    await ask(english, '/areas');
    const reply = h.tg.sentMessages().at(-1)!;
    assert.match(reply.text, /^The 9 areas of the 2024—2026 plan\n\nArea 1: /);
    await ask(h.tg.user(), 'Which areas does the 2024–2026 plan cover?');
    const question = h.tg.sentMessages().at(-1)!.text;
    assert.match(question, /Source: /);
    assert.doesNotMatch(question, /来源/);
  });

  test('an unknown command gets the command list; every answered message is reported', async () => {
    const before = h.events.answeredEvents.length;
    await ask(h.tg.user(), '/frobnicate');
    assert.equal(h.tg.sentMessages().at(-1)!.text, labels.zh.errors['unknown-command']);
    const event = h.events.answeredEvents.at(-1)!;
    assert.equal(h.events.answeredEvents.length, before + 1);
    assert.equal(event.platform, 'telegram');
    assert.equal(event.command, 'help');
    assert.equal(event.answered, false);
  });

  test('a traditional-script question, or a zh-Hant client, gets traditional characters', async () => {
    const written = await ask(h.tg.user({ language_code: 'zh-hans' }), '第三輪計劃在生態方面有哪些任務？');
    assert.match(written.calls[0]!.payload.text, /生態環境/);
    assert.doesNotMatch(written.calls[0]!.payload.text, /来源|生态环境/);

    const client = await ask(h.tg.user({ language_code: 'zh-hant' }), '第三轮计划在生态方面有哪些任务？');
    assert.match(client.calls[0]!.payload.text, /生態環境/);
    assert.equal(client.calls[0]!.payload.parse_mode, 'HTML');

    const simplified = await ask(h.tg.user({ language_code: 'zh-hans' }), '第三轮计划在生态方面有哪些任务？');
    assert.match(simplified.calls[0]!.payload.text, /生态环境/);
  });

  test('a question asking for a list gets the whole list in one message (all 9 areas)', async () => {
    const { calls } = await ask(
      h.tg.user({ language_code: 'en' }),
      'Which areas does the 2024–2026 plan cover?',
    );
    const text = calls[0]!.payload.text as string;
    for (let n = 1; n <= 9; n += 1) assert.match(text, new RegExp(`Area ${n}:`));
  });
});
