import { batchesOf, type Constraints } from '../question/constraints.js';
import { actWords, HELD, ISSUED } from '../question/acts.js';
import { namesPartOfYear } from '../question/years.js';
import { namesPlaceInEnglish, PLACES, withoutPlaceLikeNames } from '../question/places.js';
import type { Records } from '../data/records.js';
import type { Result, Unmet } from '../types.js';
import { foldText } from '../text/fold.js';
import { chineseNumeral } from '../text/numerals.js';
import { stemLatin } from '../search/analyzer.js';
import { ENGLISH_STOP_TERMS } from '../search/stop-terms.js';
import { listSizes } from '../text/lists.js';
import { holdsSoundOf } from '../search/homophones.js';
import { meetsDetails, namesEntry, VENUE_WORDS } from './details.js';

/** Whether a period "2024—2026" (or a single year) covers a year. */
function covers(period: string | undefined, year: string): boolean {
  if (period === undefined) return false;
  const m = /^(\d{4})(?:—(\d{4}))?/.exec(period);
  if (m === null) return false;
  const from = Number(m[1]);
  const to = Number(m[2] ?? m[1]);
  return Number(year) >= from && Number(year) <= to;
}

/** The words a reader sees of a result, folded: a constraint the record never mentions is not met by it. */
function words(result: Result): string {
  return foldText([result.text, result.en, result.quote].filter((x) => x !== undefined).join(' '));
}

const YEARS = /(?<![\d.])(?:19|20)\d{2}(?![\d.%])/g;

// A year named as the base of a change (比2024年提升2.1个百分点) is not the year the record is about.
const BASE_YEAR = /(?:比|较|相比|较之|\b(?:than|compared (?:with|to))\s+)(?:19|20)\d{2}(?:年|\b)/g;

/** The years a text names (2024年度…, 2018年的23.9%): a record naming other years is about them. */
function namedYears(text: string): string[] {
  return [...text.replace(BASE_YEAR, ' ').matchAll(YEARS)].map((m) => m[0]);
}

/**
 * A record whose own words name years meets a year only when it names that one; one that names none
 * meets it when its plan's or document's period covers it.
 */
function textOrPeriod(r: Result, year: string, period: string | undefined): boolean {
  const years = namedYears(`${r.text} ${r.en ?? ''}`);
  return years.length > 0 ? years.includes(year) : covers(period, year) && spansFewYears(period);
}

const MAX_SPAN = 3;

/** A three-year plan's facts are of its years; the 纲要's (2019—2025, to 2035) are of no one year. */
function spansFewYears(period: string | undefined): boolean {
  const m = /^(\d{4})(?:—(\d{4}))?/.exec(period ?? '');
  return m !== null && Number(m[2] ?? m[1]) - Number(m[1]) < MAX_SPAN;
}

// A plan's period (2024—2026) in a title: the years of the plan, not of a meeting that adopted it.
const PERIOD = /(?<![\d.])(?:19|20)\d{2}\s*[—–~-]\s*(?:19|20)?\d{2}(?![\d.])/g;

// A goal in a record's words (2025年目标：…): what was to be, not what was, in that year.
const GOAL_IN_WORDS = /目标|力争|\b(?:targets?|goals?)\b/;

function meetsYear(
  records: Records,
  r: Result,
  year: string,
  wantsTarget: boolean,
  yearEnd: boolean,
  meetingYear: boolean,
  yearAlone = false,
): boolean {
  if (meetingYear && r.kind === 'event') return r.date.startsWith(year);
  // "2025年研发强度是多少": a goal set for 2025 is not what 2025's figure was.
  if (!wantsTarget && r.kind !== 'stat' && r.kind !== 'plan' && GOAL_IN_WORDS.test(words(r))) return false;
  if (meetingYear && r.kind !== 'stat' && r.kind !== 'passage')
    return namedYears(`${r.text} ${r.en ?? ''}`.replace(PERIOD, ' ')).includes(year);
  switch (r.kind) {
    case 'stat': {
      const dated = (p: { as_of: string; target: boolean }): boolean =>
        (wantsTarget || !p.target) &&
        (yearEnd
          ? p.as_of === year || p.as_of.startsWith(`${year}-12`)
          : p.as_of.startsWith(year) || (!yearAlone && covers(p.as_of, year)));
      const metricYears = namedYears(r.metric);
      // 2025年实事项目成效…, reported in January 2026: the metric's own year is the one it is about.
      if (r.series === undefined && metricYears.length > 0)
        return metricYears.includes(year) && (wantsTarget || !r.target);
      return dated(r) || (r.series?.points.some(dated) ?? false);
    }
    case 'event': {
      // One thing said at a meeting (研发投入强度由2018年的2.81%升至2023年的3.34%) is about the years it names.
      const years = r.fact === undefined ? [] : namedYears(`${r.text} ${r.en ?? ''}`);
      return years.length > 0 ? years.includes(year) : r.date.startsWith(year);
    }
    case 'plan':
      return textOrPeriod(r, year, r.period);
    case 'document':
      return (
        (r.fact === undefined && (r.issued?.startsWith(year) ?? false)) ||
        textOrPeriod(r, year, r.period ?? r.issued?.slice(0, 4))
      );
    case 'task':
      return textOrPeriod(r, year, records.plans.get(r.plan)?.period);
    case 'area':
      return covers(
        records.areas.get(r.id) && records.plans.get(records.areas.get(r.id)!.plan)?.period,
        year,
      );
    case 'source':
      return r.source.date.startsWith(year);
    case 'passage': {
      // A sentence of an article that names no year is of the article's time (会议聚焦… in a report of
      // the 2022 meeting, published in 2022).
      const text = r.text ?? '';
      const years = namedYears(meetingYear ? text.replace(PERIOD, ' ') : text);
      return years.length > 0 ? years.includes(year) : (r.source?.date.startsWith(year) ?? false);
    }
    case 'suggestion':
      return words(r).includes(year);
  }
}

function meetsPlace(r: Result, place: string): boolean {
  if (r.kind === 'stat') return r.scope.includes(place) || foldText(r.metric).includes(place);
  // A press briefing's facts are about what was said, not about the city it was held in.
  if (r.kind === 'event')
    return (
      words(r).includes(place) ||
      (r.place === place && (r.fact === undefined || r.event_kind !== 'press-briefing'))
    );
  // A passage of 浙江's own article is about 浙江 where its sentence does not say so.
  if (r.kind === 'passage')
    return (
      words(r).includes(place) ||
      (r.source !== undefined && foldText(`${r.source.title} ${r.source.publisher}`).includes(place))
    );
  return words(r).includes(place);
}

const MIN_NAMING_COUNT = 50;

// 前两轮's completion rate is of two plans together: not the figure of either one.
const SEVERAL_PLANS = /前两轮|两轮|\bfirst two (rounds|plans)\b|\bboth (rounds|plans)\b/;

/** Whether a text is about two plans together (前两轮…). */
export function namesSeveralPlans(text: string): boolean {
  return SEVERAL_PLANS.test(text);
}

function meetsPlan(records: Records, r: Result, plan: string): boolean {
  const text = words(r);
  if (namesSeveralPlans(text)) return false;
  const period = records.plans.get(plan)?.period;
  // A record naming another plan by its round, period or task count (…共9个方面165项重点任务) is about that one.
  if (
    r.kind !== 'plan' &&
    records.knowledge.plans.some(
      (other) =>
        other.id !== plan &&
        (text.includes(other.period) ||
          other.aliases.some((a) => /^第.轮$/.test(a) && text.includes(a)) ||
          // A small count (7项) names no plan; 165项 does.
          (other.task_count >= MIN_NAMING_COUNT && new RegExp(`(?<!\\d)${other.task_count}项`).test(text))),
    ) &&
    (period === undefined || !text.includes(period))
  )
    return false;
  // A document or meeting of another time (the 2025 美丽中国 plan, the 2024 meeting) is not about 第二轮.
  const when = r.kind === 'document' ? (r.period ?? r.issued) : r.kind === 'event' ? r.date : undefined;
  if (period !== undefined && when !== undefined && !covers(period, when.slice(0, 4))) return false;
  // A five-year document (安徽's 2021—2025 方案) that starts in the plan's years is still not the plan.
  const ends = r.kind === 'document' ? /—(\d{4})/.exec(r.period ?? '')?.[1] : undefined;
  if (period !== undefined && ends !== undefined && !covers(period, ends)) return false;
  // A figure of no plan is of the plan's years, or of another time (2024's work points for 第二轮).
  if (r.kind === 'stat' && records.stats.get(r.id)?.plan === undefined && period !== undefined)
    return (
      covers(period, r.as_of.slice(0, 4)) ||
      (r.series?.points.some((p) => covers(period, p.as_of.slice(0, 4))) ?? false)
    );
  const own =
    r.kind === 'task'
      ? r.plan
      : r.kind === 'plan'
        ? (r.fact?.plan ?? r.id)
        : r.kind === 'area'
          ? records.areas.get(r.id)?.plan
          : r.kind === 'stat'
            ? records.stats.get(r.id)?.plan
            : undefined;
  return own === undefined || own === plan;
}

function meetsArea(records: Records, r: Result, areaId: string): boolean {
  if (r.kind === 'area') return r.id === areaId && r.task_count !== undefined;
  if (r.kind === 'stat') return records.stats.get(r.id)?.area === areaId;
  return false;
}

// Words that name a person or a body: what a "who" question must be answered with.
const NAMES_SOMEONE =
  /主任|书记|省长|市长|局长|部长|主席|主持|出席|答问|介绍|办公室|责任单位|牵头|负责|领导小组|委员会|国务院|中共中央|政府|部门|由.{1,12}(印发|发布|制定|审议)|\b(director|secretary|governor|mayor|minister|chair\w*|office|council|committee|government|ministry)\b/;

// A person's title: what a question asking for an official (哪位领导) must be answered with.
const NAMES_OFFICIAL =
  /主任|书记|省长|市长|局长|部长|主席|秘书长|\b(director|secretary|governor|mayor|minister|chair\w*)\b/;

// A day of the month, in Chinese or English (7月25日, 2024-07-25, 25 Jul, July 25).
// A month's name or its abbreviation, never a word that starts like one (market, decade, may).
const MONTH_EN =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?';
const DAY_OF_MONTH = new RegExp(
  `\\d{1,2}月\\d{1,2}[日号]|\\d{4}-\\d{2}-\\d{2}|\\b\\d{1,2} ${MONTH_EN}|\\b${MONTH_EN} \\d{1,2}\\b`,
  'i',
);

/** The record gives a day of the month, or is (a fact of) the meeting whose day is asked. */
function meetsDay(r: Result, day: 'any' | 'event'): boolean {
  return (
    DAY_OF_MONTH.test(words(r)) ||
    (day === 'event' && r.kind === 'event' && /^\d{4}-\d{2}-\d{2}$/.test(r.date))
  );
}

const DATED = /(?:19|20)\d{2}年|\d{1,2}月\d{1,2}日|\b(?:19|20)\d{2}\b/;
// A time of any precision: a year, a month, a season of one, a date.
// A month alone in English is one only beside a time word or a number ("in May"; "may" is also a verb).
const TIMED = new RegExp(
  `${DATED.source}|\\d{1,2}月|年[底初末]|[上下]半年|\\b(?:in|by|since|from|until|till|before|after|early|late|mid-?|end of|since) ${MONTH_EN}`,
  'i',
);

const BODY_OF_PLACE =
  /\p{Script=Han}{2,3}(?:省|市)(?:人民)?(?:政府|\p{Script=Han}{0,5}?(?:委员会|委|厅|局|办公室))/gu;

// "在首届进博会开幕式上宣布": where something was said is the occasion it was said at.
const OCCASION = /(?:博览会|进博会|开幕式)上/;

// Clauses of a sentence, and entries of a list (示范区集群、芜湖集群: 芜湖 is not the demonstration zone's).
const CLAUSE = /[。；;，,！!？?、]/;

/**
 * A meeting's card, or a record that names where (是在上海开的吗 is answered by where it was held). When
 * what is placed is known, the place is in a clause that names it: 芜湖 of 芜湖集群 does not place the G60
 * cluster named in the next sentence. Where in a place the question names (喺上海边度开): a place other
 * than that one.
 */
function meetsWhere(r: Result, placed: string | undefined, within?: string): boolean {
  if (r.kind === 'event' && r.fact === undefined && within === undefined) return true;
  // Its own words, not the quote's (上海、江苏… sign a deal wherever they meet), and a place that only
  // names a body (上海市科委 answers nothing about where something is).
  const clauses = [r.text ?? '', r.en ?? ''].flatMap((text) =>
    withoutPlaceLikeNames(foldText(text).replace(BODY_OF_PLACE, ' ')).split(CLAUSE),
  );
  const named = clauses.filter((clause) => placed === undefined || namesEntry(clause, placed));
  // A plan's fact is about the plan without naming it (在浙江温州召开的…审议通过).
  const naming = named.length === 0 && r.kind === 'plan' && r.fact !== undefined ? clauses : named;
  // English names count for an English subject only: "the Jiangsu–Anhui zone" names no place it is in.
  const english = placed !== undefined && !/\p{Script=Han}/u.test(placed);
  // The gazetteer holds no place inside a city: within one, only a venue or an occasion says where.
  return naming.some(
    (clause) =>
      OCCASION.test(clause) ||
      (within === undefined
        ? PLACES.some(([zh]) => clause.includes(zh) || (english && namesPlaceInEnglish(clause, zh)))
        : VENUE_WORDS.test(clause)),
  );
}

/** A record of the month named: its date, a value of its series, or the month in its words. */
function meetsYearMonth(r: Result, yearMonth: string): boolean {
  const dates =
    r.kind === 'stat'
      ? [r.as_of, ...(r.series?.points ?? []).map((p) => p.as_of)]
      : 'date' in r
        ? [r.date]
        : [];
  const [year, month] = yearMonth.split('-').map(Number);
  return dates.some((d) => d.startsWith(yearMonth)) || words(r).includes(`${year}年${month}月`);
}

/** A record of the day named: its own date, or the day in its words (7月25日). */
function meetsMonthDay(r: Result, monthDay: string): boolean {
  const date = 'date' in r ? r.date : undefined;
  const [month, day] = monthDay.split('-').map(Number);
  return date?.endsWith(`-${monthDay}`) === true || words(r).includes(`${month}月${day}日`);
}

/** The record gives a time, or is a meeting (or, for `event`, one of its facts) with its own date. */
function meetsWhen(r: Result, when: 'any' | 'event'): boolean {
  return (
    TIMED.test(words(r)) ||
    (r.kind === 'event' && (r.fact === undefined || when === 'event') && /^\d{4}/.test(r.date))
  );
}

/**
 * A record says the act asked about happened; a meeting itself was held, whatever its words. When its
 * date is asked, the record must give one: its own (a meeting, a document) or in its words.
 */
function meetsAct(r: Result, act: string, dateAsked: boolean): boolean {
  const said = actWords(act);
  // Checked in the Chinese words, whatever the question's language: an English rendering ("results
  // released") is looser than what was said (成果发布).
  const text = foldText([r.text, r.quote].filter((x) => x !== undefined).join(' '));
  // A document's own record was issued on its date, whatever its title says.
  const issued = said === ISSUED && r.kind === 'document' && r.fact === undefined && r.issued !== undefined;
  const happened = said.test(text) || (said === HELD && r.kind === 'event' && r.fact === undefined) || issued;
  if (!happened || !dateAsked) return happened;
  return (
    (r.kind === 'event' && r.fact === undefined) ||
    (r.kind === 'document' && r.fact === undefined && r.issued !== undefined) ||
    DATED.test(words(r))
  );
}

// A count of things (12个, 17条中已有16条): it says how many, not which.
const COUNT_OF_THINGS = /\d+\s*[个家条座所项批辆]/;
// What answers "which … the most": a record that ranks (最多, 第5位, the largest), not one figure alone.
const RANKS =
  /最|首位|居首|之首|第\s*\d+\s*位|排名|\b(?:most|largest|highest|biggest|fastest|top|leading|rank(?:s|ed|ing)?)\b/;
// What answers "why": a record that gives a reason.
const GIVES_REASON =
  /因为|由于|原因|为了|旨在|以便|所以|\b(?:because|due to|so that|in order to|aims? to|owing to)\b/;
const CUT_SHORT = /等\s*\d+\s*[个家条座所项批辆]/;
// An enumeration (上海、江苏…, “…”“…”): the names themselves.
const ENUMERATION = /、|”“|"\s*"|；/;
// What a statistic counts, listed in brackets after its name (方面数(生态保护、文化旅游…)); a name that
// joins two things (专项规划、指导意见和政策措施数) lists nothing.
const LISTED = /[(（][^)）]*、/;

// "哪八个": a list of two (专项规划、指导意见和政策措施) does not name eight; one joined by 和 at its end
// (A、B和C) counts one short. Two are often joined by 和 alone (臭氧和PM2.5), so the check starts at three.
const MIN_CHECKED_LIST = 3;

/** Whether a record can say which ones: a statistic never does, nor a sentence that only counts them. */
function namesThings(r: Result, size: number | undefined): boolean {
  const text = r.text ?? '';
  if (size !== undefined && size >= MIN_CHECKED_LIST && Math.max(0, ...listSizes(text)) < size - 1)
    return false;
  // A count that lists what it counts (方面数(生态保护、文化旅游…)) names them; a bare count does not.
  if (r.kind === 'stat') return LISTED.test(text);
  // 新能源汽车等12条产业链联盟: one named, the rest counted.
  if (CUT_SHORT.test(text)) return false;
  return !COUNT_OF_THINGS.test(text) || ENUMERATION.test(text);
}

const SUCCESSION_WORDS = /第一任|首任|前任|历任|\b(first|former|previous)\s+(director|head|chief)/;

function meetsRole(r: Result, role: string): boolean {
  return new RegExp(`(?<!副)${role}`).test(words(r));
}

// A meeting's theme answers; one thing said at it (会议总结了…工作成效) does not.
function meetsTheme(r: Result): boolean {
  return (r.kind === 'event' && r.fact === undefined && r.theme !== undefined) || /主题|theme/.test(words(r));
}

/** A stat or area about the part: its Chinese name, or every English word of it by its stem (ecology, ecological). */
function meetsPart(r: Result, part: string): boolean {
  if (r.kind !== 'stat' && r.kind !== 'area') return false;
  const text = words(r);
  if (!/^[a-z]/.test(part)) return text.includes(part);
  const stems = new Set((text.match(/[a-z]+/g) ?? []).map(stemLatin));
  // "ecological protection" is the area on ecology and the environment: half its words name it.
  const partWords = part.split(/[\s-]+/).filter((w) => w.length > 2 && !ENGLISH_STOP_TERMS.has(w));
  const held = partWords.filter((w) => stems.has(stemLatin(w)));
  return held.length * 2 >= partWords.length && held.length > 0;
}

/**
 * A record of the batch asked answers; one of another batch (首批 for 第二批) does not. One that names no
 * batch may be the first (the 2024 list, before there was a second), never a later one.
 */
function meetsBatch(r: Result, batch: number): boolean {
  const named = batchesOf(words(r));
  return named.includes(batch) || (named.length === 0 && batch === 1);
}

// A plan's or list's item says what is to be done (新建…7万个以上，力争…), not what was.
const GOAL_WORDS = /力争|目标|计划|拟|\b(target|goal|aim|plan)s?\b/;

// "到2027年，PM2.5年均浓度降至30…": what is to be reached by a year after the record was written.
const BY_YEAR = /到\s*((?:19|20)\d{2})\s*年/;

function isGoal(r: Result): boolean {
  if (r.kind === 'stat') return r.target;
  const by = BY_YEAR.exec(words(r))?.[1];
  const written = 'date' in r ? r.date : r.source?.date;
  if (by !== undefined && written !== undefined && Number(by) > Number(written.slice(0, 4))) return true;
  return (r.kind === 'document' || r.kind === 'task') && GOAL_WORDS.test(words(r));
}

const EXPORT_WORDS = /(?<!进)出口|(?<!imports and )\bexports?\b/;
const IMPORT_WORDS = /(?<!出)进口(?!博览会)|\bimports?\b(?! and exports| expo)/;
// A figure given as a bound (90%以上, 超170项), not an exact one.
const BOUND = /以上|超过?|逾|多|约|近|左右|\b(?:over|above|more than|about|nearly)\b/;
// A quantity (7万个, 660公里, 90%), not a year: what a target in figures states.
const QUANTITY = /\d+(?:\.\d+)?\s*(?:%|万|亿|个|项|家|条|公里|千米|人|元|倍|台|座|所|次|辆|平方公里)/;

// The kinds of body a question asks the names of (哪些企业): an answer names one of them.
const BODY_WORDS = {
  // A company by its name (…运营公司, …集团), not 企业 or 社会投入 alone.
  company: /\p{Script=Han}{2,}(?:公司|集团|股份)|\b[a-z]+ (?:company|group|corp(?:oration)?|co\.|ltd)\b/u,
  university: /大学|高校|学院|\b(?:university|universities|college|colleges)\b/,
  // A body by its name (国家发展改革委, 上海期货交易所, 区域合作办公室), not 责任单位 or 部门 alone.
  office:
    /\p{Script=Han}{2,}(?:部|委|厅|局|办公室|办|交易所|中心|署|集团|政府)(?![门\p{Script=Han}])|领导小组|\b(?:ministry|commission|bureau|office|exchange|administration|government|council)\b/u,
} as const;

// Words that name what is not done yet (尚未通车), which a count of what is done (16条已通车) does not.
const NOT_DONE_WORDS =
  /尚未|(?<![完])未(?:完成|通车|打通|建成|开通)|还没|剩余|剩下|\b(?:remaining|not yet|unfinished|pending)\b/;
const DONE_WORDS = /完成|达到了?预期|达标|\b(completed?|completion|finished|as expected|met expectations)\b/;

/** Whether a result gives the figure the asker rejected ("not the 90% thing"). */
export function repeatsRejected(r: Result, rejected: string): boolean {
  if (r.kind === 'stat') return String(r.value) === rejected.replace('%', '');
  return new RegExp(`(?<![\\d.])${rejected.replace('.', '\\.')}`).test(words(r));
}

/** A line of the speaker; for a count they gave, also a statistic (which names no one). */
function meetsSpeaker(r: Result, speaker: { name: string; counts: boolean }): boolean {
  return (speaker.counts && r.kind === 'stat') || words(r).includes(foldText(speaker.name));
}

// A figure of a whole year (2024年, 全年, 年度), not a total as of a month (已支持…超1.7亿元, as of 2024-12).
const YEARS_OWN = /全年|当年|年度|\bannual\b|\bin the year\b/;

/** Whether a result states one year's own figure rather than a running total. */
function isYearsOwn(r: Result): boolean {
  if (r.kind === 'stat' && r.as_of.length === 4) return true;
  return YEARS_OWN.test(words(r));
}

/** Whether a result is the plan's own: the plan, one of its facts, or a figure of it. */
function isOfPlan(records: Records, r: Result, plan: string): boolean {
  if (r.kind === 'plan') return r.id === plan || r.id.startsWith(`${plan}#`);
  return r.kind === 'stat' && records.stats.get(r.id)?.plan === plan;
}

/** Whether a result meets every constraint of the question. */
export function meetsConstraints(records: Records, result: Result, c: Constraints): boolean {
  return (
    c.unknownPlan === undefined &&
    (c.role === undefined || meetsRole(result, c.role)) &&
    (c.who !== true || NAMES_SOMEONE.test(words(result))) &&
    (c.official !== true || NAMES_OFFICIAL.test(words(result))) &&
    (c.theme !== true || meetsTheme(result)) &&
    (c.act === undefined || meetsAct(result, c.act, c.actDate === true)) &&
    (c.succession !== true || SUCCESSION_WORDS.test(words(result))) &&
    (c.part === undefined || meetsPart(result, c.part)) &&
    (c.batch === undefined || meetsBatch(result, c.batch)) &&
    (c.names !== true || namesThings(result, c.listSize)) &&
    (c.day === undefined || meetsDay(result, c.day)) &&
    (c.when === undefined || meetsWhen(result, c.when)) &&
    (c.guessedPlace === undefined || meetsWhere(result, undefined)) &&
    (c.where !== true || meetsWhere(result, c.whereOf, c.place)) &&
    (c.partOfYear === undefined || namesPartOfYear(words(result), c.partOfYear)) &&
    // A raw sentence of an article ranks one thing among the many it says: not the ranking asked.
    (c.ranking !== true || (result.kind !== 'passage' && RANKS.test(words(result)))) &&
    (c.why !== true || GIVES_REASON.test(words(result))) &&
    (c.current !== true || !isGoal(result)) &&
    (c.exports !== true || EXPORT_WORDS.test(words(result))) &&
    (c.imports !== true || IMPORT_WORDS.test(words(result))) &&
    // How much of a named plan is done: the plan's own record says it, not another list's progress.
    (c.completed !== true ||
      (DONE_WORDS.test(words(result)) && (c.plan === undefined || isOfPlan(records, result, c.plan)))) &&
    (c.remaining !== true || NOT_DONE_WORDS.test(words(result))) &&
    (c.bodies === undefined || BODY_WORDS[c.bodies].test(words(result))) &&
    (c.targetFigure !== true || QUANTITY.test(words(result))) &&
    (c.person === undefined || holdsSoundOf(words(result), c.person)) &&
    (c.speaker === undefined || meetsSpeaker(result, c.speaker)) &&
    meetsDetails(result, c, words(result)) &&
    (c.exact !== true || result.kind !== 'stat' || result.qualifier === undefined) &&
    (c.yearAlone !== true || isYearsOwn(result)) &&
    (c.country === undefined || c.country.names.some((name) => words(result).includes(name))) &&
    // "the exact completion rate": a plan's 90%以上 is a bound.
    (c.exact !== true ||
      c.completed !== true ||
      result.kind !== 'plan' ||
      !BOUND.test(result.completion ?? '')) &&
    (c.monthDay === undefined || meetsMonthDay(result, c.monthDay)) &&
    (c.yearMonth === undefined || meetsYearMonth(result, c.yearMonth)) &&
    (c.years === undefined ||
      c.years.some((y) => meetsYear(records, result, y, c.wantsTarget === true, false, false, false))) &&
    (c.year === undefined ||
      meetsYear(
        records,
        result,
        c.year,
        c.wantsTarget === true,
        c.yearEnd === true,
        c.meetingYear === true,
        c.yearAlone === true,
      )) &&
    (c.place === undefined || meetsPlace(result, c.place)) &&
    (c.plan === undefined || meetsPlan(records, result, c.plan)) &&
    (c.area === undefined || meetsArea(records, result, c.area.id))
  );
}

// A place at the head of a topic asked about (江苏的数据中心集群, zhejiang's …).
const PLACE_FIRST = new RegExp(
  `^(?:${PLACES.flatMap(([zh, en]) => (en === '' ? [zh] : [zh, en])).join('|')})(?:'s|的)?\\s*`,
);

/** What to say is missing when nothing meets the constraints. */
export function unmetOf(records: Records, c: Constraints): Unmet {
  const unmet: Unmet = {};
  if (c.year !== undefined) unmet.year = c.year;
  if (c.years !== undefined) unmet.year = c.years.join('、');
  if (c.place !== undefined) unmet.place = c.place;
  if (c.country !== undefined) unmet.place = c.country.zh;
  if (c.area !== undefined) unmet.area = c.area.short;
  if (c.role !== undefined) unmet.person = c.role;
  if (c.person !== undefined) unmet.person = c.person;
  if (c.speaker !== undefined) unmet.person = c.speaker.name;
  const batch = c.batch === undefined ? undefined : c.batch === 1 ? '首批' : `第${chineseNumeral(c.batch)}批`;
  // What is missing, the most specific first: another plan, a part, the names, a ranking, a reason…
  const topic = [
    c.unknownPlan,
    c.part,
    c.venue === true ? '具体会场' : undefined,
    c.perUnit === true ? '单项数额' : undefined,
    c.breakdown === true ? '各省市分项' : undefined,
    c.status === true ? '最新进展' : undefined,
    c.national === true ? '全国数值' : undefined,
    c.condition === true ? '具体条件' : undefined,
    c.tenure === true ? '任职时间' : undefined,
    c.areaCount === true ? '方面数' : undefined,
    c.member === undefined ? undefined : `${c.member}是否在列`,
    c.procedure === true ? '办理流程' : undefined,
    c.docNumber === true ? '文号' : undefined,
    c.deadline === true ? '截止时间' : undefined,
    c.incentive === true ? '优惠政策' : undefined,
    c.career === true ? '个人履历' : undefined,
    c.contact === true ? '联系方式' : undefined,
    c.where === true ? '具体地点' : undefined,
    c.names === true ? '具体名单' : undefined,
    c.ranking === true ? '排名' : undefined,
    c.why === true ? '原因' : undefined,
    c.remaining === true ? '尚未完成的部分' : undefined,
    c.bodies !== undefined ? '具体名单' : undefined,
    c.targetFigure === true ? '具体目标' : undefined,
    c.item === undefined ? undefined : `${c.item}的具体内容`,
    c.imports === true ? '进口' : undefined,
    c.yearAlone === true && c.year !== undefined ? '单年数值' : undefined,
    c.echoed === undefined ? undefined : '另一项数值',
    batch,
    c.theme === true ? '主题' : undefined,
    c.succession === true ? '历任' : undefined,
    c.day !== undefined ? '具体日期' : undefined,
    c.when !== undefined ? '具体时间' : undefined,
    c.partOfYear,
    c.act,
    // The place is said on its own: 江苏的数据中心集群 is 数据中心集群 of 江苏.
    c.saidAbout?.replace(PLACE_FIRST, ''),
  ].find((t) => t !== undefined);
  if (topic !== undefined) unmet.topic = topic;
  const plan = c.plan === undefined ? undefined : records.plans.get(c.plan);
  // Another body's three-year plan is what is missing, not ours that shares its years.
  if (
    plan !== undefined &&
    c.unknownPlan === undefined &&
    c.year === undefined &&
    c.place === undefined &&
    c.area === undefined
  )
    unmet.plan = plan.period;
  return unmet;
}
