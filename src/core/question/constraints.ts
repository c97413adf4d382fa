import type { Area } from '../data/schema.js';
import type { Records } from '../data/records.js';
import { foldText, mandarinQuestionWords } from '../text/fold.js';
import type { QueryIntent } from './intent.js';
import { PLACES, placeNamed } from './places.js';
import { ASKS_WHEN } from './facet.js';
import { normalizeNumerals, numeralValue } from '../text/numerals.js';
import { ENGLISH_ORDINALS, ENGLISH_ROUND_NUMBERS } from '../text/ordinals.js';
import { namedCount } from '../text/lists.js';
import { readDetails, type AskedDetails } from './details.js';

/**
 * What a question pins down that an answer must meet: a year, a plan round, an area of the plan, a
 * province or city. A record that contradicts one (2024 for a 2025 question, the region for 江苏, the
 * plan's 165 for one area's count) is never the answer.
 */
export interface Constraints extends AskedDetails {
  /** "2019": one calendar year the question is about (not a plan's period). */
  year?: string;
  /** "in 2020 and in 2021": years asked side by side, of which an answer must meet one. */
  years?: string[];
  /** The plan the question names (第三轮, 2021—2023…), by id. */
  plan?: string;
  /** An area whose task count is asked ("协同开放方面有多少项任务"). */
  area?: Area;
  /** A province or city other than the region as a whole, as the data writes it ("江苏"). */
  place?: string;
  /** A place the asker guesses ("是在上海开的吗"), as typed and as the data writes it: no constraint, and no topic either. */
  guessedPlace?: string[];
  /** A role asked for by name ("主任", not "副主任"): a deputy is not the answer. */
  role?: string;
  /** The question asks who: the answer must name a person or a body. */
  who?: boolean;
  /** "哪位领导", "which official": a person is asked, whom an office alone does not name. */
  official?: boolean;
  /** The question asks for a theme: a meeting known only by its place and date does not answer. */
  theme?: boolean;
  /** A part of a plan whose count is asked ("交通领域有多少项任务"): the plan's total does not answer. */
  part?: string;
  /** A plan or round the data does not have ("第四轮", "2027—2029"). */
  unknownPlan?: string;
  /** The question asks for a goal: targets may answer it; otherwise only results do. */
  wantsTarget?: boolean;
  /** "2025年底", "end of 2025": a value of that year's end, not of its first month. */
  yearEnd?: boolean;
  /**
   * "哪一年成立的", "when did it open": what happened, as the question says it (成立). An answer must say
   * it in some words (成立, 设立, 组建…: `actWords`); the date of something else does not answer it.
   */
  act?: string;
  /** "养老那一项具体目标是什么", 要做到什么程度: a target in figures is asked, which a list of topics does not give. */
  targetFigure?: boolean;
  /**
   * "哪些企业", "which universities", "哪个部门", "which exchange": the kind of body whose names are asked,
   * which an answer must name (责任单位 alone names none).
   */
  bodies?: 'company' | 'university' | 'office';
  /** "还剩哪一条没通", "which one is still not open": what is not done yet, which a record of what was done does not name. */
  remaining?: boolean;
  /** "2024 alone", 仅2024年: one year's figure, not one of several years that include it. */
  yearAlone?: boolean;
  /** "哪天印发的": the act's date is asked, which a record saying only that it happened (近日) does not give. */
  actDate?: boolean;
  /**
   * "什么时候建成", "when": a time is asked, which a record that gives none (no year, month or day) does not
   * answer. `event`: the time of a meeting or of what was said (哪年会议说的), which a fact of a meeting
   * answers by the meeting's date.
   */
  when?: 'any' | 'event';
  /**
   * "what exact day", 哪一天, 几号: a month or a year alone does not answer. `event`: the day of a
   * meeting the question names (那场发布会是几号), which a fact of that meeting answers by its date.
   */
  day?: 'any' | 'event';
  /** "which area has the most tasks", 哪个增长最快: a ranking, which a lone record's figure is not. */
  ranking?: boolean;
  /** "why is the last road still closed", 为什么: a reason, which a record must state. */
  why?: boolean;
  /** "第一任主任", "before Gu Jun": an earlier holder of a role, which only a record naming one answers. */
  succession?: boolean;
  /** "第二批", "the first batch": one batch of a list; a record of another batch does not answer. */
  batch?: number;
  /** "哪条路", "分别是哪几家", "which labs": the question asks for names, which a count never gives. */
  names?: boolean;
  /**
   * "2026年的座谈会审议了什么": the year is a meeting's, which a line of another meeting does not meet
   * however its words name that year (《三年行动计划(2024—2026年)》).
   */
  meetingYear?: boolean;
  /**
   * "凌鸣讲没讲数据中心集群", "what did Qu Wei say about the low-altitude economy": what was said must be
   * about this; a line of the speaker on anything else does not answer.
   */
  saidAbout?: string;
  /** "分别是哪八个": how many names are asked for; a record listing far fewer does not name them. */
  listSize?: number;
  /** "现在", "currently", "actually": a result is asked for, which a goal (a list's 力争…) is not. */
  current?: boolean;
  /** "出口", "exports": exports alone, which total trade (进出口) is not. */
  exports?: boolean;
  /** "进口", "imports": imports alone, which exports or total trade are not. */
  imports?: boolean;
  /** "完成了几项", "how many were completed": what was done, which a list or a plan's count is not. */
  completed?: boolean;
  /** "罗方浩担任什么职务": the person a question is about, whom an answer must name. */
  person?: string;
  /** "not the 90% thing", "不是90%": a figure the asker already has and does not want again. */
  rejected?: string;
  /** "准确数", "exact rate": a figure known only as a bound (90%以上) does not answer. */
  exact?: boolean;
  /**
   * "钟岚对…是怎么说的", "what did Gu Jun say": what one speaker said, which another's line is not. A count
   * they gave ("how many matters did Gu Jun say…") may be a statistic, which names no speaker.
   */
  speaker?: { name: string; counts: boolean };
  /** "在哪", "where": a place is asked, which a record naming none (三省一市…成立…) does not give. */
  where?: boolean;
  /** "G60卫星互联网产业集群建在哪": what the place is asked of, which the clause naming the place must name. */
  whereOf?: string;
  /** "上半年", "first quarter": a part of a year, which a figure of the whole year does not answer. */
  partOfYear?: string;
}

// A plan's period (2024—2026, 2024-26, 2024到2026) names a plan, not a year.
const PERIOD = /(?:19|20)\d{2}\s*(?:[—–~-]|到|至)\s*(?:(?:19|20)?\d{2})(?!\d)/g;
const YEAR = /(?<![\d.])((?:19|20)\d{2})(?![\d.%])/g;
const TASK_COUNT = /任务|事项|措施|重点工作|几项|多少项|\btasks?\b/;
const COUNT = /多少|几多|几项|几个|几条|占几|how many|number of/;

/**
 * The single year a question names, if it names exactly one (a change "from 2018 to 2023" pins none),
 * or names one again and again ("2020? I've seen 2018 and 2023, but need 2020").
 */
function yearOf(numeric: string): string | undefined {
  const text = numeric.replace(PERIOD, ' ').replace(KNOWN_YEARS, ' ').replace(NOT_THE_YEAR, ' ');
  // "2024年的出来了，那2025年的呢": the year after 那 is the one asked.
  const then = [...text.matchAll(THEN_YEAR)].map((m) => m[1]!);
  if (new Set(then).size === 1) return then[0];
  const asked = [...text.replace(GIVEN_YEAR, ' ').matchAll(YEAR)].map((m) => m[1]!);
  const named = asked.length > 0 ? asked : [...text.matchAll(YEAR)].map((m) => m[1]!);
  const counts = new Map<string, number>();
  for (const year of named) counts.set(year, (counts.get(year) ?? 0) + 1);
  if (counts.size === 1) return named[0];
  // "what was its rank in 2023? it made the top ten in 2024": the year of the sentence that asks.
  const asking = /^[^?？]*[?？]/.exec(text.replace(GIVEN_YEAR, ' '))?.[0];
  const askedYears = new Set(asking === undefined ? [] : [...asking.matchAll(YEAR)].map((m) => m[1]!));
  if (askedYears.size === 1 && counts.size > 1) return [...askedYears][0];
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first !== undefined && second !== undefined && first[1] > second[1] ? first[0] : undefined;
}

// "in 2023, not 2024", "不是2024年": a year the asker rules out.
const NOT_THE_YEAR = /(?:\bnot (?:in |for |the )?|不是|不要|而不是)(?:19|20)\d{2}/g;
const THEN_YEAR = /(?:那|那么|咁|\b(?:then|what about|how about) (?:in |for )?)((?:19|20)\d{2})(?![\d.%])/g;

// "2020年和2021年", "in 2020 and in 2021": years asked alike (not a change from one to the other).
const SIDE_BY_SIDE =
  /((?:19|20)\d{2})年?\s*(?:和|与|跟|及|、|,|，|\band\b|&)\s*(?:in\s+)?((?:19|20)\d{2})(?![\d.%])/;

function yearsSideBySide(numeric: string): string[] | undefined {
  const m = SIDE_BY_SIDE.exec(numeric.replace(KNOWN_YEARS, ' ').replace(PERIOD, ' '));
  return m === null || m[1] === m[2] ? undefined : [m[1]!, m[2]!];
}

// "i know the 2018 and 2023 numbers", "已知2018和2023年的": years the asker already has.
const KNOWN_YEARS =
  /\b(?:i|i've|we|we've) (?:already )?(?:know|knew|have|got|seen|saw|found)\b[^?.!]{0,12}?(?:19|20)\d{2}(?:\s*(?:and|&|,)\s*(?:19|20)\d{2})*|(?:已知|知道|看到了?|查到了?)[^？?。!！]{0,4}?(?:19|20)\d{2}年?(?:\s*(?:和|跟|与|、|,|，)\s*(?:19|20)\d{2}年?)*/g;

// "2023年是3.34%", "首批是12家", "2024年排第九", "2023 it was 3.34%": a value the asker already knows,
// stated for one year or batch, so that year or batch is not the one asked about.
const GIVEN_VALUE = String.raw`[^\d，。,？?；;!！]{0,8}?(?:是|係|系|为|有|达到?|才|只有|共|组建了?|细化了?|完成了?|发布了?|推出了?|新增了?|建成了?|开通了?|排名?在?|(?<=年)的|\s(?:it\s)?(?:was|is|were|had))\s*(?:(?:约|超|了|about|over)?\s*\d|第\s*[\d一二三四五六七八九十])`;
// "2018年2.81%": a year with its value right after it; "it was 2.81% in 2018": before it.
const VALUE_AFTER = String.raw`年\s*\d+(?:\.\d+)?\s*(?:%|万|亿|个|项|家|座|条|公里|人)`;
const GIVEN_YEAR = new RegExp(
  String.raw`(?<![\d.])(?:19|20)\d{2}(?![\d.%])(?=年?${GIVEN_VALUE}|${VALUE_AFTER})|(?<=\b(?:was|is|were|of|at)\s+\d+(?:\.\d+)?\s?%?\s+in\s+)(?:19|20)\d{2}\b`,
  'g',
);
const GIVEN_BATCH = new RegExp(String.raw`(?:首批|第[一二三四五六七八九十\d]+批)(?=${GIVEN_VALUE})`, 'g');
const COUNTED_BATCH = /(?:首批|第[一二三四五六七八九十\d]+批)(?=\s*\d)/g;

// "是在上海开的吗", "was it held in Shanghai?": the place is the asker's guess, and the meeting held
// elsewhere is the answer that corrects it.
const GUESSED_PLACE =
  /(?:是不是|系咪|是否|是唔是)\s*(?:在|喺)(\p{Script=Han}{2,4}?)(?:召开|举行|举办|开)|(?:在|喺)(\p{Script=Han}{2,4}?)(?:召开|举行|举办|开)的?(?:吗|么|嘛|吧|不|没有?|呀|㗎)|\b(?:held|hosted|convened|take place|took place) in ([a-z ]+?)\s*(?:\?|$)/u;

function placeGuessed(folded: string, place: string): string | undefined {
  const m = GUESSED_PLACE.exec(folded);
  const guessed = m?.[1] ?? m?.[2] ?? m?.[3];
  // 喺上海哪里开㗎 asks where in 上海; it guesses nothing.
  return guessed !== undefined && placeNamed(guessed) === place && !/哪|什么|啥|咩/.test(guessed)
    ? guessed
    : undefined;
}

/** Latin words joined by one space ("opening-up" and "opening up" alike), for matching English names. */
function latinWords(text: string): string {
  return text.replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Every run of three words of an English name: "high level coordinated" names the opening-up area. */
function threeWordRuns(words: string): string[] {
  const list = words.split(' ');
  return list.slice(0, -2).map((_, i) => list.slice(i, i + 3).join(' '));
}

const NAME_PART = 4;
// The verbs an area's name starts with (积极探索建设, 加快完善…) and the region's name, common to all.
const NAME_FRAME =
  /^(?:积极|加快|加强|切实|有力|着力|协同|推进|探索|建设|完善|提升|拓展)+|长三角|长江三角洲|一体化/g;

/** The runs of four characters of an area's name, its verbs and the region's name aside. */
function nameParts(name: string): string[] {
  const core = Array.from(foldText(name).replace(NAME_FRAME, '|'));
  const parts: string[] = [];
  for (let i = 0; i + NAME_PART <= core.length; i++) {
    const part = core.slice(i, i + NAME_PART).join('');
    if (!part.includes('|')) parts.push(part);
  }
  return parts;
}

function sharedPart(records: Records, area: Area, part: string): boolean {
  return records.currentAreas.some((other) => other !== area && foldText(other.name).includes(part));
}

/** The area a task-count question names by its short name or full name ("协同开放方面有多少项任务"). */
function countedArea(records: Records, folded: string): Area | undefined {
  if (!TASK_COUNT.test(folded) || !COUNT.test(folded)) return undefined;
  const words = latinWords(folded);
  const named = records.currentAreas.filter(
    (a) =>
      [a.short, a.name].some((name) => folded.includes(foldText(name))) ||
      (words.length > 0 &&
        threeWordRuns(latinWords(foldText(a.en))).some((run) => ` ${words} `.includes(` ${run} `))),
  );
  if (named.length === 0) {
    // "「中华民族现代文明」那方面": four characters of an area's name that no other area's name has.
    const byPart = records.currentAreas.filter((a) =>
      nameParts(a.name).some((part) => folded.includes(part) && !sharedPart(records, a, part)),
    );
    if (byPart.length === 1) return byPart[0];
  }
  if (named.length > 0 || words.length === 0) return named.length === 1 ? named[0] : undefined;
  // "the 'Chinese modern civilization' area": an English keyword of one area only, as a whole word.
  const byKeyword = records.currentAreas.filter((a) =>
    a.keywords.some(
      (k) => /^[a-z][a-z -]{5,}$/i.test(k) && ` ${words} `.includes(` ${latinWords(foldText(k))} `),
    ),
  );
  return byKeyword.length === 1 ? byKeyword[0] : undefined;
}

const OFFICIAL = /领导|官员|负责人|哪位|边位|\b(?:official|officials|leader)\b/;
const ROLE = /(常务副主任|副主任|(?<!副)(?:主任|局长|书记|省长|市长|部长|主席|秘书长))/u;
// "who headed the office": its head, a 主任 in the data's words; its deputy, a 副主任.
const ROLE_EN = /\b(?:head(?:ed|s)?|director|chief|led)\b/;
const DEPUTY_EN = /\b(?:deputy|vice)[\s-](?:director|head|chief)\b/;
const BATCH =
  /第([一二三四五六七八九十\d]+)批|首批|\b(first|second|third|fourth|fifth|sixth)\s+batch\b|\b(\d)(?:st|nd|rd|th)\s+batch\b/g;
// Asks for names: 哪条路, 哪几家, 分别是, which labs (not which year, nor a superlative's one).
const NAMES =
  /哪一?[条家座所]|哪一?个(?:城市|市|省|地方|区|县)|\bwhat (?:city|province|town|county|district)\b|是哪一?个(?![月日号])|具体(?:都)?(?:是|有)?哪些|都是哪些|(?:项目|项|个|条|家)是哪些|分别有哪些|哪几[家条座所个项批]|哪[两二三四五六七八九十\d]+[家条座所个项批种件]|分别(?:是|系|係|有|叫)|哪几间|名单|(?:逐项|一一|全部|逐个)?列(?:出|举)(?:来|嚟)?|列(?:一下|下|个清单)|\bwhich\b(?!\s+(year|month|day|date|round|plan)\b)|\bwhat are the names\b|\bwhat (?:exactly )?are the \d+\b|\b(?:what|which) (?:are|were) the other\b|\b(?:the )?full list\b|(?:还有|仲有)(?:哪些|哪啲|边啲|啥|什么|咩)|(?:其余|其他|其它|剩下|另外)(?:的|那|嗰)?\d*[条个家项]?[^？?]{0,6}?(?:是|係|系)(?:什么|咩|啥|哪些)|\bname (them|the|all|every)\b|\blist (?:of|all|the)\b/;
// 出口 alone, not inside 进出口, and no word of total trade beside it.
const EXPORTS = /(?<!进)出口|\bexports?\b/;
const TRADE = /进出口|进口|外贸|贸易|\b(imports?|trade)\b/;
// 进口 alone, not 进出口 nor the Import Expo (进口博览会).
const IMPORTS = /(?<!出)进口(?!博览会|博覽會)|\bimports?\b(?! expo)/;
const NOT_IMPORTS = /进出口|出口|外贸|贸易|\b(?:exports?|trade)\b/;
const TARGET_FIGURE = /具体(?:目标|指标)|(?:做|达)到什么程度|\bspecific (?:targets?|goals?)\b/;
const COMPANIES =
  /哪(?:些|几家|几间|家|间|一家)(?:具体的?)?\p{Script=Han}{0,4}?(?:企业|公司)|\bwhich (?:[a-z-]+ ){0,2}(?:companies|company|firms|firm|enterprises)\b/u;
const UNIVERSITIES =
  /哪(?:些|几所|所)(?:高校|大学)|\bwhich (?:specific |particular |exact )?(?:universities|university|colleges)\b/;
const OFFICES =
  /(?:是|係|系|由)哪一?(?:个|家|間|间)?(?:部门|单位|机构|部委|交易所|机关)|哪一?个(?:部门|机构|部委|交易所)|\bwhich (?:[a-z-]+ ){0,3}(?:agency|agencies|department|departments|ministry|ministries|exchange|bureau|authority)\b/;
const REMAINING =
  /还剩|剩下|剩余|尚未|还没|没有?通车|未通车|没有?打通|没有?完成|未完成|\bstill (?:not|isn'?t|hasn'?t|hasnt|unopened|closed)\b|\bnot yet\b|\bremaining\b|\b(?:hasn'?t|hasnt|didn'?t|didnt|weren'?t|werent|wasn'?t|wasnt|haven'?t|havent) (?:been |get |got )?(?:opened|finished|completed|done)\b|\bnot (?:been )?(?:finished|completed|done)\b|\bunfinished\b|\bincomplete\b/;
const COMPLETED =
  /完成了?(几|多少)|(几|多少)(项|个|件)?(已经)?完成|完成(率|情况|度)|完成得|达标|达到了?预期|\b(completed|finished|accomplished|done)\b|\bcompletion\b|\bmet (?:their|its|the) (?:goals?|targets?)\b/;
// "罗方浩担任什么职务", "罗方浩是干什么的": the name before the words that ask for a role.
const PERSON_ROLE =
  /(\p{Script=Han}{2,3}?)\s*(?:现在|目前)?(?:在\p{Script=Han}{2,16}?)?(?:(?:担任|任|是)(?:什么|啥|哪个|何)(?:职务|职位|官|角色|身份)|是(?:干|做)(?:什么|啥|咩|乜)的?)|(\p{Script=Han}{2,3}?)的(?:职务|职位|身份|头衔)|(\p{Script=Han}{2,3}?)(?:是|在)哪(?:个|家|一个)?(?:单位|部门|机构)/u;
const PERSON_ROLE_EN = /\bwhat(?:'s| is| was) ([a-z]+ [a-z]+)'s (?:role|position|job|title|job title)\b/;
const NOT_A_PERSON = /^(他|她|这|那|主任|书记|省长|市长|现在|目前|长三角|领导|谁|哪位|说|讲)|自己|我们|你们/;
// "not the 90% thing", "不是90%那个": a figure the asker does not want again.
const REJECTED =
  /(?:(?<!是)不是|不要|别(?:跟我)?说|别给|而非|\bnot (?:the |that |this |just )?)\s*(\d+(?:\.\d+)?\s?%?)|['"‘“](?:above |over )?(\d+(?:\.\d+)?\s?%?)[^'"’”]{0,12}['"’”] is too vague/;
// "要准确数", "the exact rate": a figure given only as a bound (90%以上) does not answer.
const EXACT =
  /准确|精确|确切|具体(?:是)?(?:百分之)?多少|具体(?:的)?数(?:字|值)?|到底是(?:百分之)?多少|实际(?:是|系)?(?:多少|几多)|\d+(?:\.\d+)?%?(?:还是|定|或者)\d+(?:\.\d+)?%?|\bexact(ly)?\b|\bprecise(ly)?\b/;
const SUPERLATIVE =
  /最|\b(most|highest|largest|biggest|lowest|top)\b|\bfirst\b(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|batch|round|plan|group|lot)\b)/;
const ACTUAL_ASKED =
  /实际(?:数字|数值|值|达到了?多少|完成了?多少)|\b(?:the )?actual (?:figure|number|rate|value|result)\b|\bdid [a-z ]{2,30} (?:hit|meet|reach|achieve) (?:its|the|their)\b/;
const CURRENT =
  /现在|目前|当前|如今|眼下|实际|真实|\b(now|currently|right now|today|so far|actual|actually|in reality|real (?:number|figure|rate|value))\b/;
const SAID = /(讲|说|表示|提出|谈)(了|过|的)?(些)?(啥|什么)|\bwhat did\b.{1,40}\b(say|said|talk)/;
const THEME = /主题|\btheme\b|\bmotto\b/;
// Words that ask what someone said, beside SAID's (说了什么).
const SAYS =
  /怎么说|怎样说|如何说|表示|提到|谈到|介绍|讲话|发言|\b(?:say|said|says|mention(?:ed)?|talk(?:ed)? about|speak|spoke)\b/;
const WHO =
  /谁|哪位|哪些[^？?。]{0,8}?(?:官员|领导|人|单位|部门|部委)(?:出席|参加|参会|来了)|\bwho (?:attended|was there|took part)\b|边个|边位|叫什么|叫啥|叫乜|乜名|什么名字|名字|姓名|哪个?(?:省|市|部门|单位|机构|公司)(?:来)?(?:牵头|负责)|由哪一?(?:家|个|所)|哪一?家[^？?。]{0,8}?在(?:做|搞|负责|运营|办)|\bwho\b|\bname of\b|\bwhich (?:agency|company|body|department|province|city|office)\b[^?]{0,30}\b(?:responsible|in charge|leads?|led|runs?)\b|\bwhich (?:[a-z]+ )?(?:agency|agencies|organi[sz]ations?|institutions?|partners?)\b/;
/** Words that ask for a goal rather than a result. */
const ASKS_TARGET =
  /目标|计划到|规划到|要达到|力争|预计|\d{4}年(?:之前|以前)|想(?:要)?(?:去到|达到|做到)|希望|打算|\b(target|goal|aim|planned|expected)s?\b/;
// "actual number, not the target", "不是目标", "met their goals": a result is asked for.
const NOT_TARGET =
  /(不是|不要|而非|非)(那个)?(目标|预期)|\bnot (the |a |its )?(target|goal|plan(ned)?|expected)s?\b|\b(instead of|rather than) (the |a )?(target|goal)s?\b|\b(met|meet|meets|achieved|reached|reach|hit|missed|achieve)\b[^?.]{0,40}?\b(target|goal)s?\b|(达到|实现|完成)(了)?(预期)?目标|达标/g;

/** Whether a (folded) question asks for a goal rather than a result. */
export function asksForTarget(folded: string): boolean {
  return ASKS_TARGET.test(folded.replace(NOT_TARGET, ' '));
}
// "交通领域", "生态方面": a part of a plan, named before 领域/方面/板块.
const PART = /(\p{Script=Han}{2,4}?)(?:领域|方面|板块)/u;
// 第三轮, 第十轮 (read by the one numeral reader), "third round", "3rd plan".
const ROUND = new RegExp(
  `第([一二三四五六七八九十\\d]+)轮|\\b(${Object.keys(ENGLISH_ORDINALS).join('|')})\\s+(?:round|plan|three-year)|\\bround\\s+(${Object.keys(ENGLISH_ROUND_NUMBERS).join('|')})\\b`,
);

const NEXT_PLAN = /下一轮|下轮|\bnext (?:round|plan|three-year plan)\b/;

// What names another body's or sector's plan (示范区重大建设项目, 江苏省), as opposed to 前两轮 or 谁印发了.
const OTHER_BODY = /示范区|项目|专项|重大|工程|产业|行业|[省市县区部厅局委]$|集团|公司/;
// The words by which users name our plans, around 三年行动计划.
const OUR_PLAN_WORDS =
  /长三角|长江三角洲|地区|区域|一体化|高质量|发展|新一轮|最新一轮|最新|本轮|这轮|那轮|第[一二三四五六七八九十\d]+轮|首轮|上一轮|上轮|下一轮|轮|\d{2,4}年?|[到至—–~-]|新的?|年度?/g;

/** A round or period the question names that no plan of the data has. */
function unknownPlanOf(records: Records, folded: string): string | undefined {
  // 下一轮, "the next plan": the one after the newest, which no source describes yet.
  const next = NEXT_PLAN.exec(folded)?.[0];
  if (next !== undefined) return next;
  const round = ROUND.exec(folded);
  if (round !== null) {
    const n =
      round[1] !== undefined
        ? Number(round[1]) || numeralValue(round[1])
        : round[2] !== undefined
          ? ENGLISH_ORDINALS[round[2]]!
          : ENGLISH_ROUND_NUMBERS[round[3]!]!;
    if (Number.isFinite(n) && !records.knowledge.plans.some((p) => p.round === n)) return round[0];
  }
  for (const m of normalizeNumerals(folded).matchAll(
    /((?:19|20)\d{2})\s*(?:[—–~-]|到|至)\s*((?:19|20)?\d{2})(?!\d)/g,
  )) {
    const from = m[1]!;
    const to = m[2]!.length === 2 ? `${from.slice(0, 2)}${m[2]}` : m[2]!;
    const known = [...records.knowledge.plans, ...records.knowledge.documents].some(
      (p) => p.period !== undefined && p.period.startsWith(from) && p.period.endsWith(to),
    );
    if (!known && Number(to) - Number(from) === 2) return `${from}—${to}`;
  }
  // 示范区重大建设项目三年行动计划: another body's three-year plan, whatever years it shares with ours.
  const qualifier = /(\p{Script=Han}{2,14})三年行动(?:计划|方案)/u
    .exec(folded)?.[1]
    ?.replace(OUR_PLAN_WORDS, '')
    .replace(/^.*?(?:的|里|中|那个|这个)/, '');
  if (qualifier !== undefined && OTHER_BODY.test(qualifier)) {
    const held = [...records.knowledge.plans, ...records.knowledge.documents].some((d) =>
      [d.title, ...d.aliases].some((n) => foldText(n).includes(qualifier)),
    );
    if (!held) return `${qualifier}三年行动计划`;
  }
  // 十五五规划: a five-year period's document the data does not hold.
  const english = /\b1([1-9])th five[- ]year\b/.exec(folded)?.[1];
  const fiveYear =
    english !== undefined
      ? `十${'一二三四五六七八九'[Number(english) - 1]}五`
      : /十[一二三四五六七八九]五(?=[^，。？?]{0,8}(规划|计划|方案|期间|时期))/.exec(folded)?.[0];
  if (fiveYear !== undefined) {
    const held = records.knowledge.documents.some((d) =>
      [d.title, ...d.aliases].some((n) => foldText(n).includes(fiveYear)),
    );
    if (!held) return fiveYear;
  }
  return undefined;
}

/** The batch numbers a text names (首批 is the first). */
export function batchesOf(folded: string): number[] {
  return [...folded.matchAll(BATCH)].map((m) =>
    m[0] === '首批'
      ? 1
      : m[1] !== undefined
        ? Number(m[1]) || numeralValue(m[1])
        : m[3] !== undefined
          ? Number(m[3])
          : ENGLISH_ORDINALS[m[2]!]!,
  );
}

// "how many of the 320 tasks were about public services": the part after the task word.
const ENGLISH_PART =
  /\btasks?\b[^?.,;]*?\b(?:about|under|on|for|in|concerning|covering|related to|dealing with|deals? with|involv(?:e|es|ing)|relates? to|devoted to|(?:assign(?:ed|s)?|allocated|dedicated|given|went|go|going) to)\s+(?:the\s+)?([a-z][a-z0-9 -]{2,50}?)(?:\s+specifically|\s+alone|\s+only)?\s*(?:[?.,;]|$)/;
// "106项事项里，开放行动占几项", "54项重点工作里，跟太湖治理有关的有几项": a part of a listed count.
const SHARE_OF_LIST =
  /(?<=项|任务|事项|计划|方案|清单|工作|需求|成果)\s*(?:里面|里头|当中|里|中)[，,]?\s*(?:跟|和|与)?(\p{Script=Han}{2,8}?)(?:有关|相关)?的?(?:方面|类)?(?:的)?(?:占|有)(?:了)?(?:几|多少)/u;
const ENGLISH_PART_BEFORE = /\bhow many ([a-z][a-z -]{2,40}?) (?:key |main )?tasks?\b/;
const GENERIC_TASKS = /^(?:key|main|major|priority|important|total|more|new|other|of|the)\b/;
// "41项揭榜任务里有几项属于未来产业": the part follows the count.
const BELONGS_TO_PART =
  /(?:几|多少)(?:项|个|条)(?:是)?(?:属于|关于|涉及)(\p{Script=Han}{2,8}?)(?:的|方面|领域|类|[?？]|$)/u;
// "具体安排了哪些任务", "which tasks": the tasks of a part are listed rather than counted.
const LISTS_TASKS = /哪些(?:重点)?任务|什么任务|\b(?:what|which) tasks\b/;
const RELATED_PART =
  /\bhow many (?:of (?:those|them|these|the \w+)(?: tasks)?)\b[^?]*?\b(?:were|are|was|is)\s+(?:about\s+|on\s+|for\s+)?([a-z][a-z -]{2,30}?)[\s-]related\b/;
const NOT_A_PART = /^(plan|round|first|second|third|three|yrd|yangtze|total|all|each|it|this|that)\b/;

/** The part of a plan a count question names, when it is not one of the areas ("交通领域"). */
function countedPart(folded: string): string | undefined {
  if (!TASK_COUNT.test(folded) || !(COUNT.test(folded) || LISTS_TASKS.test(folded))) return undefined;
  // "how many of those were transport related": the part is what the counted tasks are.
  const related = RELATED_PART.exec(folded)?.[1]?.trim();
  if (related !== undefined && !NOT_A_PART.test(related)) return related;
  // "…regional market integration in the new plan": the plan is a constraint of its own, not the part.
  // "the 'safe development' / security part": quotes and slashes set the part off, they are not in it.
  // "tasks in the second round plan were about X": the plan's words are no part.
  const english = ENGLISH_PART.exec(
    folded
      .replace(/['"“”‘’]/g, '')
      .replace(/\s*\/\s*/g, ', ')
      .replace(/\b(?:in|of|under) the (?:[a-z0-9-]+ ){0,3}(?:plan|round)\b/g, ' '),
  )?.[1]
    ?.replace(/\s+(?:in|of|under|for)\s+(?:the\s+)?(?:[a-z0-9-]+\s+){0,3}(?:plan|round)$/, '')
    .trim();
  if (english !== undefined && !NOT_A_PART.test(english)) return english;
  // "how many ecological protection tasks": the part before the task word.
  const before = ENGLISH_PART_BEFORE.exec(folded)?.[1]?.trim();
  if (before !== undefined && !NOT_A_PART.test(before) && !GENERIC_TASKS.test(before)) return before;
  // "106项事项里，开放行动占几项": the part is what takes a share of the count.
  const share = SHARE_OF_LIST.exec(folded)?.[1];
  if (share !== undefined && !/哪些|哪几|几个|多少|什么|一共|总共/.test(share)) return share;
  // "41项揭榜任务里有几项属于未来产业": the part follows the count.
  const belongs = BELONGS_TO_PART.exec(folded)?.[1];
  if (belongs !== undefined) return belongs;
  const part = PART.exec(folded)?.[1]?.replace(/^(计划|规划|里|中|的|在|有)+/, '');
  return part !== undefined && part.length >= 2 && !/哪些|哪几|几个|多少|什么/.test(part) ? part : undefined;
}

/** A meeting was held: what every meeting, forum and briefing of the data was. */
export const HELD = /召开|举行|举办|开幕|\b(held|convened|took place)\b/;
/** A document was issued: what every document of the data was, on its date. */
export const ISSUED = /印发|发布(?!会)|出台|公布|颁布|\b(issued|released|published|unveiled)\b/;

/** Kinds of event a when-question asks about, each with the words that say it happened (Chinese, English). */
const ACTS: readonly RegExp[] = [
  /成立|设立|组建|挂牌|揭牌|\b(founded|established|set up|formed)\b/,
  /开通|通车|开行|建成通车|投运|\b(opened|open|opens)\b/,
  /签署|签订|签约|\b(signed|sign)\b/,
  /主持|\b(chaired|chairs|chair|presided|hosted|moderated|moderator|emceed)\b/,
  /开始实施|开始执行|开始施行|起实施|施行|\b(?:took effect|take effect|came into force|come into force|implemented)\b/,
  ISSUED,
  HELD,
];
const DAY =
  /哪一天|(?<!星期)几号|几月几[日号]|具体(?:日期|哪天|哪一天)|哪天(?!开始)|\b(?:exact|which|what|specific) (?:day|date)\b|\bon what day\b/;
const ASKS_RANKING =
  /(?:哪|\bwhich\b|\bwhat\b)[^?？。]{0,60}?(?:最多|最快|最高|最大|最少|最低|最强|\b(?:most|fastest|highest|largest|biggest|lowest|least)\b)/;
// "第二轮比第一轮高还是低", "did round one or round two have the higher rate": which of two is ahead.
const COMPARES =
  /高了?还是低了?|多了?还是少了?|(?:增加|减少|变多|变少)了?还是(?:增加|减少|变多|变少)了?|还是[^?？。]{1,20}?更(?:高|多|快|大)|\bor\b[^?.]{1,40}?\b(?:higher|bigger|larger|faster)\b/;
const ASKS_WHY = /为什么|为何|为啥|点解|(?:什么|啥|咩)背景|\bwhy\b|\bhow come\b/;
const ASKS_WHERE =
  /在哪(?!一?[个些]?(?:场合|会|次|场|方面|领域|层面|层次|环节|阶段|年|天|月|轮|批|份|种|项|条|一))|哪里|哪儿|何地|何处|什么地方|喺边|设在哪|\bwhere\b|\b(?:what|which) (?:place|venue|location)\b/;
// "G60卫星互联网产业集群具体建在哪个区", "where is the g60 satellite internet cluster": what is placed.
const WHERE_OF =
  /([\p{Script=Han}a-z0-9]{2,24}?)(?:到底|究竟|目前|现在)?(?:是)?(?:具体)?(?:建|设|位|落户?|坐落|选址)?(?:在|喺|于)(?:哪|什么地方|何处)|\bwhere (?:is|are|was|were|will) (?:the )?([a-z0-9 -]{3,60}?)(?: be)?(?: located| based| built| set up)?\s*(?:[?.]|$)/u;
const NOT_PLACED = /^(?:请问|请|问|那个|这个|那|这)+/;

function whereOf(folded: string): string | undefined {
  const m = WHERE_OF.exec(folded);
  const subject = (m?.[1] ?? m?.[2])?.replace(NOT_PLACED, '');
  return subject === undefined || subject.length < 2 ? undefined : subject;
}
const WHICH_PLACE =
  /哪(?:个|些|几个)(?:城市|省份?|地方|区县|区|县)|\b(?:which|what) (?:city|province|town|cities|provinces|towns|districts|counties)\b/;
// "是不是明年就…", "will it start next year": a time is asked, though no when-word says so.
const RELATIVE_TIME =
  /明年|今年|后年|年底前|年内|\b(?:next|this) year\b|\bby the end of (?:the|this|next) year\b/;
// …that something starts or opens then (a role "this year" asks who, not when).
const STARTS =
  /开始|启动|实施|上线|开通|通车|建成|落地|出台|运行|运营|\b(?:start|starts|begin|begins|launch|launches|open|opens|take effect|takes effect|go live|goes live)\b/;
// A part of a year, as the data writes it.
const PARTS_OF_YEAR: readonly [RegExp, string][] = [
  [/前三季度|\bfirst (?:three|3) quarters\b|\bq1\s*[-–~]\s*q3\b/, '前三季度'],
  [/[一1]季度|第一季度|\bq1\b|\bfirst quarter\b/, '一季度'],
  [/[二2]季度|第二季度|\bq2\b|\bsecond quarter\b/, '二季度'],
  [/[三3]季度|第三季度|\bq3\b|\bthird quarter\b/, '三季度'],
  [/[四4]季度|第四季度|\bq4\b|\bfourth quarter\b/, '四季度'],
  [/上半年|\bh1\b|\bfirst half\b/, '上半年'],
  [/下半年|\bh2\b|\bsecond half\b/, '下半年'],
];
const FULL_YEAR = /全年|\bfull[\s-]year\b|\bwhole (?:of )?(?:the )?year\b|\bwhole of (?:19|20)\d{2}\b/;

/** The part of a year a (folded) text names, as the data writes it (Q1 → 一季度). */
export function partOfYearIn(folded: string): string | undefined {
  return PARTS_OF_YEAR.find(([pattern]) => pattern.test(folded))?.[1];
}

/** Whether a (folded) text names a part of a year ("一季度", "first quarter"); for 全年, whether it names none. */
export function namesPartOfYear(folded: string, part: string): boolean {
  if (part === '全年') return !PARTS_OF_YEAR.some(([pattern]) => pattern.test(folded));
  return PARTS_OF_YEAR.some(([pattern, name]) => name === part && pattern.test(folded));
}

const MEETING =
  /会议|会上|座谈会|发布会|记者会|论坛|\b(?:meeting|symposium|conference|forum|briefing|presser)\b/;
const SUCCESSION =
  /第一任|首任|前任|上一任|历任|接任|继任|接替|\b(?:replaced|succeeded|successor|took over from)\b|之前[,，\s]*(?:的)?[^?？。]{0,16}?(?:主任|负责人|领导|局长)|\b(first|former|previous|earlier)\s+(director|head|chief|leader)s?\b|\bbefore\b.{1,30}\btook over\b|\b(?:headed|led|ran|directed)\b.{1,60}\bbefore [a-z]+ [a-z]+\b/;

/** What a when- or who-question asks happened, as the question words it (成立, chaired), if it asks about such an act. */
function actOf(folded: string): string | undefined {
  if (!ASKS_WHEN.test(folded) && !WHO.test(folded)) return undefined;
  for (const act of ACTS) {
    const word = act.exec(folded)?.[0];
    if (word !== undefined) return word;
  }
  return undefined;
}

/** Whether a word is one of the acts a question can ask about (成立, chaired), not a thing. */
export function isActWord(word: string): boolean {
  return ACTS.some((act) => act.test(word));
}

/** The words that say the same act happened (成立 → 成立|设立|组建…). */
export function actWords(act: string): RegExp {
  return ACTS.find((words) => words.test(act)) ?? new RegExp(act);
}

// What someone said, asked about a topic: the topic follows the verb.
const SAID_ABOUT =
  /(?:讲没讲|讲了没|说没说|提没提|谈没谈|(?:有没有|有冇)(?:专门|具体|单独|特别)?(?:讲|说|提|谈|写(?=到|过)))(?:过|到)?(.{2,})|\b(?:say|said|says|talk|talked|talks|speak|spoke|mention|mentioned)\s+(?:anything\s+)?(?:about|on|of)\s+(.{3,})/;

// "对生态共保联治是怎么说的", "关于低空经济说了什么": the topic comes before the verb.
const SAID_ON =
  /(?:对|关于|就)(\p{Script=Han}{2,20}?)(?:是|都|又)?(?:怎么|如何|咋|点样)(?:说|讲|表态|介绍|谈|评价|看待?)|(?:对|关于|就)(\p{Script=Han}{2,20}?)(?:说|讲|谈)了?(?:些)?(?:什么|啥|乜)/u;

function saidAbout(folded: string): string | undefined {
  const m = SAID_ABOUT.exec(folded);
  const on = SAID_ON.exec(folded);
  const topic = (m?.[1] ?? m?.[2] ?? on?.[1] ?? on?.[2])
    ?.replace(/[?？!！。.]+$/, '')
    .replace(/(?:要|会)?(?:怎么|如何|点样|咋).*$|\s+(?:at|in|during) the .*$/, '')
    .replace(/的$/, '')
    .replace(/^(?:the|a|an)\s+/, '')
    .trim();
  return topic === undefined || topic.length < 2 ? undefined : topic;
}

/** The person whose role a question asks ("罗方浩担任什么职务", "what is Gu Jun's position"). */
function personAsked(folded: string): string | undefined {
  const m = PERSON_ROLE.exec(folded);
  // 请问顾军…: the polite opening is no part of the name.
  const name = (m?.[1] ?? m?.[2] ?? m?.[3] ?? PERSON_ROLE_EN.exec(folded)?.[1])?.replace(
    /^(?:请问|请|问)/,
    '',
  );
  return name === undefined || name.length < 2 || NOT_A_PERSON.test(name) ? undefined : name;
}

/** The constraints a question states. */
export function readConstraints(records: Records, question: string, intent: QueryIntent): Constraints {
  const folded = mandarinQuestionWords(foldText(question));
  const numeric = normalizeNumerals(folded);
  const constraints: Constraints = {};
  const year = yearOf(numeric);
  if (year !== undefined) constraints.year = year;
  else {
    const side = yearsSideBySide(numeric);
    if (side !== undefined) constraints.years = side;
  }
  if (intent.plan !== undefined) constraints.plan = intent.plan;
  // A part of a listed count (54项重点工作里…) is asked, not an area its list shares a name with.
  const area = SHARE_OF_LIST.test(folded) ? undefined : countedArea(records, folded);
  if (area !== undefined) constraints.area = area;
  const place = placeNamed(folded);
  const guessed = place === undefined ? undefined : placeGuessed(folded, place);
  if (guessed !== undefined) constraints.guessedPlace = [guessed, place!];
  else if (place !== undefined) constraints.place = place;
  const role =
    ROLE.exec(folded)?.[1] ?? (DEPUTY_EN.test(folded) ? '副主任' : ROLE_EN.test(folded) ? '主任' : undefined);
  // "省委书记都讲了啥": what a role-holder said is asked, so a record must name the role.
  if (role !== undefined && (WHO.test(folded) || SAID.test(folded))) constraints.role = role;
  if (WHO.test(folded)) constraints.who = true;
  if (constraints.who === true && OFFICIAL.test(folded)) constraints.official = true;
  if (THEME.test(folded)) constraints.theme = true;
  if (area === undefined) {
    const part = countedPart(folded);
    // An area of the newest plan named for an older plan ("第一轮…生态环境方面") is a part that plan may lack.
    const olderPlan = intent.plan !== undefined && intent.plan !== records.newestPlan?.id;
    if (
      part !== undefined &&
      (olderPlan || !records.currentAreas.some((a) => foldText(a.short).startsWith(part)))
    )
      constraints.part = part;
  }
  const act = actOf(folded);
  if (act !== undefined) constraints.act = act;
  if (act !== undefined && ASKS_WHEN.test(folded)) constraints.actDate = true;
  else if (ASKS_WHEN.test(folded) && !DAY.test(folded))
    constraints.when = MEETING.test(folded) || SAID.test(folded) ? 'event' : 'any';
  else if (RELATIVE_TIME.test(folded) && STARTS.test(folded)) constraints.when = 'any';
  if (constraints.year !== undefined && MEETING.test(folded)) constraints.meetingYear = true;
  // "在哪开的": a meeting's card says where; "是在上海开的吗" is a guess that the card answers too.
  // "which city piloted it": a place is the answer too, unless a ranking is asked (哪个城市GDP最高).
  if (
    (ASKS_WHERE.test(folded) || (WHICH_PLACE.test(folded) && !ASKS_RANKING.test(folded))) &&
    constraints.guessedPlace === undefined
  ) {
    constraints.where = true;
    const placed = whereOf(folded);
    if (placed !== undefined) constraints.whereOf = placed;
  }
  // "the full year, not the first three quarters": a figure of a part of the year does not answer.
  const partOfYear = FULL_YEAR.test(numeric) ? '全年' : partOfYearIn(numeric);
  if (partOfYear !== undefined) constraints.partOfYear = partOfYear;
  if (DAY.test(folded)) constraints.day = MEETING.test(folded) ? 'event' : 'any';
  if (ASKS_RANKING.test(folded) || COMPARES.test(folded)) constraints.ranking = true;
  if (ASKS_WHY.test(folded)) constraints.why = true;
  if (SUCCESSION.test(folded)) constraints.succession = true;
  const named = [...new Set(batchesOf(folded))];
  let asked = [...new Set(batchesOf(numeric.replace(GIVEN_BATCH, ' ')))];
  // "首批12家之后，第二批有几家": of two batches, the one given its count is not the one asked.
  if (asked.length > 1)
    asked = [...new Set(batchesOf(numeric.replace(GIVEN_BATCH, ' ').replace(COUNTED_BATCH, ' ')))];
  const batches = asked.length > 0 ? asked : named;
  if (batches.length === 1 && Number.isFinite(batches[0])) constraints.batch = batches[0]!;
  if (
    (NAMES.test(folded) || NAMES.test(numeric)) &&
    !COUNT.test(folded.replace(/哪几/g, ' ')) &&
    !SUPERLATIVE.test(folded)
  )
    constraints.names = true;
  const listSize = namedCount(numeric);
  if (constraints.names === true && listSize !== undefined) constraints.listSize = listSize;
  const unknownPlan = unknownPlanOf(records, folded);
  if (unknownPlan !== undefined) constraints.unknownPlan = unknownPlan;
  // "did it hit its 3.3% target? what's the actual figure": the target is what the asker has.
  if (ACTUAL_ASKED.test(folded)) constraints.current = true;
  else if (asksForTarget(folded)) constraints.wantsTarget = true;
  else if (CURRENT.test(folded)) constraints.current = true;
  if (EXPORTS.test(folded) && !TRADE.test(folded)) constraints.exports = true;
  if (IMPORTS.test(folded) && !NOT_IMPORTS.test(folded)) constraints.imports = true;
  if (COMPLETED.test(folded)) constraints.completed = true;
  if (REMAINING.test(folded)) constraints.remaining = true;
  if (TARGET_FIGURE.test(folded)) constraints.targetFigure = true;
  if (COMPANIES.test(folded)) constraints.bodies = 'company';
  else if (UNIVERSITIES.test(folded)) constraints.bodies = 'university';
  else if (OFFICES.test(folded)) constraints.bodies = 'office';
  Object.assign(constraints, readDetails(folded));
  // "2020年和2021年分别是多少": each of the years, not each province.
  if (constraints.years !== undefined && !/各省|按省|\bprovince/.test(folded)) delete constraints.breakdown;
  const about = saidAbout(folded);
  if (about !== undefined) constraints.saidAbout = about;
  const speaker = records.speakers.find((name) => folded.includes(foldText(name)));
  if (speaker !== undefined && (about !== undefined || SAID.test(folded) || SAYS.test(folded)))
    constraints.speaker = { name: speaker, counts: COUNT.test(folded) };
  const person = personAsked(folded);
  if (person !== undefined) constraints.person = person;
  // "顾军几时开始做主任": when something of a named person happened; a record without them is not it.
  else if (speaker !== undefined && constraints.speaker === undefined && ASKS_WHEN.test(folded))
    constraints.person = speaker;
  const rejection = REJECTED.exec(numeric);
  const rejected = (rejection?.[1] ?? rejection?.[2])?.replace(/\s/g, '');
  if (EXACT.test(folded) || EXACT.test(numeric)) constraints.exact = true;
  if (rejected !== undefined) constraints.rejected = rejected;
  if (year !== undefined && new RegExp(`${year}年年?[底尾]|${year}年末|end of ${year}`).test(numeric))
    constraints.yearEnd = true;
  // "2024 alone", 仅2024年: a figure for several years (2022—2024) that includes it does not answer.
  if (
    year !== undefined &&
    new RegExp(
      `${year} alone|\\bin ${year} only|\\bonly in ${year}|(?:仅|单|光|只)(?:是|算)?${year}|${year}年(?:当年|一年|1年|单年|全年)`,
    ).test(numeric)
  )
    constraints.yearAlone = true;
  return constraints;
}

// What only refines another constraint (a year's end, an official among the who) or is checked on its
// own (a plan named, a guessed place): a question with only these pins nothing an answer must meet.
const REFINEMENTS: ReadonlySet<keyof Constraints> = new Set<keyof Constraints>([
  'plan',
  'guessedPlace',
  'official',
  'wantsTarget',
  'yearEnd',
  'yearAlone',
  'actDate',
  'meetingYear',
  'listSize',
  'whereOf',
]);

/** Whether the question pins down anything an answer must meet. */
export function hasConstraints(c: Constraints): boolean {
  return Object.entries(c).some(
    ([key, value]) => !REFINEMENTS.has(key as keyof Constraints) && value !== undefined && value !== false,
  );
}

export { PLACES };
