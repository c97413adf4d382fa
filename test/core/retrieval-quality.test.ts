import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createPlanBot } from '../../src/core/planbot.js';
import { findJunk } from '../helpers/junk.js';
import { answeredIds, judge, score, type CaseOutcome } from './question-eval.js';
import { QUESTIONS } from './questions.js';

const bot = createPlanBot();
const answers = QUESTIONS.map((c) => ({ c, answer: bot.ask(c.q, { limit: 3 }) }));
const outcomes: CaseOutcome[] = answers.map(({ c, answer }) =>
  judge(c, answer.answered ? answer.results.map(answeredIds) : [], !answer.answered),
);
const scores = score(outcomes);
const misses = (group: string): string[] =>
  outcomes
    .filter((o) => o.case.group === group && (o.rank === 0 || o.rank > 3))
    .map((o) => `${o.case.q} → [${o.top.join(', ')}]`);

describe('retrieval quality on the question set', () => {
  test('the question set is big and varied enough to measure', () => {
    assert.ok(QUESTIONS.length >= 120);
    assert.ok(scores.decline.n >= 20);
    assert.ok(scores['zh-hant'].n >= 15 && scores.en.n >= 25 && scores.zh.n >= 60);
    const known = new Set([
      ...bot.knowledge.stats.map((s) => s.id),
      ...bot.knowledge.tasks.map((t) => t.id),
      ...bot.knowledge.areas.map((a) => a.id),
      ...bot.knowledge.plans.map((p) => p.id),
      ...bot.knowledge.plans.flatMap((p) => p.facts.map((_, i) => `${p.id}#fact-${i + 1}`)),
    ]);
    for (const c of QUESTIONS)
      for (const id of c.expect) assert.ok(known.has(id), `${c.q}: unknown id ${id}`);
  });

  test('hit@3 ≥ 0.95 over simplified Chinese', () => {
    assert.ok(scores.zh.hit3 >= 0.95, misses('zh').join('\n'));
  });

  test('hit@3 ≥ 0.9 over traditional Chinese and over English', () => {
    assert.ok(scores['zh-hant'].hit3 >= 0.9, misses('zh-hant').join('\n'));
    assert.ok(scores.en.hit3 >= 0.9, misses('en').join('\n'));
  });

  test('every line the data cannot answer is declined: with example questions, or with what is missing and the nearest records', () => {
    for (const { c, answer } of answers) {
      if (c.group !== 'decline') continue;
      assert.equal(answer.answered, false, `${c.q} → ${answer.results.map((r) => r.id).join(', ')}`);
      // Declined with suggestions, or (a question pinned to a place or year the data lacks, 江苏GDP) told
      // so with the nearest records, each marked as only the nearest.
      if (answer.error === 'no-exact') {
        assert.ok(answer.unmet !== undefined && answer.results.every((r) => r.nearest === true), c.q);
        continue;
      }
      assert.equal(answer.error, 'no-match', c.q);
      assert.ok(answer.results.length > 0 && answer.results.every((r) => r.kind === 'suggestion'), c.q);
    }
  });

  test('a figure question gets a figure first', () => {
    for (const { c, answer } of answers) {
      if (c.group === 'decline' || answer.intent !== 'figure' || !/多少|几|how many|how much/i.test(c.q))
        continue;
      const first = answer.results[0];
      assert.ok(
        first !== undefined && ['stat', 'plan', 'area'].includes(first.kind),
        `${c.q} → ${first?.kind}:${first?.id}`,
      );
    }
  });

  test('no result carries junk, and every result but a suggestion names its source', () => {
    for (const { c, answer } of answers) {
      for (const r of answer.results) {
        const texts = [r.text, r.en, r.quote, r.source?.title, r.source?.publisher].filter(
          (t): t is string => t !== undefined,
        );
        for (const text of texts) assert.equal(findJunk(text), undefined, `${c.q}: ${r.id}: ${text}`);
        if (r.kind !== 'suggestion') assert.ok(r.source !== undefined, `${c.q}: ${r.id} has no source`);
      }
    }
  });
});
