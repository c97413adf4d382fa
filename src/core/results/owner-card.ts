import type { Records } from '../data/records.js';
import type { Result } from '../types.js';
import type { FactFacet } from '../data/plan-facts.js';
import { eventResult } from './from-records.js';

/** A meeting's fact's own sentence states a date: 会议提出… does not. */
const STATES_DATE = /\d{1,2}月|\d{1,2}日|\d{4}年/;

/**
 * "是哪年会议说的": a meeting's fact that does not say when is followed by its meeting's card, which
 * does (2022年度长三角地区主要领导座谈会（2022年8月16日，上海）).
 */
export function withOwnerCard(records: Records, results: Result[], facet: FactFacet | undefined): Result[] {
  const first = results[0];
  if (facet !== 'when' || first?.kind !== 'event' || first.fact === undefined) return results;
  if (STATES_DATE.test(first.text)) return results;
  const event = records.events.get(first.fact.plan);
  if (
    event === undefined ||
    results.some((r) => r.kind === 'event' && r.fact === undefined && r.id === event.id)
  )
    return results;
  return [first, eventResult(records, event, first.score), ...results.slice(1)];
}
