import type { Result, Series } from '../types.js';
import type { CommandDefinition } from './command.js';
import { headlineStats } from '../results/headline.js';
import { detectIntent } from '../question/intent.js';
import { planResult, statResult, suggestionResult } from '../results/from-records.js';
import { TUNING } from '../ranking/tuning.js';
import { collapseSeries, seriesResult } from '../results/series.js';
import { chartSeries, seriesOfBest } from '../results/chart-series.js';

const MAX_RESULTS = 25;

/** `/stats [topic]`: statistics cards on a topic; with none, the plans' task counts and the headline figures. */
export const statsCommand: CommandDefinition = {
  name: 'stats',
  run({ records, engine }, { arg, lang }) {
    if (arg.length === 0) {
      const results: Result[] = [
        ...records.plansNewestFirst.map((p) => planResult(records, p, 1)),
        ...headlineStats(records).map((s) => seriesResult(records, s, 1)),
      ];
      const series = headlineStats(records).reduce<Series | undefined>(
        (found, s) => found ?? chartSeries(records, s),
        undefined,
      );
      return { answered: results.length > 0, intent: 'figure', results, ...(series && { series }) };
    }
    // Autocomplete hands back a stat id.
    const exact = records.stats.get(arg);
    if (exact !== undefined) {
      const series = chartSeries(records, exact);
      return {
        answered: true,
        intent: 'figure',
        results: [statResult(records, exact, 1)],
        ...(series && { series }),
      };
    }

    const intent = detectIntent(arg, records.knowledge.plans);
    const options =
      intent.plan === undefined
        ? { kinds: ['stat'] as const }
        : { kinds: ['stat'] as const, plan: intent.plan };
    const hits = engine.search(intent.topic, options);
    const best = hits[0];
    if (best === undefined || best.coverage < TUNING.minCoverage) {
      const topics = headlineStats(records)
        .slice(0, 5)
        .map((s) => suggestionResult(`/stats ${lang === 'en' ? s.metric_en : s.metric}`));
      return { answered: false, intent: 'figure', results: topics, error: 'no-match' };
    }
    const found = hits
      .filter((h) => h.coverage >= Math.max(TUNING.minCoverage, best.coverage - TUNING.statsCoverageGap))
      .slice(0, MAX_RESULTS)
      .flatMap((h) => {
        const stat = records.stats.get(h.doc.id);
        return stat === undefined ? [] : [statResult(records, stat, Math.round(h.score * 1000) / 1000)];
      });
    // A metric's values over the years show as one card, newest first; the best one's series is charted.
    const results = collapseSeries(records, found);
    const series = seriesOfBest(records, results);
    return { answered: true, intent: 'figure', results, ...(series && { series }) };
  },
};
