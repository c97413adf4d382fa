import type {
  AreaResult,
  PassageResult,
  PlanResult,
  SourceRef,
  SourceResult,
  StatResult,
  SuggestionResult,
  TaskResult,
} from './answer.js';
import type { Area, Plan, Source, Stat, Task } from './data/schema.js';
import type { Records } from './records.js';
import { dateEn, dateZh } from './text/dates.js';

/** The reference a result shows under it. */
export function sourceRef(source: Source): SourceRef {
  const ref: SourceRef = {
    id: source.id,
    title: source.title,
    publisher: source.publisher,
    date: source.date,
  };
  if (source.url !== undefined) ref.url = source.url;
  return ref;
}

const QUALIFIER_ZH = { over: '超', about: '约', 'at-least': '至少' } as const;
const QUALIFIER_EN = { over: 'over ', about: 'about ', 'at-least': 'at least ' } as const;

/** A figure as a Chinese sentence part: 超170项, 3.34%. */
export function statValueZh(stat: Pick<Stat, 'value' | 'unit' | 'qualifier'>): string {
  return `${stat.qualifier ? QUALIFIER_ZH[stat.qualifier] : ''}${stat.value}${stat.unit}`;
}

/** A figure in English: over 170 项 stays as the data's unit unless it is a symbol. */
export function statValueEn(stat: Pick<Stat, 'value' | 'unit' | 'qualifier'>): string {
  return `${stat.qualifier ? QUALIFIER_EN[stat.qualifier] : ''}${stat.value}${unitEn(stat.unit)}`;
}

const UNIT_EN: Record<string, string> = {
  '%': '%',
  个: '',
  项: '',
  家: '',
  条: '',
  个百分点: ' percentage points',
  亿元: ' hundred million yuan',
  万亿元: ' trillion yuan',
  万元: ' ten thousand yuan',
  元: ' yuan',
  万人: ' ten thousand people',
  万人次: ' ten thousand person-times',
  人次: ' person-times',
  万公里: ' ten thousand km',
  公里: ' km',
  千米: ' km',
  平方公里: ' km²',
  万辆: ' ten thousand vehicles',
  辆: ' vehicles',
  倍: ' times',
  年: ' years',
  天: ' days',
};

function unitEn(unit: string): string {
  return UNIT_EN[unit] ?? (unit.length > 0 ? ` ${unit}` : '');
}

/** "（2024年7月）", "（目标，2025年）"; only the target mark when the metric already names its date. */
export function statWhenZh(stat: Pick<Stat, 'metric' | 'as_of' | 'target'>): string {
  const date = stat.metric.includes(stat.as_of.slice(0, 4)) ? '' : dateZh(stat.as_of);
  const parts = [stat.target ? '目标' : '', date].filter((p) => p.length > 0);
  return parts.length === 0 ? '' : `（${parts.join('，')}）`;
}

/** " (Jul 2024)", " (target for 2025)"; nothing when the metric already names its date. */
export function statWhenEn(stat: Pick<Stat, 'metric_en' | 'as_of' | 'target'>): string {
  const date = stat.metric_en.includes(stat.as_of.slice(0, 4)) ? '' : dateEn(stat.as_of);
  if (stat.target) return date.length === 0 ? ' (target)' : ` (target for ${date})`;
  return date.length === 0 ? '' : ` (${date})`;
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
