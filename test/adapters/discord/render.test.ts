import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  ANSWER_ERRORS,
  COMMANDS,
  type Answer,
  type Result,
  type SourceRef,
} from '../../../src/core/types.js';
import { answerPayload, clip, renderAnswer } from '../../../src/adapters/discord/index.js';
import { embedProblems, messageProblems } from '../../helpers/fake-discord/index.js';
import { planbot, startBot } from './harness.js';

const text = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.constantFrom('', '@everyone', '**粗体** <@123>', '😀'.repeat(3000), '长'.repeat(5000)),
  );

const source: fc.Arbitrary<SourceRef> = fc.record(
  {
    id: fc.string(),
    title: text(600),
    publisher: text(300),
    date: fc.constant('2024-07-26'),
    url: fc.webUrl(),
  },
  { requiredKeys: ['id', 'title', 'publisher', 'date'] },
);

const base = {
  id: fc.string({ maxLength: 60 }),
  text: text(6000),
  en: text(3000),
  score: fc.double(),
  quote: text(3000),
};

const result: fc.Arbitrary<Result> = fc.oneof(
  fc.record({
    ...base,
    kind: fc.constant('stat' as const),
    metric: text(500),
    metric_en: text(500),
    value: fc.double({ noNaN: true }),
    unit: text(20),
    qualifier: fc.constantFrom('over' as const, 'about' as const, 'at-least' as const, undefined),
    as_of: fc.constant('2024—2026'),
    scope: text(50),
    target: fc.boolean(),
    source,
  }),
  fc.record({
    ...base,
    kind: fc.constant('task' as const),
    plan: text(50),
    area: fc.constant(null),
    area_name: text(300),
    source,
  }),
  fc.record({
    ...base,
    kind: fc.constant('area' as const),
    order: fc.nat(99),
    short: text(300),
    task_count: fc.nat(),
    listed: fc.nat(),
    source,
  }),
  fc.record({
    ...base,
    kind: fc.constant('plan' as const),
    period: text(20),
    task_count: fc.nat(),
    completion: text(2000),
    source,
  }),
  fc.record({ ...base, kind: fc.constant('source' as const), source }),
  fc.record({ ...base, kind: fc.constant('passage' as const), source }),
  fc.record({ ...base, kind: fc.constant('suggestion' as const) }),
) as fc.Arbitrary<Result>;

const answer: fc.Arbitrary<Answer> = fc
  .record({
    command: fc.constantFrom(...COMMANDS),
    query: text(600),
    answered: fc.boolean(),
    lang: fc.constantFrom('zh' as const, 'en' as const),
    intent: fc.constantFrom('figure' as const, 'list' as const, 'lookup' as const),
    results: fc.array(result, { maxLength: 30 }),
    offset: fc.nat(1000),
    limit: fc.integer({ min: 1, max: 30 }),
    extra: fc.nat(100),
    error: fc.constantFrom(undefined, ...ANSWER_ERRORS),
  })
  .map(({ offset, limit, extra, error, ...rest }) => ({
    ...rest,
    ...(error ? { error } : {}),
    page: { offset, limit, total: offset + rest.results.length + extra, hasMore: extra > 0 },
  })) as fc.Arbitrary<Answer>;

/** An answer as long as anything can be: 10 statistics with every text far over every limit. */
function longestAnswer(): Answer {
  const long = (ch: string) => ch.repeat(10_000);
  const results: Result[] = Array.from({ length: 10 }, (_, i) => ({
    kind: 'stat',
    id: `stat-${i}`,
    text: long('文'),
    en: long('e'),
    score: 1,
    quote: long('引'),
    metric: long('指'),
    metric_en: long('m'),
    value: 123456789.123,
    unit: long('元'),
    as_of: '2024—2026',
    scope: long('域'),
    target: true,
    source: {
      id: 's',
      title: long('题'),
      publisher: long('社'),
      date: '2024-07-26',
      url: 'https://example.com/a',
    },
  }));
  return {
    command: 'ask',
    query: long('问'),
    answered: true,
    lang: 'zh',
    intent: 'figure',
    results,
    page: { offset: 0, limit: 10, total: 500, hasMore: true },
    error: 'too-long',
  };
}

describe('renderAnswer: Discord limits by construction', () => {
  test('no answer, however long or strange, breaks a Discord message limit', () => {
    fc.assert(
      fc.property(answer, (a) => {
        const rendered = renderAnswer(a);
        assert.ok(rendered.embeds.length >= 1 && rendered.embeds.length <= 10);
        for (const e of rendered.embeds)
          assert.ok(e.title || e.description || e.fields?.length, 'no empty embed');
        assert.deepEqual(messageProblems({ content: rendered.content, embeds: rendered.embeds }), []);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });

  test('with page buttons too, the whole payload stays valid', () => {
    fc.assert(
      fc.property(answer, (a) => {
        const {
          ephemeral: _e,
          allowedMentions,
          ...payload
        } = answerPayload(a, { command: a.command, arg: '', limit: 5 }, '1').payload;
        assert.deepEqual(allowedMentions, { parse: [], repliedUser: false });
        assert.deepEqual(messageProblems(payload), []);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });

  test('the longest answer fills the message up to 6000 characters without passing any limit', () => {
    const { content, embeds } = renderAnswer(longestAnswer());
    assert.deepEqual(embedProblems(embeds), []);
    const total = embeds.reduce(
      (n, e) =>
        n +
        (e.title?.length ?? 0) +
        (e.description?.length ?? 0) +
        (e.footer?.text.length ?? 0) +
        (e.author?.name.length ?? 0),
      0,
    );
    assert.ok(total <= 6000 && total > 5000, `uses the room it has (${total})`);
    assert.equal(embeds[0]!.title!.length, 256);
    assert.ok(embeds[0]!.title!.endsWith('…'));
    assert.equal(embeds[0]!.author!.name.length, 256);
    assert.ok(content!.length <= 2000);
    assert.match(content!, /^问题太长，只按前500个字回答。\n第1–\d+条，共500条$/);
  });

  test('the longest answer, sent through discord.js, is accepted by the fake Discord’s limit checks', async () => {
    const real = planbot();
    const stub = { ...real, run: () => longestAnswer() };
    const bot = await startBot({ planbot: stub });
    try {
      const ask = bot.fake.slash('ask', { question: 'x' });
      const callback = await bot.fake.callback(ask);
      const accepted = bot.fake.requests.find((r) => r.path.startsWith(`/interactions/${ask.id}/`))!;
      assert.equal(accepted.status, 204, 'not rejected as Invalid Form Body');
      assert.equal(callback.type, 4);
      assert.ok(callback.data.embeds.length >= 1);
    } finally {
      await bot.stop();
    }
  });
});

describe('renderAnswer: sources', () => {
  const source = {
    id: 's',
    title: '长三角一体化 [新闻]',
    publisher: '新民晚报',
    date: '2024-07-25',
    url: 'https://example.com/a?b=1',
  };
  const page = { offset: 0, limit: 5, total: 1, hasMore: false };

  test('a card links its title to the article and names it in the footer', () => {
    const { embeds, content } = renderAnswer({
      command: 'ask',
      query: '问题',
      answered: true,
      lang: 'en',
      intent: 'lookup',
      page,
      results: [
        {
          kind: 'task',
          id: 't',
          text: '推动科技创新券互联互通',
          en: 'Make vouchers work everywhere',
          score: 1,
          plan: 'p',
          area: 'a',
          area_name: '科技创新',
          source,
        },
      ],
    });
    assert.equal(content, undefined, 'one page: no page note');
    assert.deepEqual(embeds[0], {
      color: 0x2f855a,
      title: '科技创新',
      description: 'Make vouchers work everywhere\n*推动科技创新券互联互通*',
      footer: { text: 'Source: 新民晚报 · 2024-07-25 · 长三角一体化 [新闻]' },
      url: 'https://example.com/a?b=1',
      author: { name: 'Q: 问题' },
    });
  });

  test('the source list gives each article a markdown link, brackets escaped', () => {
    const { embeds } = renderAnswer({
      command: 'sources',
      query: '',
      answered: true,
      lang: 'zh',
      intent: 'list',
      page,
      results: [{ kind: 'source', id: 's', text: source.title, score: 1, source }],
    });
    assert.deepEqual(embeds[0]!.fields, [
      { name: '长三角一体化 [新闻]', value: '[新民晚报, 2024-07-25](https://example.com/a?b=1)' },
    ]);
  });
});

describe('clip', () => {
  test('keeps short text, cuts long text with an ellipsis, never splits an emoji', () => {
    assert.equal(clip('长三角', 3), '长三角');
    assert.equal(clip('长三角一体化', 4), '长三角…');
    assert.equal(clip('😀😀😀', 4), '😀…');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat(300), (s, max) => {
        const cut = clip(s, max);
        assert.ok(cut.length <= max);
        assert.doesNotMatch(cut, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      }),
    );
  });
});
