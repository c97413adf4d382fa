import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { createBm25Scorer } from '../../../src/core/search/bm25.js';

interface Doc {
  id: string;
  name: string;
  body: string;
}

const FIELDS = ['name', 'body'];
const BOOST = { name: 3, body: 1 };
const boostTerm = (term: string): number => (/^\d/.test(term) ? 2 : 1);
// Few words, so documents share them and scores tie; a number, so boostTerm weighs in.
const WORDS = ['长三', '三角', '生态', '2024', 'rail', 'port', '科创', '一体'];

const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }).map((w) => w.join(' '));
const docs = fc
  .array(fc.record({ name: text, body: text }), { minLength: 1, maxLength: 25 })
  .map((records) => records.map((r, i): Doc => ({ id: `doc-${i}`, ...r })));
const query = fc.array(fc.constantFrom(...WORDS, 'absent'), { minLength: 1, maxLength: 6 });

function build(documents: Doc[]): MiniSearch<Doc> {
  const index = new MiniSearch<Doc>({
    fields: FIELDS,
    tokenize: (t) => t.split(' ').filter((w) => w.length > 0),
    searchOptions: { boost: BOOST, boostTerm },
  });
  index.addAll(documents);
  return index;
}

describe('createBm25Scorer', () => {
  test('finds the same documents as MiniSearch, in the same order, with the same scores', () => {
    fc.assert(
      fc.property(docs, query, (documents, terms) => {
        const index = build(documents);
        const score = createBm25Scorer(index, FIELDS, BOOST);
        const expected = index.search(terms.join(' ')).map((r) => ({ id: r.id as string, score: r.score }));
        assert.deepEqual(score(terms, boostTerm), expected);
      }),
      { numRuns: 300 },
    );
  });

  test('a term no document holds finds nothing', () => {
    const index = build([{ id: 'a', name: '长三 三角', body: 'rail' }]);
    assert.deepEqual(createBm25Scorer(index, FIELDS, BOOST)(['absent'], boostTerm), []);
  });
});
