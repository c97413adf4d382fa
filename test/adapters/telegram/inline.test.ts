import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { describeResult, describeSource } from '../../../src/adapters/shared/describe.js';
import { startHarness, planbot, type Harness } from './harness.js';
import { visibleText, type RecordedCall, type TgUser } from '../../helpers/fake-telegram/index.js';

describe('Telegram adapter: inline mode', () => {
  let h: Harness;
  let user: TgUser;
  before(async () => {
    h = await startHarness();
    user = h.tg.user();
  });
  after(() => h.stop());

  async function typeInline(query: string, offset = '', from = user): Promise<RecordedCall> {
    const { updateId, inlineQueryId } = h.tg.userTypesInline(from, query, offset);
    await h.tg.processed(updateId);
    const answer = h.tg.callsTo('answerInlineQuery').find((c) => c.payload.inline_query_id === inlineQueryId);
    assert.ok(answer, 'every inline query is answered');
    assert.equal(answer.status, 200, JSON.stringify(answer.response));
    return answer;
  }

  test('offers articles, pages with next_offset, and the last page has none', async () => {
    // Questions give at most 20 answers; the statistics list is long enough for several pages.
    const query = '/stats';
    const total = planbot().ask(query, { lang: 'zh', limit: 50 }).page.total;
    assert.ok(total > 20, 'enough answers for two inline pages');
    const ids: string[] = [];
    let offset = '';
    for (let page = 0; page < 10; page += 1) {
      const answer = await typeInline(query, offset);
      const results = answer.payload.results as {
        id: string;
        title: string;
        input_message_content: { message_text: string; parse_mode: string };
      }[];
      assert.ok(results.length > 0 && results.length <= 50);
      for (const result of results) {
        assert.equal(result.input_message_content.parse_mode, 'HTML');
        assert.ok(visibleText(result.input_message_content.message_text).length > 0);
      }
      ids.push(...results.map((r) => r.id));
      offset = answer.payload.next_offset;
      if (offset === '') break;
      assert.equal(offset, String(ids.length));
    }
    assert.equal(new Set(ids).size, ids.length, 'ids are unique across pages');
    assert.equal(ids.length, total);
  });

  test('the chosen article carries the answer with its source', async () => {
    const answer = await typeInline('第三轮计划有多少项重点任务？');
    const expected = planbot().ask('第三轮计划有多少项重点任务？', { lang: 'zh' }).results[0]!;
    const first = answer.payload.results[0];
    assert.equal(first.type, 'article');
    const title = describeResult(expected, 'zh').title;
    assert.equal(first.title, title);
    assert.equal(first.description, `${expected.source!.publisher} · ${expected.source!.date}`);
    const text = visibleText(first.input_message_content.message_text);
    assert.ok(text.startsWith(title));
    assert.ok(text.endsWith(describeSource(expected.source, 'zh')));
    assert.deepEqual(first.input_message_content.link_preview_options, { is_disabled: true });
  });

  test('an empty query offers a button to the private chat; a query with no answer too; hostile text is safe', async () => {
    const empty = await typeInline('');
    assert.deepEqual(empty.payload.results, []);
    assert.equal(empty.payload.button.start_parameter, 'inline');
    const english = await typeInline('   ', '', h.tg.user({ language_code: 'en' }));
    assert.match(english.payload.button.text, /^Type a question/);
    const hostile = await typeInline('<script>alert(1)</script> & 😀');
    assert.ok(Array.isArray(hostile.payload.results));
    const beyond = await typeInline('长三角', '9999');
    assert.deepEqual(beyond.payload.results, []);
    assert.equal(beyond.payload.next_offset, '');
  });

  test('a user flooding inline queries gets empty, uncached answers past a generous allowance', async () => {
    const flooder = h.tg.user();
    const before = h.events.rateLimitedCount;
    const answers: RecordedCall[] = [];
    // The harness limit is 6 messages per window; inline queries get five times that.
    for (let i = 0; i < 32; i += 1) answers.push(await typeInline('/stats', '', flooder));
    assert.ok(answers.slice(0, 30).every((a) => a.payload.results.length > 0));
    for (const late of answers.slice(30)) {
      assert.deepEqual(late.payload.results, []);
      assert.equal(late.payload.cache_time, 0);
    }
    assert.equal(h.events.rateLimitedCount - before, 2);
  });
});
