import { factFacets, type FactFacet } from './plan-facts.js';
import type { Records } from './records.js';
import type { SearchHit } from './search/engine.js';

/**
 * How much a plan fact that answers the asked facet (a date for "什么时候") is weighed up: enough to pass
 * the plan's own card, which shares the question's plan words but states no date, place or issuer.
 */
const FACET_BOOST = 3;
/**
 * A fact is steered to only when it matches nearly as much of the question as the best record (the gap
 * relevantHits allows): "臭氧和PM2.5怎么治理" asks how, but a fact about how the plan is carried out
 * does not answer it.
 */
const FACET_COVERAGE_GAP = 0.3;

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
  const answers = (hit: SearchHit): boolean =>
    hit.doc.kind === 'fact' && hit.coverage >= best.coverage - FACET_COVERAGE_GAP && states(hit);
  if (!hits.some(answers)) return [...hits];
  return hits
    .filter((hit) => hit.doc.kind !== 'fact' || states(hit))
    .map((hit) => (answers(hit) ? { ...hit, score: hit.score * FACET_BOOST } : hit))
    .sort((a, b) => b.score - a.score);
}
