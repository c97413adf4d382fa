import type { SearchHit } from '../search/engine.js';
import { TUNING } from './tuning.js';

const {
  relatedCoverage: RELATED_COVERAGE,
  coverageGap: COVERAGE_GAP,
  scoreShare: SCORE_SHARE,
} = TUNING.relevance;

/** Hits that each answer the question themselves, not merely share a word with it (`plan`: the plan the question names). */
export function relevantHits(hits: readonly SearchHit[], plan?: string): SearchHit[] {
  const best = hits[0];
  if (best === undefined) return [];
  const minCoverage = Math.max(RELATED_COVERAGE, best.coverage - COVERAGE_GAP);
  return hits.filter(
    (h) =>
      h.coverage >= minCoverage &&
      h.score >= best.score * SCORE_SHARE &&
      // The question names a plan: another plan's records answer another question.
      (plan === undefined ||
        (h.doc.plan ?? h.doc.document) === undefined ||
        h.doc.plan === plan ||
        h === best),
  );
}
