import type { CoverageTest } from './analyzer.js';

/** A query's coverage of one document, by the document's key. */
export type CoverageOf = (key: string) => number;

/** Terms per bit mask: a query looking for more is measured term by term instead. */
const MASK_BITS = 32;

/**
 * Which documents hold which terms, to measure a query's coverage of its candidates: the query's terms
 * are looked up once each, not once per candidate, and each candidate reads one bit mask.
 *
 * @param termsOf each document's terms, by key.
 * @returns for a query's coverage test, its coverage by document key. Only one is live at a time: the
 *   next call reuses its memory, so use it before measuring another query.
 */
export function createCoverageMeasure(
  termsOf: ReadonlyMap<string, ReadonlySet<string>>,
): (test: CoverageTest) => CoverageOf {
  const numberOf = new Map<string, number>();
  const holders = new Map<string, number[]>();
  for (const [key, terms] of termsOf) {
    const n = numberOf.size;
    numberOf.set(key, n);
    for (const term of terms) {
      const docs = holders.get(term);
      if (docs === undefined) holders.set(term, [n]);
      else docs.push(n);
    }
  }
  const masks = new Uint32Array(numberOf.size);

  return (test) => {
    if (test.terms.length > MASK_BITS) {
      return (key) => {
        const own = termsOf.get(key);
        return own === undefined ? 0 : test.share((k) => own.has(test.terms[k]!));
      };
    }
    masks.fill(0);
    test.terms.forEach((term, k) => {
      for (const n of holders.get(term) ?? []) masks[n] = masks[n]! | (1 << k);
    });
    let bits = 0;
    const holds = (k: number): boolean => ((bits >>> k) & 1) === 1;
    return (key) => {
      const n = numberOf.get(key);
      if (n === undefined) return 0;
      bits = masks[n]!;
      return test.share(holds);
    };
  };
}
