import type { Stat } from '../data/schema.js';
import type { Records } from '../data/records.js';
import type { Result, SeriesPoint, StatResult } from '../types.js';
import { dateEn, dateZh, endKey } from '../text/dates.js';
import { statValueEn, statValueZh } from '../text/figures.js';
import { sourceRef, statResult } from './from-records.js';

const cache = new WeakMap<Records, Map<string, Stat[]>>();

/** A series is one metric in one scope: 长三角's R&D intensity and 示范区's are two. */
export const seriesKey = (stat: Stat): string | undefined =>
  stat.series === undefined ? undefined : `${stat.series}|${stat.scope}`;

/** Each series' values in answer order (see `ordered`), sorted once per knowledge base. */
function seriesIndex(records: Records): Map<string, Stat[]> {
  let index = cache.get(records);
  if (index === undefined) {
    const built = new Map<string, Stat[]>();
    for (const stat of records.knowledge.stats) {
      const key = seriesKey(stat);
      if (key !== undefined) built.set(key, [...(built.get(key) ?? []), stat]);
    }
    index = new Map([...built].map(([key, stats]) => [key, ordered(records, stats)]));
    cache.set(records, index);
  }
  return index;
}

// A bundled article (checked by hand) and official pages first when two records give one date.
const TRUST = { undefined: 0, official: 0, state: 1, repost: 2, mt: 3, unverified: 3 } as const;
function trust(records: Records, stat: Stat): number {
  const status = records.sources.get(stat.source)?.status;
  return TRUST[status ?? 'undefined'];
}

/** Newest first (a whole year after its months); targets after every result; at one date the most trusted first. */
function ordered(records: Records, stats: readonly Stat[]): Stat[] {
  return [...stats].sort(
    (a, b) =>
      Number(a.target) - Number(b.target) ||
      endKey(b.as_of).localeCompare(endKey(a.as_of)) ||
      trust(records, a) - trust(records, b),
  );
}

/** The values of a statistic's series (itself alone when it has none), newest first, targets last. */
export function seriesOf(records: Records, stat: Stat): Stat[] {
  const key = seriesKey(stat);
  return key === undefined ? [stat] : (seriesIndex(records).get(key) ?? [stat]);
}

/** The record a question about this series is answered with: the year asked, else the newest result; a goal when one is asked for. */
function headline(points: readonly Stat[], year: string | undefined, target: boolean): Stat | undefined {
  const goal = target
    ? points.find((p) => p.target && (year === undefined || p.as_of.startsWith(year)))
    : undefined;
  if (goal !== undefined) return goal;
  if (year === undefined) return points.find((p) => !p.target) ?? points[0];
  return (
    points.find((p) => p.as_of.startsWith(year) && !p.target) ?? points.find((p) => p.as_of.startsWith(year))
  );
}

/** One entry of the chain: the values given for one date (two when sources disagree). */
interface Dated {
  as_of: string;
  target: boolean;
  values: Stat[];
}

function byDate(points: readonly Stat[]): Dated[] {
  const dated: Dated[] = [];
  for (const p of points) {
    const same = dated.find((d) => d.as_of === p.as_of && d.target === p.target);
    if (same === undefined) dated.push({ as_of: p.as_of, target: p.target, values: [p] });
    else if (!same.values.some((v) => v.value === p.value && v.unit === p.unit)) same.values.push(p);
  }
  return dated;
}

function chainZh(dated: readonly Dated[]): string {
  const part = (d: Dated): string =>
    `${d.values.map(statValueZh).join('／')}（${dateZh(d.as_of)}${d.values.length > 1 ? '，来源说法不一' : ''}）`;
  const results = dated.filter((d) => !d.target).map(part);
  const targets = dated.filter((d) => d.target).map(part);
  return [results.join(' ← '), targets.length > 0 ? `目标：${targets.join('，')}` : '']
    .filter((s) => s.length > 0)
    .join('；');
}

function chainEn(dated: readonly Dated[]): string {
  const part = (d: Dated): string =>
    `${d.values.map(statValueEn).join(' / ')} (${dateEn(d.as_of)}${d.values.length > 1 ? ', sources differ' : ''})`;
  const results = dated.filter((d) => !d.target).map(part);
  const targets = dated.filter((d) => d.target).map(part);
  return [results.join(' ← '), targets.length > 0 ? `target: ${targets.join(', ')}` : '']
    .filter((s) => s.length > 0)
    .join('; ');
}

function point(records: Records, stat: Stat): SeriesPoint {
  const p: SeriesPoint = {
    id: stat.id,
    value: stat.value,
    unit: stat.unit,
    as_of: stat.as_of,
    target: stat.target,
  };
  if (stat.qualifier !== undefined) p.qualifier = stat.qualifier;
  const source = records.sources.get(stat.source);
  if (source !== undefined) p.source = sourceRef(source);
  return p;
}

/** A statistic with the rest of its series: "7700公里（2025年1月）← 7100公里（2023年12月）← 4150公里（2018年）". */
export function seriesResult(
  records: Records,
  stat: Stat,
  score: number,
  year?: string,
  target = false,
): StatResult {
  const points = seriesOf(records, stat);
  const chosen = headline(points, year, target) ?? stat;
  const result = statResult(records, chosen, score);
  if (points.length < 2) return result;
  const dated = byDate(points);
  if (dated.length < 2) return result;
  // The metric of the whole series, not of one year: 长三角研发经费投入强度(2023年) → 长三角研发经费投入强度.
  const metric = chosen.metric.replace(/[（(]\d{4}年?[)）]$/, '');
  const metricEn = chosen.metric_en.replace(/\s*\(\d{4}\)$/, '');
  result.text = `${metric}：${chainZh(dated)}`;
  result.en = `${metricEn}: ${chainEn(dated)}`;
  result.series = { id: chosen.series!, points: points.map((p) => point(records, p)) };
  return result;
}

/**
 * Statistics of one series shown once: the first of them becomes the whole series (the year asked, else
 * the newest value, with the earlier ones after it), the others leave the list.
 */
export function collapseSeries(
  records: Records,
  results: readonly Result[],
  year?: string,
  target = false,
): Result[] {
  const seen = new Set<string>();
  const out: Result[] = [];
  for (const r of results) {
    const stat = r.kind === 'stat' ? records.stats.get(r.id) : undefined;
    const key = stat === undefined ? undefined : seriesKey(stat);
    if (stat === undefined || key === undefined) {
      out.push(r);
      continue;
    }
    if (seen.has(key)) continue;
    seen.add(key);
    const collapsed = seriesResult(records, stat, r.score, year, target);
    if (r.nearest) collapsed.nearest = true;
    out.push(collapsed);
  }
  return out;
}
