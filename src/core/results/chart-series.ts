import type { Records } from '../data/records.js';
import type { Stat } from '../data/schema.js';
import type { Result, Series, SourceRef } from '../types.js';
import { sourceRef } from './from-records.js';
import { seriesOf } from './series.js';

/**
 * What a chart of `stat`'s series draws (see `Answer.series`): its results, oldest first, one value per
 * date (where sources differ, the most trusted), in the unit of `stat`; goals are left out, since a chart
 * shows what was reached. Undefined when fewer than two dates remain.
 */
export function chartSeries(records: Records, stat: Stat): Series | undefined {
  const byDate = new Map<string, Stat>();
  // seriesOf: newest first, the most trusted first at one date.
  for (const p of seriesOf(records, stat))
    if (!p.target && p.unit === stat.unit && !byDate.has(p.as_of)) byDate.set(p.as_of, p);
  if (byDate.size < 2) return undefined;
  const dated = [...byDate.values()].reverse();
  const sources = new Map<string, SourceRef>();
  for (const p of dated) {
    const source = records.sources.get(p.source);
    if (source !== undefined && !sources.has(source.id)) sources.set(source.id, sourceRef(source));
  }
  const newest = dated[dated.length - 1]!;
  return {
    // The metric of the whole series, not of one year: 长三角研发经费投入强度(2023年) → 长三角研发经费投入强度.
    metric: newest.metric.replace(/[（(]\d{4}年?[)）]$/, ''),
    metric_en: newest.metric_en.replace(/\s*\(\d{4}\)$/, ''),
    unit: newest.unit,
    points: dated.map((p) => ({
      as_of: p.as_of,
      value: p.value,
      ...(p.qualifier !== undefined && { qualifier: p.qualifier }),
      source: p.source,
    })),
    sources: [...sources.values()],
  };
}

/** The chart series of the first of `results` when it is a figure with two or more dated values. */
export function seriesOfBest(records: Records, results: readonly Result[]): Series | undefined {
  const best = results[0];
  if (best?.kind !== 'stat') return undefined;
  const stat = records.stats.get(best.id);
  return stat === undefined ? undefined : chartSeries(records, stat);
}
