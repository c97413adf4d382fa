import type { Records } from '../data/records.js';
import type { Result } from '../types.js';
import type { FactFacet } from '../data/plan-facts.js';
import { areaResult, eventResult } from './from-records.js';

/**
 * "是哪年会议说的": a meeting's fact that does not say when is followed by its meeting's card, which
 * does (2022年度长三角地区主要领导座谈会（2022年8月16日，上海）).
 */
export function withOwnerCard(records: Records, results: Result[], facet: FactFacet | undefined): Result[] {
  const first = results[0];
  if (facet !== 'when' || first?.kind !== 'event' || first.fact === undefined) return results;
  const event = records.events.get(first.fact.plan);
  // A fact stating its meeting's year says when (2024年6月…); 会议提出… or a report's "2025年…20年前" does not.
  if (event === undefined || first.text.includes(`${event.date.slice(0, 4)}年`)) return results;
  // The card is shown right after the fact, even when it was found further down.
  const isCard = (r: Result): boolean => r.kind === 'event' && r.fact === undefined && r.id === event.id;
  const card = results.find(isCard) ?? eventResult(records, event, first.score);
  return [first, card, ...results.slice(1).filter((r) => !isCard(r))];
}

/** "十年禁渔属于哪个方面": a task found is followed by the area of the plan it belongs to. */
export function withTaskArea(records: Records, results: Result[], asked: boolean): Result[] {
  const first = results[0];
  const area =
    asked && first?.kind === 'task' && first.area !== null ? records.areas.get(first.area) : undefined;
  if (area === undefined) return results;
  const isArea = (r: Result): boolean => r.kind === 'area' && r.id === area.id;
  return [first!, areaResult(records, area, first!.score), ...results.slice(1).filter((r) => !isArea(r))];
}
