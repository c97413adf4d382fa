import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../../src/core/data/load.js';

describe('loadKnowledge on the bundled data', () => {
  const k = loadKnowledge();

  test('loads the five bundled articles, the three plans and nine areas', () => {
    assert.equal(k.sources.filter((s) => s.status === undefined).length, 5);
    const periods = k.plans.map((p) => p.period);
    for (const period of ['2018—2020', '2021—2023', '2024—2026']) assert.ok(periods.includes(period), period);
    assert.equal(k.areas.length, 9);
  });

  test('has more than 40 tasks, 50 statistics and 40 glossary entries', () => {
    assert.ok(k.tasks.length > 40, `${k.tasks.length} tasks`);
    assert.ok(k.stats.length > 50, `${k.stats.length} stats`);
    assert.ok(k.glossary.length > 40, `${k.glossary.length} glossary entries`);
  });

  test('the plans carry the task counts the sources give (320, 217, 165)', () => {
    const counts = new Map(k.plans.map((p) => [p.period, p.task_count]));
    assert.deepEqual(
      ['2018—2020', '2021—2023', '2024—2026'].map((period) => counts.get(period)),
      [320, 217, 165],
    );
  });

  test('the nine areas are numbered 1..9 and belong to the 2024—2026 plan', () => {
    assert.deepEqual(
      k.areas.map((a) => a.order),
      [1, 2, 3, 4, 5, 6, 7, 8, 9],
    );
    assert.ok(k.areas.every((a) => a.plan === 'plan-2024-2026'));
  });

  test('every bundled article body is split into paragraphs without blank ones', () => {
    for (const s of k.sources.filter((x) => x.status === undefined)) {
      assert.ok(s.paragraphs.length >= 5, s.id);
      assert.ok(
        s.paragraphs.every((p) => p.trim() === p && p.length > 0),
        s.id,
      );
      assert.equal(s.body, s.paragraphs.join('\n\n'));
    }
  });
});
