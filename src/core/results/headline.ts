import type { Stat } from '../data/schema.js';
import type { Records } from '../data/records.js';

const REGION = '长三角';
// Task counts and completion of a plan: the plan results already say them.
const PLAN_FIGURE = /三年行动计划/;

// Ranked once per knowledge base: every declined answer draws its example questions from it.
const rankedCache = new WeakMap<Records, Stat[]>();

/**
 * The region-wide results the data states, newest first: what `/stats` shows with no topic and what
 * example questions are drawn from. Targets and figures about one province come after.
 */
export function headlineStats(records: Records): Stat[] {
  let ranked = rankedCache.get(records);
  if (ranked === undefined) {
    // A page we could not verify never heads the list; each series shows once, by its newest value.
    const unverified = (s: Stat): boolean => {
      const status = records.sources.get(s.source)?.status;
      return status === 'unverified' || status === 'mt';
    };
    const rank = (s: Stat): number =>
      (unverified(s) ? 4 : 0) + (s.scope === REGION ? 0 : 2) + (s.target ? 1 : 0);
    const seen = new Set<string>();
    ranked = records.knowledge.stats
      .filter((s) => !PLAN_FIGURE.test(s.metric))
      .sort((a, b) => rank(a) - rank(b) || b.as_of.localeCompare(a.as_of))
      .filter((s) => {
        if (s.series === undefined) return true;
        const key = `${s.series}|${s.scope}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    rankedCache.set(records, ranked);
  }
  // A copy: callers may sort or cut their list.
  return [...ranked];
}
