import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadKnowledge } from '../../../src/core/data/load.js';
import { createSearchEngine } from '../../../src/core/search/engine.js';
import { TUNING } from '../../../src/core/ranking/tuning.js';
import { createPlanBot } from '../../../src/core/planbot.js';
import type { Stat } from '../../../src/core/data/schema.js';

describe('English reach', () => {
  test('every record with English words is found by them, covering enough of them to answer', () => {
    const engine = createSearchEngine(loadKnowledge());
    const unreachable: string[] = [];
    let records = 0;
    for (const doc of engine.documents.values()) {
      if (doc.en.trim().length === 0) continue;
      records += 1;
      const hit = engine.search(doc.en).find((h) => h.doc.key === doc.key);
      if (hit === undefined || hit.coverage < TUNING.minCoverage) unreachable.push(`${doc.key}: ${doc.en}`);
    }
    assert.ok(records > 100, `only ${records} records have English words`);
    assert.deepEqual(unreachable, []);
  });
});

describe('a statistic asked for by its name is answered with it', () => {
  const bot = createPlanBot();
  const answersWith = (question: string, stat: Stat): boolean =>
    bot
      .ask(question)
      .results.slice(0, 3)
      .some(
        (r) =>
          r.kind === 'stat' &&
          (r.id === stat.id ||
            r.metric === stat.metric ||
            (r.series?.points.some((p) => p.id === stat.id) ?? false)),
      );
  // A few names are a part of a list's fact (实事项目), which answers in the stat's stead.
  const SHARE = 0.95;

  for (const [lang, ask] of [
    ['Chinese', (s: Stat) => `${s.metric}是多少`],
    ['English', (s: Stat) => `what is the ${s.metric_en.toLowerCase()}`],
  ] as const) {
    test(`in ${lang}: at least ${SHARE * 100}% of the statistics`, () => {
      const stats = bot.knowledge.stats;
      const missed = stats.filter((s) => !answersWith(ask(s), s)).map((s) => ask(s));
      assert.ok(missed.length <= stats.length * (1 - SHARE), missed.join('\n'));
    });
  }
});

describe('English names of the Zhejiang article’s slogans reach its Chinese-only sentences', () => {
  const bot = createPlanBot();
  for (const [question, expected] of [
    ['what did zhejiang launch first during covid', /率先推出健康码/],
    ['the four bigs Zhejiang is building (big bay, big garden...)', /大湾区大花园大通道大都市区/],
    ['what alliance of free trade zones do they rely on', /自贸试验区联盟/],
    ['how are the tasks pushed forward, project based and list based?', /项目化/],
  ] as const) {
    test(question, () => {
      const answer = bot.ask(question);
      assert.equal(answer.answered, true);
      assert.ok(
        answer.results.slice(0, 3).some((r) => expected.test(r.text)),
        answer.results.map((r) => r.text.slice(0, 30)).join(' | '),
      );
    });
  }
});

describe('English names of the one-card and of social security', () => {
  const bot = createPlanBot();
  test('how many services work with the social security one-card: the one-card services, not secure development', () => {
    const answer = bot.ask('how many services work with the social security one-card so far');
    assert.equal(answer.answered, true);
    assert.match(answer.results[0]?.text ?? '', /一卡通/);
  });
});

describe('terse English questions about a plan', () => {
  const bot = createPlanBot();
  test('"round 2 task count" is the count of the second plan’s tasks', () => {
    assert.match(bot.ask('round 2 task count').lead ?? '', /217/);
  });
});

describe('a count asked is answered in what it counts', () => {
  const bot = createPlanBot();
  test('the stations of the super loop, not its length in km', () => {
    for (const question of ['超級環線高鐵有幾個站', 'how many stations on the yrd high speed rail loop'])
      assert.match(bot.ask(question).lead ?? '', /21/, question);
    assert.match(bot.ask('超级环线有多长').lead ?? '', /1200公里/);
  });
});

describe('English paraphrases of the articles’ phrases', () => {
  const bot = createPlanBot();
  test('pinyin of 一网通办, "empower each other", residents as a modifier, not what is counted', () => {
    assert.match(
      bot.ask("When did the YRD 'yi wang tong ban' one-stop online government service go live?").lead ?? '',
      /May 2019/,
    );
    assert.match(
      bot.ask('In how many areas will Jiangsu empower others and extend its strengths?').lead ?? '',
      /\b5\b/,
    );
    assert.match(
      bot.ask(
        "How many services are available through the social-security-card-based residents' 'one card' in the YRD?",
      ).results[0]?.text ?? '',
      /一卡通/,
    );
  });
});
