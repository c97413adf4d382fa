import { quoteStatesNumber } from './numbers.js';
import type { Knowledge, PlanFact } from './schema.js';

/** Receives one problem: data file name, record id, field and what is wrong. */
export type Report = (file: string, record: string, field: string, problem: string) => void;

/**
 * A web source's citation is one short clause of the page, never its text: longer than this many
 * Chinese characters, English words and numbers, it is a copy of the page, not a quote.
 */
export const MAX_WEB_QUOTE = 60;

/** A quote's length as a reader weighs it: each Chinese character, English word or number counts one. */
export function quoteSize(quote: string): number {
  const count = (pattern: RegExp): number => quote.match(pattern)?.length ?? 0;
  return count(/\p{Script=Han}/gu) + count(/[A-Za-z]+/g) + count(/\d+(?:[.,]\d+)*/g);
}

/** Checks what a schema cannot: references resolve, quotes are verbatim or short, figures appear in their quotes. */
export function checkReferences(k: Knowledge, brokenSources: ReadonlySet<string>, report: Report): void {
  const sources = new Map(k.sources.map((s) => [s.id, s]));
  const planIds = new Set(k.plans.map((p) => p.id));
  const areaIds = new Set(k.areas.map((a) => a.id));

  const traced = (file: string, recordId: string, field: string, source: string, quote: string): void => {
    const found = sources.get(source);
    if (!found) {
      if (!brokenSources.has(source)) report(file, recordId, `${field}source`, `unknown source "${source}"`);
      return;
    }
    if (found.status === undefined && !found.body.includes(quote)) {
      report(file, recordId, `${field}quote`, `is not verbatim in source "${source}" (copy it from data/sources/${source}.md)`);
    }
    if (found.status !== undefined && quoteSize(quote) > MAX_WEB_QUOTE) {
      report(file, recordId, `${field}quote`, `is too long for a citation (${quoteSize(quote)} characters or words): cite one short clause of the page (at most ${MAX_WEB_QUOTE})`);
    }
  };
  const facts = (file: string, recordId: string, list: readonly PlanFact[]): void =>
    list.forEach((f, i) => traced(file, recordId, `facts.${i}.`, f.source, f.quote));
  const ref = (file: string, recordId: string, field: string, ids: Set<string>, value: string): void => {
    if (!ids.has(value)) report(file, recordId, field, `unknown ${field} "${value}"`);
  };
  const figure = (file: string, recordId: string, field: string, quote: string, value: number): void => {
    if (!quoteStatesNumber(quote, value)) report(file, recordId, field, `${value} does not appear in its quote`);
  };

  for (const p of k.plans) {
    traced('plans.json', p.id, '', p.source, p.quote);
    figure('plans.json', p.id, 'task_count', p.quote, p.task_count);
    facts('plans.json', p.id, p.facts);
  }
  for (const d of k.documents) {
    traced('documents.json', d.id, '', d.source, d.quote);
    facts('documents.json', d.id, d.facts);
  }
  for (const e of k.events) {
    traced('events.json', e.id, '', e.source, e.quote);
    facts('events.json', e.id, e.facts);
  }
  for (const a of k.areas) {
    ref('areas.json', a.id, 'plan', planIds, a.plan);
    traced('areas.json', a.id, '', a.source, a.quote);
    if (a.task_count) {
      traced('areas.json', a.id, 'task_count.', a.task_count.source, a.task_count.quote);
      figure('areas.json', a.id, 'task_count.value', a.task_count.quote, a.task_count.value);
    }
  }
  const areaPlans = new Map(k.areas.map((a) => [a.id, a.plan]));
  for (const t of k.tasks) {
    ref('tasks.json', t.id, 'plan', planIds, t.plan);
    if (t.area !== null) {
      ref('tasks.json', t.id, 'area', areaIds, t.area);
      const areaPlan = areaPlans.get(t.area);
      if (areaPlan !== undefined && planIds.has(t.plan) && areaPlan !== t.plan) {
        report('tasks.json', t.id, 'area', `"${t.area}" is an area of ${areaPlan}, not of ${t.plan}`);
      }
    }
    traced('tasks.json', t.id, '', t.source, t.quote);
  }
  for (const s of k.stats) {
    if (s.plan !== undefined) ref('stats.json', s.id, 'plan', planIds, s.plan);
    if (s.area !== undefined) ref('stats.json', s.id, 'area', areaIds, s.area);
    traced('stats.json', s.id, '', s.source, s.quote);
    figure('stats.json', s.id, 'value', s.quote, s.value);
  }
}
