import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createPlanBot } from '../../../src/core/planbot.js';
import { HELD_OUT } from '../held-out-questions.js';
import { answeredIds, judge, score } from '../question-eval.js';
import { QUESTIONS } from '../questions.js';

const bot = createPlanBot();
const PAGE = 5;
const page = (q: string) => bot.ask(q, { limit: PAGE });
const ids = (q: string): string[] => page(q).results.map((r) => r.id);

describe('every result on the first page answers the question', () => {
  test('no record listed as padding for a question shows on its first page', () => {
    const cases = QUESTIONS.filter((c) => c.mustNot !== undefined);
    assert.ok(cases.length >= 15);
    for (const c of cases) {
      const shown = ids(c.q);
      const padding = shown.filter((id) => c.mustNot!.includes(id));
      assert.deepEqual(padding, [], `${c.q} → [${shown.join(', ')}]`);
    }
  });

  test('科技创新券可以在长三角通用吗 shows the vouchers first, then only other voucher records or their area', () => {
    const results = page('科技创新券可以在长三角通用吗').results;
    const shown = results.map((r) => r.id);
    assert.deepEqual(
      new Set(shown.slice(0, 3)),
      new Set(['task-innovation-vouchers', 'stat-innovation-voucher-uses', 'stat-innovation-voucher-amount']),
    );
    assert.ok(
      results.slice(3).every((r) => r.id === 'science-innovation' || /创新券/.test(r.text)),
      shown.join(', '),
    );
  });

  test('a plan task-count question shows the count, not the areas’ counts', () => {
    const answer = page('第三轮计划有多少项重点任务？');
    const first = answer.results[0];
    assert.ok(first?.kind === 'stat' && first.value === 165, JSON.stringify(first));
    assert.ok(answer.results.every((r) => r.id === 'stat-plan3-task-count' || r.id === 'plan-2024-2026'));
  });

  test('a topic question is not padded to five with its neighbours', () => {
    // Over the answerable lines of the question set, most pages are shorter than the page size.
    const answerable = QUESTIONS.filter((c) => c.group !== 'decline');
    const full = answerable.filter((c) => page(c.q).results.length === PAGE);
    assert.ok(full.length / answerable.length < 0.25, `${full.length} of ${answerable.length} pages full`);
  });
});

describe('list questions about one area', () => {
  for (const [q, area] of [
    ['第三轮计划在生态方面有哪些任务？', 'ecology'],
    ['科技创新方面有哪些重点任务', 'science-innovation'],
    ['Which tasks concern ecology?', 'ecology'],
  ] as const) {
    test(`${q} gives the area, then only its tasks`, () => {
      const answer = bot.ask(q, { limit: 50 });
      assert.equal(answer.answered, true);
      assert.equal(answer.results[0]?.kind, 'area');
      assert.equal(answer.results[0]?.id, area);
      const rest = answer.results.slice(1);
      assert.ok(rest.length >= 5);
      assert.ok(rest.every((r) => r.kind === 'task' && r.area === area));
    });
  }

  test('a list question about one topic inside an area is not the whole area', () => {
    const answer = bot.ask('低空经济有什么任务', { limit: 50 });
    assert.ok(answer.results.length <= 3, answer.results.map((r) => r.id).join(', '));
    assert.equal(answer.results[0]?.id, 'task-low-altitude-economy');
  });

  test('an English question that starts with an area’s word is not the area’s list (ecological corridor…)', () => {
    const answer = bot.ask('Which ecological corridor links Hangzhou and Huangshan?');
    assert.notEqual(answer.results[0]?.kind, 'area');
    assert.match(answer.results[0]?.text ?? '', /杭黄生态廊道/);
  });
});

describe('a share of something the data does not know is no other share', () => {
  test('lithium batteries and biomedicine are not the land area; exports and GDP are their own shares', () => {
    for (const question of [
      "what share of China's lithium battery output comes from the YRD",
      "What share of China's biomedicine output comes from the Yangtze River Delta?",
    ])
      assert.equal(bot.ask(question).answered, false, question);
    assert.match(
      bot.ask("what percentage of china's exports came from the yangtze delta in 2025").lead ?? '',
      /40\.2%/,
    );
    assert.match(bot.ask('长三角国土面积占全国多少').lead ?? '', /4%/);
  });
});

describe('a figure the data does not have is declined, not guessed', () => {
  for (const q of [
    '合肥有多少人',
    '高铁票多少钱',
    '新能源汽车销量是多少',
    '长三角失业率是多少',
    '上海房价多少',
  ]) {
    test(q, () => {
      const answer = bot.ask(q);
      assert.equal(answer.answered, false, answer.results.map((r) => r.id).join(', '));
      assert.equal(answer.error, 'no-match');
      assert.ok(answer.results.length > 0 && answer.results.every((r) => r.kind === 'suggestion'));
    });
  }

  test('the same wording with a figure the data has is answered with it', () => {
    // A series answers for every value of it: the 2023 article's 7100 km is among the dated values.
    assert.ok(answeredIds(bot.ask('长三角高铁里程多少公里').results[0]!).includes('stat-high-speed-rail-km'));
    assert.equal(bot.ask('共享科学仪器总价值多少').results[0]?.id, 'stat-shared-instruments-value');
    assert.equal(bot.ask('异地就医门诊结算了多少人次').results[0]?.id, 'stat-outpatient-settlement-visits');
    assert.equal(bot.ask('浙江数字经济占GDP比重目标').results[0]?.id, 'stat-zj-digital-economy-target');
  });
});

describe('held-out questions (not tuned on)', () => {
  const outcomes = HELD_OUT.map((c) => {
    const answer = bot.ask(c.q, { limit: 3 });
    return judge(c, answer.answered ? answer.results.map(answeredIds) : [], !answer.answered);
  });
  const scores = score(outcomes);
  const misses = outcomes
    .filter((o) => (o.case.group === 'decline' ? !o.declined : o.rank === 0))
    .map((o) => `${o.case.q} → [${o.top.join(', ')}]`);

  test('hit@3 ≥ 0.9 on the answerable ones, and ≥ 0.9 of the figures it lacks declined', () => {
    assert.ok(scores.answerable.n >= 20 && scores.decline.n >= 15);
    assert.ok(scores.answerable.hit3 >= 0.9, misses.join('\n'));
    assert.ok(scores.decline.hit1 >= 0.9, misses.join('\n'));
  });
});
