import type { Result } from '../answer.js';
import type { CommandDefinition, CommandOutput, CoreContext } from '../context.js';
import { hitResult, withoutEchoes, withoutRepeatedFacts } from '../hit-results.js';
import { detectIntent, type QueryIntent } from '../intent.js';
import { listedArea } from '../area-question.js';
import type { Area } from '../data/schema.js';
import { namesQuantity } from '../figure-fit.js';
import { steerToFacet } from '../fact-steering.js';
import { figurePage, relevantHits } from '../page-filter.js';
import { askedFacet } from '../plan-facts.js';
import type { Records } from '../records.js';
import { areaResult, suggestionResult, taskResult } from '../results.js';
import { seriesOfBest } from '../series.js';
import { exampleQuestions } from '../suggestions.js';

/**
 * Share of a question's content words the best record must match for the bot to answer at all.
 * Calibrated on test/core/questions.ts: the lines to decline reach at most 0.40 (世界杯 meets 世界级),
 * answerable lines at least 0.67; the threshold sits between the two.
 */
export const MIN_COVERAGE = 0.55;
const MAX_RESULTS = 20;

// Words that only name the plan or its parts: a question made of nothing else asks for the overview.
const OVERVIEW_FILLER =
  /长三角|长江三角洲|一体化|发展|三年|行动|计划|规划|第[一二三123]轮|首轮|新一轮|最新|本轮|[一二三四五六七八九十两\d]+个?|\d{4}\s*[—–~-]\s*\d{4}|\d{4}|年|方面|领域|板块|大块|部分|共|分为|分成|包括|包含|涉及|覆盖|主要|重点|哪些|哪几个|几个|有|的|是|什么|多少|个|吗|呢|[?？!！,，。.\s]|\b(the|plan|yrd|yangtze|river|delta|integration|three|year|action|areas?|aspects?|fields?|which|what|are|does|do|have|has|cover|covers|include|includes|how|many|of|in|it|its|there|new|latest|current|round)\b/g;

function asksOverviewOnly(intent: QueryIntent): boolean {
  return intent.overview && intent.topic.replace(OVERVIEW_FILLER, '').replace(/[^\p{L}]/gu, '').length === 0;
}

function declined(ctx: CoreContext, lang: 'zh' | 'en', intent: QueryIntent): CommandOutput {
  const results = exampleQuestions(ctx.records, lang).map((q) => suggestionResult(q));
  return { answered: false, intent: intent.kind, results, error: 'no-match' };
}

/** "生态方面有哪些任务": the area, then its tasks. */
function areaTasks(records: Records, area: Area): CommandOutput {
  const score = 1;
  const results: Result[] = [
    areaResult(records, area, score),
    ...(records.tasksByArea.get(area.id) ?? []).map((t) => taskResult(records, t, score)),
  ];
  return { answered: true, intent: 'list', results, area: area.id };
}

export const askCommand: CommandDefinition = {
  name: 'ask',
  run(ctx, { arg, lang }) {
    const { records, engine } = ctx;
    const intent = detectIntent(arg, records.knowledge.plans);
    const area = listedArea(records, arg, intent);
    if (area !== undefined) return areaTasks(records, area);
    const newestPlan = records.currentAreas[0]?.plan;
    const overviewPlan = intent.plan ?? newestPlan;
    const areasAnswer =
      intent.overview &&
      overviewPlan === newestPlan &&
      records.currentAreas.length > 0 &&
      asksOverviewOnly(intent);

    const kindWeights =
      intent.kind === 'figure'
        ? { stat: 2, plan: 1.5 }
        : intent.kind === 'list'
          ? { task: 1.5, area: 1.5 }
          : {};
    const options = intent.plan === undefined ? { kindWeights } : { kindWeights, plan: intent.plan };
    let searched = intent.topic;
    let hits = engine.search(searched, options);
    // "How many tasks did the first plan have?": once the plan words are gone little is left, and the
    // plan itself is the answer, so the whole line is searched.
    if (intent.plan !== undefined && !((hits[0]?.coverage ?? 0) >= MIN_COVERAGE)) {
      searched = arg;
      hits = engine.search(searched, options);
    }
    const best = hits[0];
    if (!areasAnswer && (best === undefined || best.coverage < MIN_COVERAGE))
      return declined(ctx, lang, intent);

    hits = relevantHits(steerToFacet(records, hits, askedFacet(arg)), intent.plan);
    if ((intent.kind === 'figure' || namesQuantity(arg)) && !areasAnswer) {
      const page = figurePage(records, engine, searched, hits);
      if (page === undefined) return declined(ctx, lang, intent);
      hits = page;
    }

    let results: Result[] = [];
    // "几个方面": the count first, then the areas themselves.
    const top = hits[0]?.coverage ?? 0;
    const count =
      areasAnswer && intent.kind === 'figure'
        ? hits.find((h) => h.doc.kind === 'stat' && h.coverage >= top - 0.15)
        : undefined;
    if (count !== undefined) {
      const result = hitResult(records, count);
      if (result !== undefined) results.push(result);
    }
    if (areasAnswer)
      results.push(
        ...records.currentAreas.map((a) =>
          areaResult(records, a, Math.round((best?.score ?? 1) * 1000) / 1000),
        ),
      );
    for (const hit of hits) {
      if (results.length >= MAX_RESULTS) break;
      if ((areasAnswer && hit.doc.kind === 'area') || hit === count) continue;
      const result = hitResult(records, hit);
      if (result !== undefined) results.push(result);
    }
    results = withoutRepeatedFacts(withoutEchoes(results));
    const series = seriesOfBest(records, results);
    return { answered: results.length > 0, intent: intent.kind, results, ...(series && { series }) };
  },
};
