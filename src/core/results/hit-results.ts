import type { Result } from '../types.js';
import type { Records } from '../data/records.js';
import {
  documentResult,
  eventResult,
  areaResult,
  passageResult,
  planFactResult,
  planResult,
  statResult,
  taskResult,
} from './from-records.js';
import type { SearchHit } from '../search/engine.js';

const round = (score: number): number => Math.round(score * 1000) / 1000;

/** The result a search hit stands for, with its source and quote. */
export function hitResult(records: Records, hit: SearchHit): Result | undefined {
  const { doc } = hit;
  const score = round(hit.score);
  switch (doc.kind) {
    case 'stat': {
      const stat = records.stats.get(doc.id);
      return stat && statResult(records, stat, score);
    }
    case 'task': {
      const task = records.tasks.get(doc.id);
      return task && taskResult(records, task, score);
    }
    case 'area': {
      const area = records.areas.get(doc.id);
      return area && areaResult(records, area, score);
    }
    case 'plan': {
      const plan = records.plans.get(doc.id);
      return plan && planResult(records, plan, score);
    }
    case 'document': {
      const document = records.documents.get(doc.id);
      return document && documentResult(records, document, score);
    }
    case 'event': {
      const event = records.events.get(doc.id);
      return event && eventResult(records, event, score);
    }
    case 'fact': {
      const fact = records.planFacts.get(doc.id);
      return fact && planFactResult(records, fact, score);
    }
    case 'passage':
      return passageResult(records, doc.id, doc.body, doc.source, score);
  }
}

/** Drops passages that only repeat the quote of a record above them (one above its record says more). */
export function withoutEchoes(results: Result[]): Result[] {
  const quotes: string[] = [];
  return results.filter((r) => {
    if (r.kind !== 'passage') {
      if (r.quote !== undefined) quotes.push(r.quote);
      return true;
    }
    return !quotes.some((q) => r.text.includes(q) || q.includes(r.text));
  });
}

/** Drops a plan fact that repeats an earlier one word for word (the first two plans share several). */
export function withoutRepeatedFacts(results: Result[]): Result[] {
  const seen = new Set<string>();
  return results.filter((r) => {
    if (r.kind !== 'plan' || r.fact === undefined) return true;
    if (seen.has(r.text)) return false;
    seen.add(r.text);
    return true;
  });
}
