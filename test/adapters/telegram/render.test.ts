import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Answer } from '../../../src/core/types.js';
import { escapeHtml, renderAnswer, splitHtml } from '../../../src/adapters/telegram/index.js';
import { decodeAction, encodeAction } from '../../../src/adapters/telegram/callback-data.js';
import { splitTokenized } from '../../../src/adapters/telegram/split.js';
import { checkTelegramHtml, visibleLength } from '../../helpers/fake-telegram/index.js';

const visible = (html: string): string => {
  const checked = checkTelegramHtml(html);
  assert.ok(checked.ok, `${checked.ok ? '' : checked.error}: ${html.slice(0, 200)}`);
  return checked.text;
};

/** Telegram HTML built from escaped arbitrary text, with properly nested tags and paragraph breaks. */
const telegramHtml = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 80 }).map(escapeHtml),
      fc.constantFrom('\n', '\n\n', ' '),
      fc
        .tuple(
          fc.constantFrom('b', 'i', 'u', 's', 'code', 'blockquote'),
          fc.string({ unit: 'grapheme', maxLength: 200 }),
        )
        .map(([tag, text]) => `<${tag}>${escapeHtml(text)}</${tag}>`),
      fc
        .string({ unit: 'grapheme', minLength: 1, maxLength: 50 })
        .map((t) => `<a href="https://e.cn/?q=${encodeURIComponent(t)}&amp;x=1"><b>${escapeHtml(t)}</b></a>`),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('escapeHtml', () => {
  test('any string, escaped, is valid Telegram HTML that shows the string (minus what Telegram refuses)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const shown = visible(escapeHtml(text));
        const expected = text
          .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
          .replace(/[\ud800-\udfff]/g, '');
        assert.equal(shown.replace(/[\ud800-\udfff]/g, ''), expected);
      }),
    );
  });
});

describe('splitHtml', () => {
  test('every part is valid, within the limit, and together they show the whole text', () => {
    fc.assert(
      fc.property(telegramHtml, fc.integer({ min: 20, max: 400 }), (html, limit) => {
        const parts = splitHtml(html, limit);
        const shown = parts.map(visible);
        for (const text of shown) {
          assert.ok(text.length <= limit, `${text.length} > ${limit}`);
          assert.ok(text.trim().length > 0);
        }
        const squash = (s: string) => s.replace(/\s+/g, '');
        assert.equal(squash(shown.join('')), squash(visible(html)));
      }),
      { numRuns: 300 },
    );
  });

  test('text that fits takes the fast path and comes out exactly as the full tokenizer cuts it', () => {
    const anyText = fc.oneof(
      telegramHtml,
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc
        .array(
          fc.constantFrom(
            ' ',
            '\n',
            '\u3000',
            '\u00a0',
            '<b>',
            '</b>',
            '<i >',
            '&amp;',
            '&#32;',
            'x',
            '<',
            '>',
          ),
          {
            maxLength: 30,
          },
        )
        .map((bits) => bits.join('')),
    );
    fc.assert(
      fc.property(anyText, fc.nat(50), (html, slack) => {
        const limit = Math.max(2, html.length + slack);
        assert.deepEqual(splitHtml(html, limit), splitTokenized(html, limit));
      }),
      { numRuns: 1000 },
    );
    assert.deepEqual(splitHtml('  \n<b> </b>\n '), [], 'nothing to show, no message');
    assert.deepEqual(splitHtml(' \n<b>x</b>\n\n '), ['<b>x</b>']);
  });

  test('cuts at paragraph breaks first, and reopens a tag it had to cut through', () => {
    const para = (n: number) => `${'字'.repeat(n)}`;
    assert.deepEqual(splitHtml(`${para(30)}\n\n${para(30)}\n\n${para(30)}`, 70), [
      `${para(30)}\n\n${para(30)}`,
      para(30),
    ]);
    assert.deepEqual(splitHtml('<b>aaaa bbbb cccc</b>', 10), ['<b>aaaa bbbb</b>', '<b>cccc</b>']);
    assert.deepEqual(splitHtml('&amp;&amp;&amp;', 2), ['&amp;&amp;', '&amp;']);
    assert.deepEqual(splitHtml('😀😀😀', 4), ['😀😀', '😀']);
  });

  test('a 20 000-character answer splits into messages Telegram accepts', () => {
    const html = Array.from(
      { length: 200 },
      (_, i) => `<b>${i}</b> ${escapeHtml('长三角 & <一体化> '.repeat(10))}`,
    ).join('\n\n');
    const parts = splitHtml(html);
    assert.ok(parts.length >= 5);
    for (const part of parts) assert.ok(visibleLength(visible(part)) <= 4096);
  });
});

describe('renderAnswer', () => {
  const source = {
    id: 's1',
    title: 'T <1>',
    publisher: 'P & Co',
    date: '2024-07-26',
    url: 'https://e.cn/a?b=1&c=2',
  };
  const answer = (over: Partial<Answer>): Answer => ({
    command: 'ask',
    query: 'q',
    answered: true,
    lang: 'zh',
    intent: 'figure',
    results: [],
    page: { offset: 0, limit: 5, total: 1, hasMore: false },
    ...over,
  });

  test('a figure, its quote, then its source with a link; dynamic text escaped', () => {
    const [message] = renderAnswer(
      answer({
        results: [
          {
            kind: 'stat',
            id: 'x',
            text: '研发投入强度：3.34%（2023年）<script>',
            score: 1,
            quote: '达到3.34% & 更多',
            source,
            metric: '研发投入<强度>',
            metric_en: 'R&D <intensity>',
            value: 3.34,
            unit: '%',
            as_of: '2023',
            scope: '长三角',
            target: false,
          },
        ],
      }),
    );
    assert.equal(
      message!.text,
      '<b>研发投入&lt;强度&gt;：3.34%（2023年）</b>\n<blockquote>达到3.34% &amp; 更多</blockquote>\n' +
        '<i><a href="https://e.cn/a?b=1&amp;c=2">来源：P &amp; Co《T &lt;1&gt;》，2024-07-26</a></i>',
    );
    assert.equal(message!.reply_markup, undefined);
  });

  test('a long list is split; the "more" button goes under the last part', () => {
    const results = Array.from({ length: 50 }, (_, i) => ({
      kind: 'task' as const,
      id: `t${i}`,
      text: `任务 ${i} ${'长'.repeat(150)}`,
      score: 1,
      plan: 'p',
      area: null,
      source,
    }));
    const messages = renderAnswer(
      answer({
        command: 'tasks',
        area: 'a',
        results,
        page: { offset: 0, limit: 50, total: 80, hasMore: true },
      }),
      {
        moreData: encodeAction({ kind: 'more', key: 'abc', offset: 50 }),
      },
    );
    assert.ok(messages.length >= 2);
    for (const m of messages) assert.ok(visible(m.text).length <= 4096);
    assert.deepEqual(messages.at(-1)!.reply_markup, {
      inline_keyboard: [[{ text: '更多', callback_data: 'm:abc:50' }]],
    });
    assert.ok(messages.slice(0, -1).every((m) => m.reply_markup === undefined));
  });
});

describe('callback data', () => {
  test('round-trips, stays within 64 bytes, and refuses what the bot did not write', () => {
    const actions = [
      { kind: 'more', key: 'a1b2c3d4e5F', offset: 995 },
      { kind: 'area', area: 'science-innovation', lang: 'en' },
      { kind: 'example', index: 3, lang: 'zh' },
    ] as const;
    for (const action of actions) {
      const data = encodeAction(action);
      assert.ok(Buffer.byteLength(data) <= 64);
      assert.deepEqual(decodeAction(data), action);
    }
    assert.throws(() => encodeAction({ kind: 'area', area: 'x'.repeat(70), lang: 'zh' }), /over 64 bytes/);
    for (const forged of [
      '',
      'm:',
      'm:abc',
      'm:ABC:1',
      't:z:',
      't:q:area',
      'x:z:abc',
      'x:z:1:extra',
      'hello',
    ]) {
      assert.equal(decodeAction(forged), null, forged);
    }
  });
});

describe('the lead sentence in a Telegram reply', () => {
  const stat = {
    kind: 'stat' as const,
    id: 'stat-x',
    text: '研发投入强度：2.81%（2018年）',
    score: 1,
    metric: '研发投入强度',
    metric_en: 'R&D intensity',
    value: 2.81,
    unit: '%',
    as_of: '2018',
    scope: '长三角',
    target: false,
    source: { id: 's', title: '文章', publisher: '日报', date: '2018-12-01' },
  };
  const base: Answer = {
    command: 'ask',
    query: '2019年研发投入强度是多少',
    answered: false,
    lang: 'zh',
    script: 'hant',
    intent: 'figure',
    results: [{ ...stat, nearest: true }],
    page: { offset: 0, limit: 5, total: 1, hasMore: false },
  };

  test('a no-exact answer opens with what is missing, in the asker’s script, before the nearest records', () => {
    const answer: Answer = { ...base, error: 'no-exact', lead: '资料里没有2019年的数值。' };
    const text = visible(renderAnswer(answer)[0]!.text);
    assert.equal(text.split('\n')[0], '資料裡沒有2019年的數值。');
    assert.ok(text.indexOf('2.81%') > text.indexOf('2019年的數值'), 'the nearest figure only after it');
  });

  test('an answered figure opens with the lead in bold, then the source line of the best result', () => {
    const answer: Answer = {
      ...base,
      answered: true,
      script: 'hans',
      results: [stat],
      lead: '2018年，长三角研发投入强度为2.81%。',
    };
    const html = renderAnswer(answer)[0]!.text;
    assert.match(html, /^<b>2018年，长三角研发投入强度为2\.81%。<\/b>\n\n<i>/);
    assert.match(visible(html).split('\n')[2]!, /日报/);
  });
});
