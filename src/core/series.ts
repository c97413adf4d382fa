import type { Result, Series, SourceRef } from './answer.js';
import type { Stat } from './data/schema.js';
import type { Records } from './records.js';
import { sourceRef } from './results.js';

// Grouped once per knowledge base.
const groupsCache = new WeakMap<Records, Map<string, Stat[]>>();

/**
 * The series a stat belongs to: its `series` id when the data names one, else its metric text. Scope and
 * unit are part of the key (one axis, one place), and goals are left out: a chart shows what was reached.
 */
function seriesKey(stat: Stat): string {
  const named = (stat as Stat & { series?: unknown }).series;
  const name = typeof named === 'string' && named.length > 0 ? `series:${named}` : `metric:${stat.metric}`;
  return `${name}\u0000${stat.scope}\u0000${stat.unit}`;
}

function groups(records: Records): Map<string, Stat[]> {
  let byKey = groupsCache.get(records);
  if (byKey === undefined) {
    byKey = new Map();
    for (const stat of records.knowledge.stats) {
      if (stat.target) continue;
      const key = seriesKey(stat);
      const list = byKey.get(key) ?? [];
      list.push(stat);
      byKey.set(key, list);
    }
    groupsCache.set(records, byKey);
  }
  return byKey;
}

/**
 * The dated values of `stat`'s metric, oldest first, when it has two or more distinct dates; otherwise
 * undefined. Where two records give the same date, the first in the data is drawn.
 */
export function seriesOf(records: Records, stat: Stat): Series | undefined {
  if (stat.target) return undefined;
  const members = groups(records).get(seriesKey(stat)) ?? [];
  const byDate = new Map<string, Stat>();
  for (const member of members) if (!byDate.has(member.as_of)) byDate.set(member.as_of, member);
  if (byDate.size < 2) return undefined;
  const dated = [...byDate.values()].sort((a, b) => a.as_of.localeCompare(b.as_of));
  const sources = new Map<string, SourceRef>();
  for (const member of dated) {
    const source = records.sources.get(member.source);
    if (source !== undefined && !sources.has(source.id)) sources.set(source.id, sourceRef(source));
  }
  const newest = dated[dated.length - 1]!;
  return {
    metric: newest.metric,
    metric_en: newest.metric_en,
    unit: newest.unit,
    points: dated.map((s) => ({
      as_of: s.as_of,
      value: s.value,
      ...(s.qualifier !== undefined && { qualifier: s.qualifier }),
      source: s.source,
    })),
    sources: [...sources.values()],
  };
}

/** The series of the first of `results` when it is a figure with a dated series. */
export function seriesOfBest(records: Records, results: readonly Result[]): Series | undefined {
  const best = results[0];
  if (best?.kind !== 'stat') return undefined;
  const stat = records.stats.get(best.id);
  return stat === undefined ? undefined : seriesOf(records, stat);
}
