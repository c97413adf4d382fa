import { factFacets, type FactFacet } from '../data/plan-facts.js';
import type { Records } from '../data/records.js';
import type { SearchHit } from '../search/engine.js';
import { TUNING } from './tuning.js';

const { boost: FACET_BOOST, coverageGap: FACET_COVERAGE_GAP } = TUNING.facets;

/**
 * Hits re-ranked for a question asking when / where / who / how / how well: the plan facts that state
 * such a thing move up, and the plan's other facts (its other name, its issuer for a "when") leave.
 * Unchanged when no facet is asked or no fact that matches the question states it.
 */
export function steerToFacet(
  records: Records,
  hits: readonly SearchHit[],
  facet: FactFacet | undefined,
): SearchHit[] {
  const best = hits[0];
  if (facet === undefined || best === undefined) return [...hits];
  const states = (hit: SearchHit): boolean => {
    const fact = records.planFacts.get(hit.doc.id);
    return fact !== undefined && factFacets(fact.fact.text).has(facet);
  };
  // It must also cover enough of the question to answer it at all.
  const answers = (hit: SearchHit): boolean =>
    hit.doc.kind === 'fact' &&
    hit.coverage >= Math.max(TUNING.minCoverage, best.coverage - FACET_COVERAGE_GAP) &&
    states(hit);
  if (!hits.some(answers)) return [...hits];
  return hits
    .filter((hit) => hit.doc.kind !== 'fact' || states(hit))
    .map((hit) => (answers(hit) ? { ...hit, score: hit.score * FACET_BOOST } : hit))
    .sort((a, b) => b.score - a.score);
}
