import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../../src/core/data/load.js';

describe('loadKnowledge on the bundled data', () => {
  const k = loadKnowledge();

  test('loads the five source articles, three plans and nine areas', () => {
    assert.equal(k.sources.length, 5);
    assert.deepEqual(
      k.plans.map((p) => [p.id, p.period]),
      [
        ['plan-2018-2020', '2018—2020'],
        ['plan-2021-2023', '2021—2023'],
        ['plan-2024-2026', '2024—2026'],
      ],
    );
    assert.equal(k.areas.length, 9);
  });

  test('has more than 40 tasks, 50 statistics and 40 glossary entries', () => {
    assert.ok(k.tasks.length > 40, `${k.tasks.length} tasks`);
    assert.ok(k.stats.length > 50, `${k.stats.length} stats`);
    assert.ok(k.glossary.length > 40, `${k.glossary.length} glossary entries`);
  });

  test('the plans carry the task counts the sources give (320, 217, 165)', () => {
    assert.deepEqual(
      k.plans.map((p) => p.task_count),
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

  test('every source body is split into paragraphs without blank ones', () => {
    for (const s of k.sources) {
      assert.ok(s.paragraphs.length >= 5, s.id);
      assert.ok(
        s.paragraphs.every((p) => p.trim() === p && p.length > 0),
        s.id,
      );
      assert.equal(s.body, s.paragraphs.join('\n\n'));
    }
  });
});
