import type {
  AreaResult,
  DocumentResult,
  EventResult,
  PassageResult,
  PlanResult,
  SourceRef,
  SourceResult,
  StatResult,
  SuggestionResult,
  TaskResult,
} from '../types.js';
import type { Area, Plan, PlanDocument, PlanEvent, Source, Stat, Task } from '../data/schema.js';
import type { IndexedFact } from '../data/plan-facts.js';
import type { Records } from '../data/records.js';
import { statValueEn, statValueZh, statWhenEn, statWhenZh } from '../text/figures.js';
import { dateEn, dateZh } from '../text/dates.js';

/** The reference a result shows under it. */
export function sourceRef(source: Source): SourceRef {
  const ref: SourceRef = {
    id: source.id,
    title: source.title,
    publisher: source.publisher,
    date: source.date,
  };
  if (source.url !== undefined) ref.url = source.url;
  if (source.status !== undefined) ref.status = source.status;
  return ref;
}

function withSource<T extends { source?: SourceRef }>(records: Records, sourceId: string, result: T): T {
  const source = records.sources.get(sourceId);
  if (source !== undefined) result.source = sourceRef(source);
  return result;
}

export function statResult(records: Records, stat: Stat, score: number): StatResult {
  const result: StatResult = {
    kind: 'stat',
    id: stat.id,
    text: `${stat.metric}：${statValueZh(stat)}${statWhenZh(stat)}`,
    en: `${stat.metric_en}: ${statValueEn(stat)}${statWhenEn(stat)}`,
    score,
    quote: stat.quote,
    metric: stat.metric,
    metric_en: stat.metric_en,
    value: stat.value,
    unit: stat.unit,
    as_of: stat.as_of,
    scope: stat.scope,
    target: stat.target,
  };
  if (stat.qualifier !== undefined) result.qualifier = stat.qualifier;
  return withSource(records, stat.source, result);
}

export function taskResult(records: Records, task: Task, score: number): TaskResult {
  const result: TaskResult = {
    kind: 'task',
    id: task.id,
    text: task.text,
    en: task.en,
    score,
    quote: task.quote,
    plan: task.plan,
    area: task.area,
  };
  const area = task.area === null ? undefined : records.areas.get(task.area);
  if (area !== undefined) result.area_name = area.short;
  return withSource(records, task.source, result);
}

export function areaResult(records: Records, area: Area, score: number): AreaResult {
  const listed = records.tasksByArea.get(area.id)?.length ?? 0;
  const result: AreaResult = {
    kind: 'area',
    id: area.id,
    text: area.name,
    en: area.en,
    score,
    quote: area.quote,
    order: area.order,
    short: area.short,
    listed,
  };
  if (area.task_count !== undefined) result.task_count = area.task_count.value;
  return withSource(records, area.source, result);
}

export function planResult(records: Records, plan: Plan, score: number): PlanResult {
  const result: PlanResult = {
    kind: 'plan',
    id: plan.id,
    text: plan.title,
    en: plan.title_en,
    score,
    quote: plan.quote,
    period: plan.period,
    task_count: plan.task_count,
  };
  if (plan.completion !== undefined) result.completion = plan.completion;
  if (plan.completion_en !== undefined) result.completion_en = plan.completion_en;
  return withSource(records, plan.source, result);
}

export function documentResult(records: Records, doc: PlanDocument, score: number): DocumentResult {
  const result: DocumentResult = {
    kind: 'document',
    id: doc.id,
    text: doc.title,
    en: doc.title_en,
    score,
    quote: doc.quote,
    document_kind: doc.kind,
  };
  if (doc.period !== undefined) result.period = doc.period;
  if (doc.issued !== undefined) result.issued = doc.issued;
  if (doc.issuer !== undefined) result.issuer = doc.issuer;
  return withSource(records, doc.source, result);
}

/** An event's card: "2024年度长三角地区主要领导座谈会（2024年6月5日，温州）". */
export function eventResult(records: Records, event: PlanEvent, score: number): EventResult {
  const result: EventResult = {
    kind: 'event',
    id: event.id,
    text: `${event.title}（${dateZh(event.date)}，${event.place}）${event.theme === undefined ? '' : `：${event.theme}`}`,
    en: `${event.title_en} (${dateEn(event.date)}, ${event.place_en})`,
    score,
    quote: event.quote,
    event_kind: event.kind,
    date: event.date,
    place: event.place,
    place_en: event.place_en,
  };
  if (event.theme !== undefined) result.theme = event.theme;
  return withSource(records, event.source, result);
}

/**
 * One fact about a plan, document or event as a result: the fact's words, quote and source, under the
 * card of what it is about.
 */
export function planFactResult(
  records: Records,
  indexed: IndexedFact,
  score: number,
): PlanResult | DocumentResult | EventResult {
  const { owner, fact, n } = indexed;
  const about = { plan: owner.record.id, n, title: owner.record.title, title_en: owner.record.title_en };
  const card =
    owner.kind === 'plan'
      ? planResult(records, owner.record, score)
      : owner.kind === 'document'
        ? documentResult(records, owner.record, score)
        : eventResult(records, owner.record, score);
  const result = { ...card, id: indexed.id, text: fact.text, en: fact.en, quote: fact.quote, fact: about };
  delete result.source;
  return withSource(records, fact.source, result);
}

export function passageResult(
  records: Records,
  id: string,
  text: string,
  sourceId: string,
  score: number,
): PassageResult {
  const result: PassageResult = { kind: 'passage', id, text, score, quote: text };
  return withSource(records, sourceId, result);
}

export function sourceResult(source: Source, score: number): SourceResult {
  return { kind: 'source', id: source.id, text: source.title, score, source: sourceRef(source) };
}

/** A question the user could ask next: `id` is the line to send. */
export function suggestionResult(line: string, score = 0): SuggestionResult {
  return { kind: 'suggestion', id: line, text: line, score };
}
