import type MiniSearch from 'minisearch';

/** One document a query's terms found, with MiniSearch's score for it. */
export interface ScoredDocument {
  id: string;
  score: number;
}

/**
 * Postings of one term in one field: the range [start, end) of the scorer's parallel arrays of
 * documents and precomputed BM25+ scores (one pair of arrays for the whole index: small typed arrays
 * per term would cost far more memory than their contents).
 */
interface FieldPostings {
  boost: number;
  start: number;
  end: number;
}

// MiniSearch's defaults (the engine sets no `bm25` option).
const K = 1.2;
const B = 0.7;
const D = 0.5;

/** MiniSearch's calcBM25Score, operation for operation, so the floats come out the same. */
function bm25(
  termFreq: number,
  matching: number,
  total: number,
  fieldLength: number,
  avgLength: number,
): number {
  const invDocFreq = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return invDocFreq * (D + (termFreq * (K + 1)) / (termFreq + K * (1 - B + (B * fieldLength) / avgLength)));
}

/**
 * MiniSearch's OR query scoring over a built index, without its per-query allocations: the BM25+ score
 * of every (term, field, document) is fixed once the index is built, so it is computed here once, and a
 * query only adds them up. Gives the same scores and order as `index.search(query, { processTerm })`
 * with plain terms (no fuzzy or prefix search, no `boostDocument` or `filter`): per term the fields in
 * `fields` order, terms in query order, the sum times the number of distinct terms matched, sorted by
 * score with ties in the order the documents were first found.
 *
 * @param index a MiniSearch index, read once through its public `toJSON()`.
 * @param fieldBoost weight per field, as given to MiniSearch's `searchOptions.boost`.
 */
export function createBm25Scorer<T>(
  index: MiniSearch<T>,
  fields: readonly string[],
  fieldBoost: Readonly<Record<string, number>>,
): (terms: readonly string[], termBoost: (term: string) => number) => ScoredDocument[] {
  const json = index.toJSON();
  const ids: string[] = [];
  for (const [shortId, id] of Object.entries(json.documentIds)) ids[Number(shortId)] = String(id);
  const postings = new Map<string, FieldPostings[]>();
  const allDocs: number[] = [];
  const allScores: number[] = [];
  for (const [term, byField] of json.index) {
    const perField: FieldPostings[] = [];
    for (const field of fields) {
      const fieldId = json.fieldIds[field]!;
      const freqs = byField[fieldId];
      if (freqs === undefined) continue;
      const entries = Object.entries(freqs);
      const matching = entries.length;
      const avgLength = json.averageFieldLength[fieldId]!;
      const start = allDocs.length;
      for (const [shortId, termFreq] of entries) {
        const doc = Number(shortId);
        const fieldLength = json.fieldLength[doc]![fieldId]!;
        allDocs.push(doc);
        allScores.push(bm25(termFreq, matching, json.documentCount, fieldLength, avgLength));
      }
      perField.push({ boost: fieldBoost[field] || 1, start, end: allDocs.length });
    }
    postings.set(term, perField);
  }
  const docs = Uint32Array.from(allDocs);
  const scores = Float64Array.from(allScores);

  // Per-query scratch, indexed by document number: reused so a query allocates only its results.
  const documentCount = ids.length;
  const total = new Float64Array(documentCount);
  const termScore = new Float64Array(documentCount);
  const matchedTerms = new Uint16Array(documentCount);
  /** The query a document was last found by, and the term; 0 is never a live stamp. */
  const foundIn = new Uint32Array(documentCount);
  const termFoundIn = new Uint32Array(documentCount);
  let stamp = 0;
  let termStamp = 0;

  return (terms, termBoost) => {
    if (stamp >= 0xffffffff - terms.length - 1) {
      foundIn.fill(0);
      termFoundIn.fill(0);
      stamp = 0;
      termStamp = 0;
    }
    stamp += 1;
    const query = stamp;
    // Documents in the order first found: MiniSearch's result order before (stable) sorting.
    const found: number[] = [];
    const termDocs: number[] = [];
    terms.forEach((term, position) => {
      const perField = postings.get(term);
      if (perField === undefined) return;
      // A repeated term adds its score again but is one distinct term (MiniSearch's `terms`).
      const distinct = terms.indexOf(term) === position;
      const boost = termBoost(term);
      termStamp = ++stamp;
      termDocs.length = 0;
      for (const { boost: fieldWeight, start, end } of perField) {
        // MiniSearch multiplies termWeight (1), termBoost, fieldBoost, docBoost (1), score in this order.
        const weight = boost * fieldWeight;
        for (let i = start; i < end; i += 1) {
          const doc = docs[i]!;
          const weighted = weight * scores[i]!;
          if (termFoundIn[doc] === termStamp) termScore[doc] = termScore[doc]! + weighted;
          else {
            termFoundIn[doc] = termStamp;
            termScore[doc] = weighted;
            termDocs.push(doc);
          }
        }
      }
      for (const doc of termDocs) {
        if (foundIn[doc] === query) {
          total[doc] = total[doc]! + termScore[doc]!;
          if (distinct) matchedTerms[doc] = matchedTerms[doc]! + 1;
        } else {
          foundIn[doc] = query;
          found.push(doc);
          total[doc] = termScore[doc]!;
          matchedTerms[doc] = 1;
        }
      }
    });
    const results = found.map((doc) => ({ id: ids[doc]!, score: total[doc]! * matchedTerms[doc]! }));
    return results.sort((a, b) => b.score - a.score);
  };
}
