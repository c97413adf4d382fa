import type { Result } from '../types.js';
import type { CommandDefinition, CommandOutput, CoreContext } from './command.js';
import { hitResult, withoutEchoes, withoutRepeatedFacts } from '../results/hit-results.js';
import { detectIntent, type QueryIntent } from '../question/intent.js';
import { asksWhichArea, listedArea } from '../question/areas.js';
import type { Area } from '../data/schema.js';
import { askedMeasures, namesQuantity } from '../question/measures.js';
import { steerToFacet } from '../ranking/facets.js';
import { countsItems, figurePage, statesQuantity } from '../ranking/figures.js';
import { relevantHits } from '../ranking/relevance.js';
import { echoedFigure } from '../ranking/echoed.js';
import { losesWordOf } from '../ranking/lost-words.js';
import { withItemsOfCount, withListOfSize } from '../ranking/items.js';
import { askedFacet } from '../question/facet.js';
import type { Records } from '../data/records.js';
import { areaResult, suggestionResult, taskResult } from '../results/from-records.js';
import { withOwnerCard, withTaskArea } from '../results/owner-card.js';
import { exampleQuestions } from '../results/examples.js';
import { TUNING } from '../ranking/tuning.js';
import { hasConstraints, readConstraints, type Constraints } from '../question/constraints.js';
import { meetsConstraints, repeatsRejected, unmetOf } from '../ranking/constraints.js';
import { collapseSeries, seriesKey, seriesResult } from '../results/series.js';
import type { SearchEngine, SearchHit, SearchOptions } from '../search/engine.js';
import { seriesOfBest } from '../results/chart-series.js';
import { namesOtherRegion } from '../question/places.js';
import { ordersTheBot } from '../question/instructions.js';
import { countedNoun, countedNounEn } from '../question/counted.js';
import { asksForAdvice } from '../question/advice.js';
import { namesForeignCountry } from '../question/countries.js';
import { foldText, mandarinQuestionWords, readQuestion } from '../text/fold.js';
import { bylineResult } from '../results/byline.js';
import { outletResults } from '../results/publisher.js';

const MAX_RESULTS = 20;

// Quantities asked in words that do not make a figure question (要多久, in sq km, not the percentage).
const QUANTITIES_ASKED_ALONE: ReadonlySet<string> = new Set([
  'area',
  'duration',
  'volume',
  'count',
  'containers',
]);

// Words that only name the plan or its parts: a question made of nothing else asks for the overview.
const OVERVIEW_FILLER =
  /长三角|长江三角洲|一体化|发展|三年|行动|计划|规划|第[一二三123]轮|首轮|新一轮|最新|本轮|这一?轮|那一?轮|[一二三四五六七八九十两\d]+个?|\d{4}\s*[—–~-]\s*\d{4}|\d{4}|年|方面|领域|板块|大块|部分|共|分为|分成|分几|分|几大块|块|包括|包含|涉及|覆盖|主要|重点|哪些|哪几个|几个|有|的|是|什么|多少|个|吗|呢|[?？!！,，。.\s]|\b(the|plan|yrd|yangtze|river|delta|integration|three|year|action|areas?|aspects?|fields?|which|what|are|does|do|have|has|cover|covers|include|includes|how|many|of|in|it|its|there|new|latest|current|round|yr|is|into|split|divided|parts|for)\b|\d+[\s-]?yrs?\b/g;

// The count of a plan's areas (…方面数), not any statistic the frame's words happen to find.
const AREA_COUNT = /方面|领域数/;

function asksOverviewOnly(intent: QueryIntent): boolean {
  return intent.overview && intent.topic.replace(OVERVIEW_FILLER, '').replace(/[^\p{L}]/gu, '').length === 0;
}

function declined(ctx: CoreContext, lang: 'zh' | 'en', intent: QueryIntent): CommandOutput {
  const results = exampleQuestions(ctx.records, lang).map((q) => suggestionResult(q));
  return { answered: false, intent: intent.kind, results, error: 'no-match' };
}

/** The hit as a reader would get it: a statistic with the rest of its series. */
function resultOf(records: Records, hit: SearchHit, year: string | undefined): Result | undefined {
  const stat = hit.doc.kind === 'stat' ? records.stats.get(hit.doc.id) : undefined;
  return stat === undefined ? hitResult(records, hit) : seriesResult(records, stat, hit.score, year);
}

const NEAREST = 3;

/**
 * Nothing meets what the question pinned (a year, a place, an area): say so, and show the nearest
 * records as such, never as the answer.
 */
function noExact(
  records: Records,
  intent: QueryIntent,
  constraints: Constraints,
  hits: readonly SearchHit[],
): CommandOutput {
  const nearest: Result[] = [];
  for (const hit of hits) {
    if (nearest.length >= NEAREST * 2) break;
    const result = resultOf(records, hit, undefined);
    if (result !== undefined) nearest.push({ ...result, nearest: true });
  }
  const results = collapseSeries(records, withoutRepeatedFacts(withoutEchoes(nearest))).slice(0, NEAREST);
  return {
    answered: false,
    intent: intent.kind,
    results,
    error: 'no-exact',
    unmet: unmetOf(records, constraints),
  };
}

// How many records that meet the constraints are tried when an act or a person is asked.
const MAX_TRIES = 3;
const CODE_WORD = /^(?=.*[a-z])(?=.*\d)[a-z0-9.]+$/;

function givesRejected(records: Records, hit: SearchHit | undefined, rejected: string): boolean {
  const result = hit === undefined ? undefined : resultOf(records, hit, undefined);
  return result !== undefined && repeatsRejected(result, rejected);
}

function isBoundFigure(records: Records, hit: SearchHit | undefined): boolean {
  const stat = hit?.doc.kind === 'stat' ? records.stats.get(hit.doc.id) : undefined;
  return stat?.qualifier !== undefined;
}

/** The words of a question that the constraints check on their own: its year, place and act (成立). */
function pinnedWords(c: Constraints): string[] {
  return [c.year, c.place, ...(c.guessedPlace ?? []), c.act].filter((w) => w !== undefined);
}

/**
 * Whether the record that meets the constraints is about what the best record overall is about, the
 * year and place aside (they would favour it): else it is another topic of that year (the R&D growth
 * of 2024 for "2024年研发投入强度", the FDI share of 2019 for "2019年GDP占全国比重"), and the honest
 * answer is that nothing meets.
 */
function aboutTheSame(
  engine: SearchEngine,
  question: string,
  options: SearchOptions & { ignoreUnits: string[] },
  meeting: SearchHit,
  asksAct: boolean,
): boolean {
  // PM2.5, 5G, G60: a code the question names is its topic; a record without it is about something else.
  if (
    engine
      .unitShares(question, meeting.doc.key, options.ignoreUnits)
      .some(({ unit, share }) => unit.kind === 'latin' && CODE_WORD.test(unit.text) && share === 0)
  )
    return false;
  const topical = engine.search(question, options);
  const best = topical[0];
  const bar = (best?.coverage ?? 0) - TUNING.constraintCoverageGap;
  const coverage = topical.find((h) => h.doc.key === meeting.doc.key)?.coverage ?? 0;
  // 高速公路 asked, 高铁 of that year found: a word the best record holds whole and this one barely,
  // with less of the question matched, is another topic however close the shares.
  if (
    best !== undefined &&
    best.doc.key !== meeting.doc.key &&
    coverage < best.coverage &&
    losesWordOf(engine, question, best.doc.key, meeting.doc.key, { ignoreUnits: options.ignoreUnits })
  )
    return false;
  // A fact of a meeting carries the meeting's words. When was X founded: X must be what the fact
  // itself says was founded (成立…建设办公室 is not 区域合作办公室, the host of the briefing).
  const own =
    asksAct && meeting.doc.kind === 'fact'
      ? engine.ownCoverage(question, meeting.doc.key, options.ignoreUnits)
      : coverage;
  return coverage >= bar && own >= bar;
}

/** Whether a record holds most of a topic asked about ("讲没讲数据中心集群": 数据中心, 集群). */
function holdsTopic(engine: SearchEngine, topic: string, hit: SearchHit): boolean {
  const shares = engine.unitShares(topic, hit.doc.key).filter(({ unit }) => unit.optional !== true);
  const weight = shares.reduce((sum, { unit }) => sum + unit.weight, 0);
  const held = shares.reduce((sum, { unit, share }) => sum + unit.weight * share, 0);
  return weight === 0 || held / weight >= TUNING.minCoverage;
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
    const folded = readQuestion(arg);
    if (
      namesOtherRegion(folded) ||
      ordersTheBot(folded) ||
      asksForAdvice(folded) ||
      namesForeignCountry(records.knowledge, folded)
    )
      return declined(ctx, lang, intent);
    const byline = bylineResult(records, folded, () => engine.analyzer.prepare(arg));
    if (byline !== undefined) return { answered: true, intent: intent.kind, results: [byline] };
    const outlets = outletResults(records, engine, folded);
    if (outlets !== undefined && outlets.length > 0)
      return { answered: true, intent: intent.kind, results: outlets };
    const area = listedArea(records, arg, intent);
    if (area !== undefined) return areaTasks(records, area);
    const constraints = readConstraints(records, arg, intent);
    const newestPlan = records.newestPlan?.id;
    const overviewPlan = intent.plan ?? newestPlan;
    // "2027—2029年那轮有几个方面": a plan the data does not have is not the newest one's overview.
    const areasAnswer =
      intent.overview &&
      constraints.unknownPlan === undefined &&
      overviewPlan === newestPlan &&
      records.currentAreas.length > 0 &&
      asksOverviewOnly(intent);

    const kindWeights = TUNING.intentWeights[intent.kind];
    let options: SearchOptions =
      intent.plan === undefined ? { kindWeights } : { kindWeights, plan: intent.plan };
    let searched = intent.topic;
    let hits = engine.search(searched, options);
    // "How many tasks did the first plan have?": once the plan words are gone little is left, and the
    // plan itself is the answer, so the whole line is searched.
    // So is it when only another plan's records match enough of what is left.
    const ofPlan = (hit: SearchHit): boolean =>
      hit.doc.kind === 'plan' ? hit.doc.id === intent.plan : (hit.doc.plan ?? intent.plan) === intent.plan;
    if (intent.plan !== undefined && !((hits.find(ofPlan)?.coverage ?? 0) >= TUNING.minCoverage)) {
      searched = mandarinQuestionWords(foldText(arg));
      hits = engine.search(searched, options);
      // "how many key tasks are in the new plan": every word left is a frame word; the plan is named as
      // its records name it (第三轮).
      if (hits.length === 0) {
        const round = records.plans.get(intent.plan)?.aliases.find((a) => /^第.轮$/.test(a));
        if (round !== undefined) {
          searched = `${round} ${intent.topic}`;
          hits = engine.search(searched, options);
        }
      }
    }
    // An English question about a sentence only the Chinese text has: its words in Chinese (lexicon.ts).
    const covered = (found: readonly SearchHit[]): number => Math.max(0, ...found.map((h) => h.coverage));
    if (lang === 'en' && covered(hits) < TUNING.minCoverage) {
      const translating = { ...options, translate: true };
      const again = engine.search(searched, translating);
      if (covered(again) > covered(hits)) {
        hits = again;
        options = translating;
      }
    }
    // A record that covers too little of the question never outranks one that covers enough, however
    // its score (a long passage holding every word scores lower than a short record holding half).
    if ((hits[0]?.coverage ?? 0) < TUNING.minCoverage && hits.some((h) => h.coverage >= TUNING.minCoverage))
      hits = [
        ...hits.filter((h) => h.coverage >= TUNING.minCoverage),
        ...hits.filter((h) => h.coverage < TUNING.minCoverage),
      ];
    const best = hits[0];
    if (!areasAnswer && (best === undefined || best.coverage < TUNING.minCoverage))
      return declined(ctx, lang, intent);

    // 今天上海天气怎么样: a word the data never uses (filler words are not such words) makes it another
    // topic, not a near miss of ours.
    // English questions carry many words no record uses, so only a Chinese one counts here.
    if (hasConstraints(constraints) && engine.unknownUnits(searched).some((u) => u.kind === 'han'))
      return declined(ctx, lang, intent);
    // 多少个机架: what is counted is a thing no record names, so any count found is of something else.
    // The noun is the phrase's last word (相同条款 counts 条款).
    const counted = countedNoun(folded);
    const countedHead =
      counted === undefined ? undefined : engine.units(counted).findLast((u) => u.optional !== true);
    if (
      counted !== undefined &&
      countedHead !== undefined &&
      engine.unknownUnits(counted).some((u) => u.text === countedHead.text)
    )
      return declined(ctx, lang, intent);
    // "how many server racks": the same in English, for a noun neither the index nor the lexicon knows
    // ("deals" is 交易 in the lexicon; "consortia" a word of the records).
    const countedEn = countedNounEn(folded);
    const countedUnit = countedEn === undefined ? undefined : engine.units(countedEn)[0]?.text;
    if (
      countedUnit !== undefined &&
      engine.unknownUnits(searched, true).some((u) => u.kind === 'latin' && u.text === countedUnit)
    )
      return declined(ctx, lang, intent);
    const found = hits;
    // A plan named is a constraint too, but one whose question may use any words.
    const pinned = hasConstraints(constraints) || constraints.plan !== undefined;
    if (pinned && !areasAnswer) {
      // The values of one series answer alike: each series is checked once.
      const verdicts = new Map<string, boolean>();
      const meets = (hit: SearchHit): boolean => {
        const stat = hit.doc.kind === 'stat' ? records.stats.get(hit.doc.id) : undefined;
        const key = (stat && seriesKey(stat)) ?? hit.doc.key;
        let verdict = verdicts.get(key);
        if (verdict === undefined) {
          const result = resultOf(records, hit, constraints.year);
          verdict = result !== undefined && meetsConstraints(records, result, constraints);
          verdicts.set(key, verdict);
        }
        return verdict;
      };
      // "要准确数": the record that answers best states only a bound (90%以上), so no exact figure is known;
      // "not the 90% thing": it states the figure the asker already has. Either way the next record is
      // another topic, not a better answer.
      if (
        (constraints.exact === true && isBoundFigure(records, hits[0])) ||
        (constraints.rejected !== undefined && givesRejected(records, hits[0], constraints.rejected))
      )
        return noExact(records, intent, constraints, hits);
      const meeting = hits.filter(meets);
      // "Who was the Anhui official at the briefing": a line of the briefing found is about that briefing.
      const atEventFound = (hit: SearchHit): boolean =>
        constraints.who === true &&
        hit.doc.kind === 'fact' &&
        hit.doc.event !== undefined &&
        found.slice(0, NEAREST).some((h) => h.doc.kind === 'event' && h.doc.id === hit.doc.event);
      const answers = (hit: SearchHit): boolean =>
        hit.coverage >= TUNING.minCoverage &&
        (constraints.saidAbout === undefined || holdsTopic(engine, constraints.saidAbout, hit)) &&
        // A person named is the topic: the record naming them is about them, whatever else it matches.
        (constraints.person !== undefined ||
          atEventFound(hit) ||
          aboutTheSame(
            engine,
            searched,
            { ...options, ignoreUnits: pinnedWords(constraints) },
            hit,
            // What was founded must be what a meeting's fact says was founded; a plan's own fact
            // (2024年7月25日正式发布) is about the plan itself.
            constraints.act !== undefined && hit.doc.plan === undefined,
          ));
      // When an act is asked, another record's fact that says it (七部门…联合印发) may rank above the
      // plan's own; the next few are looked at too.
      // So may another speaker's line when who is asked (安徽的官员 is one name of a briefing's roster).
      const tried =
        constraints.act === undefined && constraints.who !== true
          ? meeting.slice(0, 1)
          : meeting.slice(0, MAX_TRIES);
      const at = tried.findIndex(answers);
      if (at < 0) return noExact(records, intent, constraints, hits);
      hits = meeting.slice(at);
    }

    const facet = askedFacet(arg);
    const steered = steerToFacet(records, hits, facet);
    hits = withListOfSize(
      withItemsOfCount(records, engine, relevantHits(steered, intent.plan), arg),
      arg,
      TUNING.listCoverageGap,
    );
    if ((intent.kind === 'figure' || namesQuantity(arg)) && !areasAnswer) {
      // A figure in the quantity asked may score far below a count of the same topic ("how much money…
      // joint research projects"): it is looked for among every statistic found before giving up. A count
      // of items (辅助生殖有几项…) may be a sentence that the relevance filter dropped.
      const page =
        figurePage(records, engine, searched, hits) ??
        // (A count asked only by ruling a share out names no unit to look for.)
        (askedMeasures(arg).some((m) => m !== 'count')
          ? figurePage(
              records,
              engine,
              searched,
              // …but not one far behind the best record that lacks a word of it (沪苏湖全长 asked: the
              // region's 高铁里程; the budget of the low-altitude economy: the region's GDP).
              steered.filter(
                (h) =>
                  h.doc.kind === 'stat' &&
                  (h.coverage >= steered[0]!.coverage - TUNING.figures.fallbackCoverageGap ||
                    !losesWordOf(engine, searched, steered[0]!.doc.key, h.doc.key, { chineseOnly: true })),
              ),
            )
          : countsItems(folded)
            ? figurePage(records, engine, searched, steered)
            : undefined);
      if (page === undefined) {
        // What meets the question's year or place states no such figure, but a figure of it is known
        // elsewhere: that is the nearest. No figure of the quantity at all: nothing to show.
        const nearest = pinned ? figurePage(records, engine, searched, found) : undefined;
        return nearest === undefined
          ? declined(ctx, lang, intent)
          : noExact(records, intent, constraints, nearest);
      }
      hits = page;
    }

    // "跑完一圈要多久", "how big … in sq km": a question that words no figure still asks for one in
    // that unit, which the record that answers must state.
    const quantities = askedMeasures(arg).filter((m) => QUANTITIES_ASKED_ALONE.has(m));
    if (
      quantities.length > 0 &&
      hits[0] !== undefined &&
      !areasAnswer &&
      !statesQuantity(records, hits[0], quantities)
    )
      return pinned ? noExact(records, intent, constraints, hits) : declined(ctx, lang, intent);

    let results: Result[] = [];
    // "几个方面": the count first, then the areas themselves.
    const top = hits[0]?.coverage ?? 0;
    const count =
      areasAnswer && intent.kind === 'figure'
        ? hits.find(
            (h) =>
              h.doc.kind === 'stat' &&
              AREA_COUNT.test(h.doc.name) &&
              h.coverage >= top - TUNING.overviewCountGap,
          )
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
    results = collapseSeries(
      records,
      withoutRepeatedFacts(withoutEchoes(results)),
      constraints.year,
      constraints.wantsTarget === true,
    );
    // "…target": once a goal answers it, other figures that are not goals do not pad the page.
    const first = results[0];
    if (constraints.wantsTarget === true && first?.kind === 'stat' && first.target)
      results = results.filter((r) => r.kind !== 'stat' || r.target);
    results = withTaskArea(records, withOwnerCard(records, results, facet), asksWhichArea(folded));
    const series = seriesOfBest(records, results);
    const echoed = echoedFigure(folded, results[0]);
    if (echoed !== undefined) return noExact(records, intent, { ...constraints, echoed }, hits);
    return { answered: results.length > 0, intent: intent.kind, results, ...(series && { series }) };
  },
};
