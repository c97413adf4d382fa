import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { coverage, coverageTest, type QueryUnit } from '../../../src/core/search/analyzer.js';
import { createCoverageMeasure } from '../../../src/core/search/term-holders.js';

// Enough distinct terms that some queries look for more than one bit mask holds (32).
const TERMS = Array.from({ length: 48 }, (_, i) => `t${i}`);
const term = fc.constantFrom(...TERMS);

const unit: fc.Arbitrary<QueryUnit> = fc.oneof(
  fc.record({
    kind: fc.constant('han' as const),
    text: term,
    weight: fc.integer({ min: 1, max: 4 }),
    parts: fc.array(term, { maxLength: 4 }),
    partial: fc.boolean(),
    optional: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('latin' as const),
    text: term,
    weight: fc.integer({ min: 1, max: 2 }),
    optional: fc.boolean(),
    alternatives: fc.array(term, { maxLength: 3 }),
  }),
);
const documents = fc.array(fc.uniqueArray(term, { maxLength: 30 }), { minLength: 1, maxLength: 12 });

describe('createCoverageMeasure', () => {
  test('gives every document the coverage of the query that its own terms give', () => {
    fc.assert(
      fc.property(documents, fc.array(unit, { minLength: 1, maxLength: 20 }), (docs, units) => {
        const termsOf = new Map(docs.map((terms, i) => [`doc-${i}`, new Set(terms)]));
        const coverageOf = createCoverageMeasure(termsOf)(coverageTest(units));
        for (const [key, own] of termsOf)
          assert.equal(
            coverageOf(key),
            coverage(units, (t) => own.has(t)),
            key,
          );
      }),
      { numRuns: 300 },
    );
  });

  test('a query looking for more than 32 terms is measured as well', () => {
    const units: QueryUnit[] = TERMS.map((text) => ({ kind: 'latin', text, weight: 2 }));
    const termsOf = new Map([['half', new Set(TERMS.slice(0, 24))]]);
    assert.equal(createCoverageMeasure(termsOf)(coverageTest(units))('half'), 0.5);
  });

  test('an unknown document covers nothing', () => {
    const measure = createCoverageMeasure(new Map([['a', new Set(['t1'])]]));
    assert.equal(measure(coverageTest([{ kind: 'latin', text: 't1', weight: 2 }]))('b'), 0);
  });
});
