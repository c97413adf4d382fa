import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadKnowledge } from '../../../src/core/data/load.js';
import { createSearchEngine } from '../../../src/core/search/engine.js';
import { TUNING } from '../../../src/core/ranking/tuning.js';

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
