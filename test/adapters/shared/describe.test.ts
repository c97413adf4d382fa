import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeResult } from '../../../src/adapters/shared/describe.js';
import { labels } from '../../../src/adapters/shared/labels.js';
import { answerAsPlainText } from '../../../src/adapters/shared/plain-text.js';
import { createPlanBot } from '../../../src/core/planbot.js';
import { ANSWER_ERRORS } from '../../../src/core/types.js';

const FIXTURE = new URL('../../helpers/fixture-data', import.meta.url).pathname;
const bot = createPlanBot({ dataDir: FIXTURE });
const stat = (id: string) => bot.run({ command: 'stats', arg: id }).results[0]!;

describe('describeResult', () => {
  test('a stat reads as metric: value unit (date), in both languages, with its source', () => {
    const zh = describeResult(stat('stat-rd-intensity-2023'), 'zh');
    assert.equal(zh.title, '长三角研发经费投入强度：3.34%（2023年）');
    assert.equal(
      zh.sourceLine,
      '来源：测试日报《长三角地区一体化发展三年行动计划（2024—2026年）发布》，2024-06-05',
    );
    assert.equal(zh.url, 'https://example.org/fixture/plan-2024');
    const en = describeResult(stat('stat-rd-intensity-2023'), 'en');
    assert.equal(en.title, 'R&D intensity of the YRD: 3.34% (2023)');
    assert.match(en.sourceLine, /^Source: 测试日报, “.+”, 2024-06-05$/);
  });

  test('"over" figures and targets say so', () => {
    assert.equal(
      describeResult(stat('stat-cross-province-services'), 'zh').title,
      '跨省通办政务服务事项：超170项（2023年12月）',
    );
    assert.equal(
      describeResult(stat('stat-cross-province-services'), 'en').title,
      'Government services handled across provinces: over 170 (Dec 2023)',
    );
    assert.equal(
      describeResult(stat('stat-rail-km-2025'), 'zh').title,
      '长三角铁路营业里程：1.7万公里（目标，2025年）',
    );
    assert.match(describeResult(stat('stat-rail-km-2025'), 'en').title, /\(target for 2025\)$/);
  });

  test('areas, tasks, plans and sources are described without platform markup', () => {
    const all = [
      ...bot.ask('/areas').results,
      ...bot.ask('/tasks 生态').results,
      ...bot.ask('/stats').results,
      ...bot.ask('/sources').results,
      ...bot.ask('help').results,
    ];
    for (const result of all) {
      for (const lang of ['zh', 'en'] as const) {
        const words = describeResult(result, lang);
        assert.ok(words.title.length > 0);
        for (const part of [words.title, words.body, words.sourceLine])
          assert.doesNotMatch(part, /<\/?[a-z]|\*\*|__|```/);
      }
    }
    assert.equal(describeResult(bot.ask('/areas').results[0]!, 'zh').body, '重点任务18项，收录1项');
  });

  test('an area is named by its place in the plan, never by a bare number that reads as a list index', () => {
    const area = bot.ask('/areas').results[1]!;
    assert.equal(area.kind, 'area');
    const zh = describeResult(area, 'zh').title;
    const en = describeResult(area, 'en').title;
    assert.match(zh, /^第2方面：/);
    assert.match(en, /^Area 2: /);
    for (const title of [zh, en]) assert.doesNotMatch(title, /^\d+\. /);
  });
});

describe('example questions', () => {
  test('read as questions in English and are answered by the bot', () => {
    const real = createPlanBot();
    for (const lang of ['zh', 'en'] as const) {
      for (const example of real.run({ command: 'help', arg: '', lang }).results) {
        // "What is the Key tasks on …?": a metric name pasted after "What is the".
        assert.doesNotMatch(example.text, /\bthe [A-Z][a-z]/, example.text);
        if (example.text.startsWith('/')) continue;
        const answer = real.ask(example.text);
        assert.equal(answer.answered, true, example.text);
        assert.notEqual(answer.results[0]?.kind, 'suggestion', example.text);
      }
    }
  });
});

describe('labels and plain text', () => {
  test('every error has words in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const error of ANSWER_ERRORS) {
        assert.ok(labels[lang].errors[error].length > 0);
      }
      for (const command of ['/ask', '/stats', '/tasks', '/areas', '/sources', '/help']) {
        assert.ok(labels[lang].help.includes(command));
      }
    }
  });

  test('an answer as plain text shows each result with its source, and the page range', () => {
    const text = answerAsPlainText(bot.ask('/stats', { limit: 2 }), 'more');
    assert.match(text, /^1\. /m);
    assert.match(text, /来源：/);
    assert.match(text, /\(第1–2条，共\d+条; more\)/);
    const declined = answerAsPlainText(bot.ask('上海房价多少'));
    assert.ok(declined.startsWith(labels.zh.errors['no-match']));
  });
});

describe('wording of every answer to the question set', () => {
  test('is free of the junk patterns the data is checked against', async () => {
    const { findJunk } = await import('../../helpers/junk.js');
    const { QUESTIONS } = await import('../../core/questions.js');
    const real = createPlanBot();
    for (const c of QUESTIONS) {
      const answer = real.ask(c.q, { limit: 10 });
      for (const result of answer.results) {
        const words = describeResult(result, answer.lang);
        // The source line starts with "来源：" by design; what follows it must be clean.
        for (const part of [words.title, words.body, words.sourceLine.replace(/^(来源：|Source: )/, '')]) {
          assert.equal(findJunk(part), undefined, `${c.q}: ${part}`);
        }
      }
    }
  });
});
