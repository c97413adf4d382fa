import type { SearchEngine, SearchHit } from '../search/engine.js';
import {
  askedMeasures,
  isMeasureWord,
  NOT_A_SHARE,
  planMeasures,
  statMeasures,
  textMeasures,
} from '../question/measures.js';
import type { Records } from '../data/records.js';
import { TUNING } from './tuning.js';
import { losesWordOf } from './lost-words.js';
import { namesSeveralPlans } from './constraints.js';
import { foldText, readQuestion } from '../text/fold.js';
import { normalizeNumerals } from '../text/numerals.js';
import { endKey } from '../text/dates.js';
import { placeNamed, PROVINCES } from '../question/places.js';
import { asksForTarget } from '../question/constraints.js';
import { partOfYearIn } from '../question/years.js';
import { coverage } from '../search/analyzer.js';

const {
  scoreShare: FIGURE_SCORE_SHARE,
  coverageGap: FIGURE_COVERAGE_GAP,
  newerScoreShare: NEWER_SCORE_SHARE,
} = TUNING.figures;

/** What an English "how many X" counts, as the data writes it. */
const ENGLISH_COUNTED: Readonly<Record<string, string>> = {
  cities: '城市',
  provinces: '省',
  tasks: '项',
  projects: '项',
  items: '项',
  km: '公里',
  kilometers: '公里',
  kilometres: '公里',
  companies: '家',
  firms: '家',
  enterprises: '家',
  batches: '批',
  chapters: '章',
  sections: '节',
  stations: '站',
  hours: '小时',
  minutes: '分钟',
};

// Units of a quantity rather than a count of things.
const OTHER_QUANTITY = /人次|元|%|公里|吨|平方|小时|岁|倍/;

/** "有几项", "多少项": a count of items, which a sentence may state as well as a statistic. */
export function countsItems(question: string): boolean {
  return askedClassifier(question) === '项';
}

/** The measure word of "多少台", "几个", "多少公里", "how many cities": the unit the asker expects. */
function askedClassifier(question: string): string | undefined {
  // "how many cities", "how many new cities"
  const english = /\bhow many (\w+)(?: (\w+))?/.exec(readQuestion(question));
  const counted =
    english === null ? undefined : (ENGLISH_COUNTED[english[1]!] ?? ENGLISH_COUNTED[english[2] ?? '']);
  return (
    counted ??
    (/(?:多少|几)个?大?(?:方面|领域|板块)/.test(question) ? '方面' : undefined) ??
    /(?:多少|几)(?:万|亿)?(人次|公里|台|个|项|家|条|次|批|届|辆|元|年|章|节|座|所|张|小时|分钟)/.exec(
      question,
    )?.[1]
  );
}

/** What a figure is counted in: a statistic's unit; a plan counts 项; a fact, the words of its number. */
function unitOf(records: Records, hit: SearchHit): string {
  if (hit.doc.kind === 'stat') return records.stats.get(hit.doc.id)?.unit ?? '';
  return hit.doc.kind === 'fact' ? normalizeNumerals(hit.doc.name) : '项';
}

/** Whether a figure counts in `unit`: a statistic's unit is it; a fact states a number of it (十二章, not 第一章). */
function countsIn(records: Records, hit: SearchHit, unit: string): boolean {
  const text = unitOf(records, hit);
  // A statistic counts in its unit, or in what its metric names (长三角GDP万亿元城市数: cities).
  if (hit.doc.kind === 'stat') return text.includes(unit) || (unit.length > 1 && hit.doc.name.includes(unit));
  if (hit.doc.kind !== 'fact') return text.includes(unit);
  return new RegExp(`(?<![第\\d.])\\d+(?:\\.\\d+)?\\s*(?:万|亿)?(?:个|座|家|项)?${unit}`).test(text);
}

/**
 * A figure: a statistic, a plan's count, or a fact that states a number (an item of a 实事项目 list), or
 * for "第几次" the ordinal it states (第三次全体会议).
 */
const isFigure = (h: SearchHit, ordinal = false): boolean =>
  h.doc.kind === 'stat' ||
  h.doc.kind === 'plan' ||
  (h.doc.kind === 'fact' &&
    (COUNTS.test(normalizeNumerals(h.doc.name)) || (ordinal && ORDINAL.test(normalizeNumerals(h.doc.name)))));

const ORDINAL = /第\s?\d+\s?(?:次|届|轮|批|个|名|位)/;
const ASKS_ORDINAL =
  /第几|\bwhich (session|edition|meeting|round|plenary)\b|\bwhat (session|edition|number)\b/;

/** A number that counts something (7万个, 200项, 1.9), not a year, a date, an ordinal (第1章) or a code (G9508次). */
const COUNTS =
  /(?<![第\d.A-Za-z])\d+(?:\.\d+)?\s*(?:万|亿)?(?:项|个|件|家|条|平方公里|公里|千米|%|座|批|次|人|元|倍|辆|台|所|章|节|以内|以上)/;

/** Measure words that count the same things: 几件 is answered in 项, 多少家 in 个. */
const SAME_COUNT: Readonly<Record<string, readonly string[]>> = {
  件: ['件', '项', '个'],
  家: ['家', '个'],
  座: ['座', '个'],
  条: ['条', '项'],
  所: ['所', '个'],
  站: ['站', '个', '座'],
  // 几台电动车: vehicles and machines are counted in 台 and 辆 alike.
  台: ['台', '辆', '套'],
  辆: ['辆', '台'],
  // 几个方面: a count of a plan's areas, whatever a source calls them.
  方面: ['方面', '领域', '板块'],
};

/** The region as a whole: a figure of it answers a question that names no narrower place. */
const REGION = '长三角';

/**
 * Whether the question names the scope of a figure: a figure of the demonstration zone or of one
 * province answers "示范区…" or "安徽…", not a question about the whole region.
 */
function namesScope(question: string, scope: string): boolean {
  if (scope === REGION || !PART_OF_REGION.test(scope)) return true;
  const folded = readQuestion(question);
  return (
    folded.includes(scope) ||
    placeNamed(folded) === scope ||
    (scope === '示范区' && /示范区|demonstration zone|demo zone/.test(folded)) ||
    (scope === '中心区' && /中心区|\b(central|core) (area|zone|region)\b/.test(folded))
  );
}

/** Words that name the whole region (or the Outline, which covers it). */
const NAMES_REGION = /长三角|长江三角洲|三省一市|纲要|\b(yrd|yangtze|delta|outline)\b/;

/** Scopes that are one part of the region (a province, the central area, the demonstration zone). */
const PARTS = [...PROVINCES, '示范区', '中心区'].join('|');
const PART_OF_REGION = new RegExp(`^(${PARTS})$`);
/** A sentence about one part: 中心区为27个城市… */
const PART_OF_REGION_FIRST = new RegExp(`^(${PARTS})`);

const PER_N = /每(?:生产)?\s*\d+\s*[辆台个家项]/;
// What a share of the nation's figure answers: 全国…有多少是长三角的, out of every ten, come from the delta.
const ASKS_RELATIVE =
  /全国|每|占|比|几成|来自|出自|是长三角|\b(?:national|nationwide|china|country|out of|every|per|share|percent|proportion|ratio|come from|comes from|came from|from the (?:yrd|delta|region))\b/;

/**
 * Whether a record states a quantity in the unit asked ("要多久", "in sq km"): a task that only names
 * the place or the line states neither its area nor its travel time.
 */
export function statesQuantity(records: Records, hit: SearchHit, measures: readonly string[]): boolean {
  if (hit.doc.kind === 'stat') {
    const stat = records.stats.get(hit.doc.id);
    return stat !== undefined && statMeasures(stat, measures);
  }
  return textMeasures(normalizeNumerals(hit.doc.kind === 'passage' ? hit.doc.body : hit.doc.name), measures);
}

/** Whether a figure's unit measures the quantity the question asks for (people, money, tonnes...). */

export function figureFits(
  records: Records,
  question: string,
  hit: SearchHit,
  regionalCoverage = Infinity,
): boolean {
  const measures = askedMeasures(question);
  if (hit.doc.kind === 'stat') {
    const stat = records.stats.get(hit.doc.id);
    if (stat === undefined || !statMeasures(stat, measures)) return false;
    // 全国每生产10辆…来自长三角4辆: a share of the nation's output, no count of what the region made.
    if (PER_N.test(stat.metric) && !ASKS_RELATIVE.test(readQuestion(question).replace(NOT_A_SHARE, ' ')))
      return false;
    // A part's figure answers a question that names the part, or one nothing region-wide matches as well
    // (共同富裕示范区 is 浙江's own), unless the question names the region itself.
    if (
      !namesScope(question, stat.scope) &&
      (hit.coverage <= regionalCoverage || NAMES_REGION.test(readQuestion(question)))
    )
      return false;
  } else if (hit.doc.kind === 'plan') {
    const plan = records.plans.get(hit.doc.id);
    if (plan === undefined || !planMeasures(plan, measures)) return false;
  } else if (hit.doc.kind === 'fact') {
    // A fact answers a question for a quantity when it states a number in that quantity's unit.
    if (!textMeasures(normalizeNumerals(hit.doc.name), measures)) return false;
    // 中心区为27个城市…面积22.5万平方公里: a part's figure, like a part's statistic.
    const subject = PART_OF_REGION_FIRST.exec(hit.doc.name)?.[1];
    if (subject !== undefined && !namesScope(question, subject)) return false;
  } else return false;
  return true;
}

// The words of a share's name that say whose share it is, not what it is a share of.
const SHARE = /比重|占比|\bshare\b/i;
const SHARE_FRAME =
  /长三角|长江三角洲|三省一市|占全国比重|占全国|全国|比重|占比|\b(?:yrd|share|of|china'?s?|national|nation'?s|the|in|to|from|yangtze|river|delta)\b/gi;

/**
 * Whether a share is of another subject than the question's: "what share of China's lithium battery
 * output…" is not answered by the share of China's land area, which holds only the share's own words.
 */
function shareOfAnother(engine: SearchEngine, question: string, hit: SearchHit): boolean {
  if (hit.doc.kind !== 'stat' || !SHARE.test(`${hit.doc.name} ${hit.doc.en}`)) return false;
  const { analyzer } = engine;
  const termsOf = (text: string, tokenize: (t: string) => string[]): string[] =>
    tokenize(text).flatMap((t) => analyzer.processTerm(t) ?? []);
  const subject = new Set(
    termsOf(`${hit.doc.name} ${hit.doc.en}`.replace(SHARE_FRAME, ' '), analyzer.tokenizeDocument),
  );
  if (subject.size > 0 && !termsOf(question, analyzer.tokenizeQuery).some((t) => subject.has(t))) return true;
  // A word no record uses (lithium, biomedicine) names what the share is of, which the data lacks.
  return engine
    .unknownUnits(question)
    .some((u) => u.kind === 'latin' && !/^(?:percent|proport|portion|fraction|ratio)/.test(u.text));
}

const CLAUSE = /[，,；;。：:]/;

const PLAN_COUNT = /任务数|方面数|领域数/;

// 目标, "target": a goal named outright, not 预计 or 计划 (which may ask what happened as planned).
const GOAL = /目标|指标|\b(?:target|goal)s?\b/;

function namesGoal(question: string): boolean {
  const folded = readQuestion(question);
  return GOAL.test(folded) && asksForTarget(folded);
}

/**
 * Whether the only figures a fact states in the quantity asked are of something else it names:
 * 沪苏湖高铁全长几公里 is not answered by "新增建成铁路660公里，…沪苏湖铁路力争通车", whose clause with
 * the kilometres holds none of the question's words that the fact holds.
 */
function figureOfAnother(engine: SearchEngine, question: string, hit: SearchHit): boolean {
  const measures = askedMeasures(question);
  if (hit.doc.kind !== 'fact' || measures.length === 0) return false;
  const clauses = normalizeNumerals(hit.doc.name).split(CLAUSE);
  const figures = clauses.filter((clause) => textMeasures(clause, measures));
  if (figures.length === 0 || figures.length === clauses.length) return false;
  const held = engine
    .unitShares(question, hit.doc.key)
    .filter(({ unit, share }) => unit.kind === 'han' && share === 1 && !isMeasureWord(unit.text))
    .map(({ unit }) => unit);
  const { analyzer } = engine;
  const holdsOne = (clause: string): boolean => {
    const terms = new Set(analyzer.tokenizeDocument(clause).map(analyzer.processTerm));
    return held.some((unit) => coverage([unit], (term) => terms.has(term)) === 1);
  };
  return held.length > 0 && !figures.some(holdsOne);
}

/**
 * The page for a figure question: the best figure that fits the question first, other figures only when
 * they fit and score nearly as well, then the other relevant records. Undefined when no figure fits or
 * the question names something no record knows:
 * the data has no figure for what was asked, and a neighbour's figure would be a confident wrong answer.
 */
export function figurePage(
  records: Records,
  engine: SearchEngine,
  question: string,
  hits: readonly SearchHit[],
): SearchHit[] | undefined {
  const best = hits[0];
  const read = readQuestion(question);
  // 新能源汽车销量: the data knows no 销量, so no figure of it can be the answer. A quantity's own name
  // ("people") is not a topic: the unit check answers for it.
  // An English word no record uses is mostly a paraphrase (submit, shops): it weighs half in coverage instead.
  const unknown = engine.unknownUnits(question).filter((u) => u.kind === 'han' && !isMeasureWord(u.text));
  if (best === undefined || unknown.length > 0) return undefined;
  // "how many staff…": what is counted is a word no record uses, so no figure counts it.
  const countedNoun = /\bhow many (?:new |more |other )?([a-z]+(?:-[a-z]+)?)/.exec(read)?.[1];
  if (countedNoun !== undefined && engine.unknownUnits(countedNoun).length > 0) return undefined;
  const partOfRegion = (h: SearchHit): boolean => {
    const scope = h.doc.kind === 'stat' ? records.stats.get(h.doc.id)?.scope : undefined;
    return scope !== undefined && PART_OF_REGION.test(scope);
  };
  const regionalCoverage = Math.max(0, ...hits.filter((h) => !partOfRegion(h)).map((h) => h.coverage));
  const fits = (h: SearchHit): boolean =>
    figureFits(records, question, h, regionalCoverage) &&
    !figureOfAnother(engine, question, h) &&
    !shareOfAnother(engine, question, h);
  // A province's figure that does not answer a question about the region sets no bar for the region's.
  const ordinal = ASKS_ORDINAL.test(read);
  // The bar is the best figure's that fits: a sentence with the question's words and no number sets
  // none, nor a count of projects for "how much money".
  // 分成几大领域: a plan's count of tasks (项) sets no bar for a count of its areas either.
  const classifier = ordinal ? undefined : askedClassifier(question);
  const inClassifier = (h: SearchHit): boolean =>
    classifier === undefined ||
    (SAME_COUNT[classifier] ?? [classifier]).some((unit) => countsIn(records, h, unit));
  const bestFigure =
    hits.find((h) => isFigure(h, ordinal) && fits(h) && inClassifier(h)) ??
    hits.find((h) => isFigure(h, ordinal) && fits(h)) ??
    hits.find((h) => isFigure(h, ordinal)) ??
    best;
  const bar = partOfRegion(bestFigure) && !fits(bestFigure) ? regionalCoverage : bestFigure.coverage;
  // When a sentence with no number matches best, a figure must hold every Chinese word of it that the
  // question has (第二批…创新联合体名单: the count of 联合攻关项目 is not one of 联合体); an English word
  // may be a paraphrase.
  const keepsWords = (h: SearchHit): boolean =>
    isFigure(best, ordinal) || !losesWordOf(engine, question, best.doc.key, h.doc.key, { chineseOnly: true });
  const candidates = hits.filter(
    (h) =>
      isFigure(h, ordinal) &&
      h.coverage >= bar - FIGURE_COVERAGE_GAP &&
      (fits(h) || (ordinal && h.doc.kind === 'fact')) &&
      keepsWords(h),
  );
  // 科学仪器有多少台: of the figures that fit, the one counted in 台 answers it, not the total value in 元.
  // 第几次: an ordinal, not a count of 次.
  const counted = (h: SearchHit): boolean =>
    classifier === undefined ? !/元|%/.test(unitOf(records, h)) : inClassifier(h);
  const wantsCount = classifier !== undefined || /\bhow many\b/i.test(question);
  // 多少家上市公司: a share in % or a count of something else in 个 is not a number of firms.
  if (classifier !== undefined && !candidates.some(counted) && !/[个项]/.test(classifier)) return undefined;
  // 辅助生殖有几项: a count of person-times, of money or a share is no number of items either.
  // 有几个站: nor is a length in 公里.
  const measuresOther = (h: SearchHit): boolean =>
    (classifier === '项' || classifier === '个') && !counted(h) && OTHER_QUANTITY.test(unitOf(records, h));
  const top =
    (wantsCount ? candidates.find(counted) : undefined) ?? candidates.find((h) => !measuresOther(h));
  if (top === undefined) return undefined;
  // Of figures that match as well and score nearly as well, the newest result: "how many" means now.
  const asOf = (h: SearchHit): string => {
    const stat = h.doc.kind === 'stat' ? records.stats.get(h.doc.id) : undefined;
    return stat === undefined || stat.target ? '' : stat.as_of;
  };
  // Two plans' figure together (前两轮's rate) is no newer value of one plan's (第一轮's).
  const ofPlans = (h: SearchHit): boolean => namesSeveralPlans(h.doc.name);
  // A part of a year's figure (一季度…) is newer than the year's but answers only a question that asks for it.
  const part = (h: SearchHit): string | undefined => partOfYearIn(normalizeNumerals(foldText(h.doc.name)));
  const askedPart = partOfYearIn(normalizeNumerals(read));
  const asksPart = (h: SearchHit): boolean => part(h) === undefined || part(h) === askedPart;
  const asksTarget = asksForTarget(read);
  const isTarget = (h: SearchHit): boolean =>
    h.doc.kind === 'stat' && records.stats.get(h.doc.id)?.target === true;
  // "当初定的目标是多少": a goal named outright is not answered by a result (a plan's count of its own
  // tasks or areas is what it set out to do).
  const isResult = (h: SearchHit): boolean =>
    h.doc.kind === 'stat' && !isTarget(h) && !PLAN_COUNT.test(h.doc.name);
  if (namesGoal(question) && isResult(top) && !candidates.some(isTarget)) return undefined;
  // "2025年…目标是多少": the goal found answers it, not a newer result of the same metric.
  const first =
    (asksTarget && isTarget(top) ? top : undefined) ??
    candidates
      .filter(
        (h) =>
          asOf(h) !== '' &&
          asksPart(h) &&
          h.coverage >= top.coverage &&
          h.score >= top.score * NEWER_SCORE_SHARE &&
          ofPlans(h) === ofPlans(top) &&
          (!wantsCount || counted(h)),
      )
      .sort((a, b) => endKey(asOf(b)).localeCompare(endKey(asOf(a))))[0] ??
    top;
  // Records that are not figures stay when they match all the figure matches (the task behind it). A
  // plan's facts (its date, its issuer) share the plan's words with every figure of the plan but answer
  // none of them.
  // One area's count does not pad the answer about the plan's total, unless the question names the area.
  const namesArea = (h: SearchHit): boolean => {
    const area = h.doc.kind === 'stat' ? records.stats.get(h.doc.id)?.area : undefined;
    const record = area === undefined ? undefined : records.areas.get(area);
    return record === undefined || read.includes(foldText(record.short).slice(0, 2));
  };
  // A question about a goal is not padded with results, nor one about results with goals.
  const sameKind = (h: SearchHit): boolean => {
    const stat = h.doc.kind === 'stat' ? records.stats.get(h.doc.id) : undefined;
    return stat === undefined || stat.target === asksTarget;
  };
  const rest = hits.filter(
    (h) =>
      h !== first &&
      namesArea(h) &&
      (!isFigure(h) || sameKind(h)) &&
      h.doc.kind !== 'fact' &&
      (isFigure(h) ? h.score >= first.score * FIGURE_SCORE_SHARE && fits(h) : h.coverage >= first.coverage),
  );
  return [first, ...rest];
}
