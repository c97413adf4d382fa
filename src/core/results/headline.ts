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
    const rank = (s: Stat): number => (s.scope === REGION ? 0 : 2) + (s.target ? 1 : 0);
    ranked = records.knowledge.stats
      .filter((s) => !PLAN_FIGURE.test(s.metric))
      .sort((a, b) => rank(a) - rank(b) || b.as_of.localeCompare(a.as_of));
    rankedCache.set(records, ranked);
  }
  // A copy: callers may sort or cut their list.
  return [...ranked];
}
