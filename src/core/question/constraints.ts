import type { Area } from '../data/schema.js';
import type { Records } from '../data/records.js';
import { foldText, readQuestion } from '../text/fold.js';
import type { QueryIntent } from './intent.js';
import { PLACES, placeNamed } from './places.js';
import { ASKS_WHEN } from './facet.js';
import { normalizeNumerals, numeralValue } from '../text/numerals.js';
import { ENGLISH_ORDINALS } from '../text/ordinals.js';
import { namedCount } from '../text/lists.js';
import { FULL_YEAR, GIVEN_VALUE, partOfYearIn, yearOf, yearsSideBySide } from './years.js';
import { asksPartOfCount, COUNT, countedArea, countedPart } from './parts.js';
import { unknownPlanOf } from './unknown-plan.js';
import { actOf } from './acts.js';
import { namedCountry } from './countries.js';
import { readDetails, type AskedDetails } from './details.js';

/**
 * What a question pins down that an answer must meet: a year, a plan round, an area of the plan, a
 * province or city. A record that contradicts one (2024 for a 2025 question, the region for 江苏, the
 * plan's 165 for one area's count) is never the answer.
 */
export interface Constraints extends AskedDetails {
  /** "2024年3月", "in March 2024": a month the question names (YYYY-MM), which a figure of another month does not meet. */
  yearMonth?: string;
  /** "7月25号那个发布会": a day the question names (MM-DD), which a record of another day does not meet. */
  monthDay?: string;
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
  /**
   * "2024 alone", 仅2024年, 唔要累计: one year's own figure, not one of several years that include it nor a
   * total to date.
   */
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
  /** "YRD-Finland cooperation": the names of a partner country asked about, one of which an answer names. */
  country?: { zh: string; names: string[] };
  /** The figure the asker gave, which the best answer only repeats: another figure beside it is asked. */
  echoed?: string;
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

// "是在上海开的吗", "was it held in Shanghai?": the place is the asker's guess, and the meeting held
// elsewhere is the answer that corrects it.
const GUESSED_PLACE =
  /(?:是不是|是否)\s*在(\p{Script=Han}{2,4}?)(?:召开|举行|举办|开)|在(\p{Script=Han}{2,4}?)(?:召开|举行|举办|开)的?(?:吗|么|嘛|吧|不|没有?|呀|㗎)|\b(?:held|hosted|convened|take place|took place) in ([a-z ]+?)\s*(?:\?|$)/u;

function placeGuessed(folded: string, place: string): string | undefined {
  const m = GUESSED_PLACE.exec(folded);
  const guessed = m?.[1] ?? m?.[2] ?? m?.[3];
  // 喺上海哪里开㗎 asks where in 上海; it guesses nothing.
  return guessed !== undefined && placeNamed(guessed) === place && !/哪|什么|啥|咩/.test(guessed)
    ? guessed
    : undefined;
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
  /哪一?[条家座所]|哪一?个(?:城市|市|省|地方|区|县)|\bwhat (?:city|province|town|county|district)\b|是哪一?个(?![月日号])|具体(?:都)?(?:是|有)?哪些|都是哪些|(?:项目|项|个|条|家)是哪些|分别有哪些|哪几[家条座所个项批]|哪[两二三四五六七八九十\d]+[家条座所个项批种件]|分别(?:是|系|係|有|叫)|哪几间|名单|(?:逐项|一一|全部|逐个)?列(?:出|举)(?:来|嚟)?|列(?:一下|下|个清单)|\bwhich\b(?!\s+(year|month|day|date|round|plan)\b)|\bwhat are the names\b|\bwhat (?:exactly )?are the \d+\b|\b(?:what|which) (?:are|were) the other\b|\b(?:the )?full list\b|还有(?:哪些|哪啲|边啲|啥|什么|咩)|(?:其余|其他|其它|剩下|另外)(?:的|那)?\d*[条个家项]?[^？?]{0,6}?(?:是|係|系)(?:什么|咩|啥|哪些)|\bname (them|the|all|every)\b|\blist (?:of|all|the)\b|\b(?:can|could) (?:you|u) (?:please |pls )?name\b|\bname (?:some|a few|any|several)\b|(?<![\d.])(?:[2-9]|[1-9]\d+)\s*[项个条家件]\s*(?:具体)?(?:都)?是(?:啥|什么|哪些)|\bnames of (?:the|all|those|these)\b/;
// 出口 alone, not inside 进出口, and no word of total trade beside it.
const EXPORTS = /(?<!进)出口|\bexports?\b/;
const TRADE = /进出口|进口|外贸|贸易|\b(imports?|trade)\b/;
// 进口 alone, not 进出口 nor the Import Expo (进口博览会).
const IMPORTS = /(?<!出)进口(?!博览会|博覽會)|\bimports?\b(?! expo)/;
const NOT_IMPORTS = /进出口|出口|外贸|贸易|\b(?:exports?|trade)\b/;
const TARGET_FIGURE = /具体(?:目标|指标)|(?:做|达)到什么程度|\bspecific (?:targets?|goals?)\b/;
const COMPANIES =
  /哪(?:些|几家|几间|家|间|一家)(?:具体的?)?\p{Script=Han}{0,4}?(?:企业|公司)|\bwhich (?:[a-z-]+ ){0,4}(?:companies|company|firms|firm|enterprises)\b/u;
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
// 满意消费行动是哪个部门牵的头: a campaign or a project is not a person.
const NOT_A_PERSON =
  /^(他|她|这|那|主任|书记|省长|市长|现在|目前|长三角|领导|谁|哪位|说|讲)|自己|我们|你们|(?:行动|项目|活动|工作|任务|会议|平台|联盟|集群|基金|工程|方案|计划|规划|纲要|清单)$/;
// "唔要累计嗰个数", "not the cumulative total": the year's own figure, beside the year words read below.
const YEAR_ALONE =
  /(?:一年|全年|当年)(?:就|的)?\s*(?:用|支持|花|投|发)|(?:不要|不是|非)累计|\balone in (?:19|20)\d{2}\b|\bjust (?:in|for|during) (?:19|20)\d{2}\b|\b(?:not|rather than) (?:the )?(?:cumulative|running total|total to date)\b/;
// "not the 90% thing", "不是90%那个": a figure the asker does not want again.
const REJECTED =
  /(?:(?<!是)不是|不要|别(?:跟我)?说|别给|而非|\bnot (?:the |that |this |just )?)\s*(\d+(?:\.\d+)?\s?%?)|['"‘“](?:above |over )?(\d+(?:\.\d+)?\s?%?)[^'"’”]{0,12}['"’”] is too vague/;
// "要准确数", "the exact rate": a figure given only as a bound (90%以上) does not answer.
const EXACT =
  /准确|精确|确切|具体(?:是)?(?:百分之)?(?:多少|几)|具体(?:的)?数(?:字|值)?|到底是(?:百分之)?多少|实际(?:是|系)?多少|\d+(?:\.\d+)?%?(?:还是|定|或者)\d+(?:\.\d+)?%?|\bexact(ly)?\b|\bprecise(ly)?\b/;
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
const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// "2024年3月", "March 2024", "mar. 2024": a month of a year (not 2024年3月5日, a day).
const MONTH_OF_YEAR = new RegExp(
  String.raw`((?:19|20)\d{2})年(1[0-2]|0?[1-9])月(?![\d份]*[日号])|\b(${MONTHS_EN.join('|')})[a-z]*\.? (?:of )?((?:19|20)\d{2})\b`,
);

function namedMonth(numeric: string): string | undefined {
  const m = MONTH_OF_YEAR.exec(numeric);
  if (m === null) return undefined;
  // "may" alone is also a verb: the English month needs its year right after it, as matched.
  const month = m[2] !== undefined ? Number(m[2]) : MONTHS_EN.indexOf(m[3]!) + 1;
  return `${m[1] ?? m[4]}-${String(month).padStart(2, '0')}`;
}

// "7月25号", "7月25日": a day named (not 几号, which asks one).
const NAMED_DAY = /(?<!\d)(1[0-2]|0?[1-9])月(3[01]|[12]\d|0?[1-9])(?:日|号)/;
const GIVEN_BATCH = new RegExp(String.raw`(?:首批|第[一二三四五六七八九十\d]+批)(?=${GIVEN_VALUE})`, 'g');
const COUNTED_BATCH = /(?:首批|第[一二三四五六七八九十\d]+批)(?=\s*\d)/g;

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

const DAY =
  /哪一天|(?<!星期)几号|几月几[日号]|具体(?:日期|哪天|哪一天)|哪天(?!开始)|\b(?:exact|which|what|specific) (?:day|date)\b|\bon what day\b/;
const ASKS_RANKING =
  /(?:哪|\bwhich\b|\bwhat\b)[^?？。]{0,60}?(?:最多|最快|最高|最大|最少|最低|最强|\b(?:most|fastest|highest|largest|biggest|lowest|least|fewest|smallest)\b)/;
// "第二轮比第一轮高还是低", "did round one or round two have the higher rate": which of two is ahead.
const COMPARES =
  /高了?还是低了?|多了?还是少了?|(?:增加|减少|变多|变少)了?还是(?:增加|减少|变多|变少)了?|还是[^?？。]{1,20}?更(?:高|多|快|大)|\bor\b[^?.]{1,40}?\b(?:higher|bigger|larger|faster)\b|\b(?:higher|more|bigger|larger) or (?:lower|fewer|less|smaller)\b/;
// "rank the four provinces by…", 按…排个名: an order, which a lone record's figure is not.
const RANK_ORDER =
  /^(?:pls |please |can you )?rank\b|\brank (?:the|them|these|those|all)\b|排个名|排一下名|按[^？?。]{1,12}?排(?:序|名)/;
const ASKS_WHY = /为什么|为何|为啥|点解|(?:什么|啥|咩)背景|\bwhy\b|\bhow come\b/;
const ASKS_WHERE =
  /在哪(?![一个些啲几两二三四五六七八九十\d]*(?:场合|会|次|场|方面|领域|层面|层次|环节|阶段|年|天|月|轮|批|份|种|项|条|一))|哪里|哪儿|何地|何处|什么地方|喺边|设在哪|\bwhere\b|\b(?:what|which) (?:place|venue|location)\b/;
// "G60卫星互联网产业集群具体建在哪个区", "where is the g60 satellite internet cluster": what is placed.
const WHERE_OF =
  /([\p{Script=Han}a-z0-9]{2,24}?)(?:到底|究竟|目前|现在)?(?:是)?(?:具体)?(?:建|设|位|落户?|坐落|选址)?(?:在|于)(?:哪|什么地方|何处)|\bwhere (?:is|are|was|were|will) (?:the )?([a-z0-9 -]{3,60}?)(?: be)?(?: located| based| built| set up)?\s*(?:[?.]|$)/u;
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
const MEETING =
  /会议|会上|座谈会|发布会|记者会|论坛|\b(?:meeting|symposium|conference|forum|briefing|presser)\b/;
const SUCCESSION =
  /第一任|首任|前任|上一任|历任|接任|继任|接替|\b(?:replaced|succeeded|successor|took over from)\b|之前[,，\s]*(?:的)?[^?？。]{0,16}?(?:主任|负责人|领导|局长)|\b(first|former|previous|earlier)\s+(director|head|chief|leader)s?\b|\bbefore\b.{1,30}\btook over\b|\b(?:headed|led|ran|directed|(?:was|were) (?:the )?(?:director|head|chief|leader))\b.{1,60}\bbefore [a-z]+ [a-z]+\b/;

// What someone said, asked about a topic: the topic follows the verb.
const SAID_ABOUT =
  /(?:讲没讲|讲了没|说没说|提没提|谈没谈|有没有(?:专门|具体|单独|特别)?(?:讲|说|提|谈|写(?=到|过)))(?:过|到)?(.{2,})|\b(?:say|said|says|talk|talked|talks|speak|spoke|mention|mentioned)\s+(?:anything\s+)?(?:about|on|of)\s+(.{3,})|\b(?:opinion|opinions|views?|thoughts|take|stance|position)\s+(?:on|about)\s+(.{3,})/;

// "对生态共保联治是怎么说的", "关于低空经济说了什么": the topic comes before the verb.
const SAID_ON =
  /(?:对|关于|就)(\p{Script=Han}{2,20}?)(?:是|都|又)?(?:怎么|如何|咋|点样)(?:说|讲|表态|介绍|谈|评价|看待?)|(?:对|关于|就)(\p{Script=Han}{2,20}?)(?:说|讲|谈)了?(?:些)?(?:什么|啥|乜)/u;

function saidAbout(folded: string): string | undefined {
  const m = SAID_ABOUT.exec(folded);
  const on = SAID_ON.exec(folded);
  const topic = (m?.[1] ?? m?.[2] ?? m?.[3] ?? on?.[1] ?? on?.[2])
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
// "浙江同其他省市组建了…": the place did it with the rest of the region, whose figure is asked.
const WITH_THE_OTHERS = /^(?:同|和|与|跟|同埋|联合)(?:其他|其它|别的|兄弟)?(?:省市|省份|三省|各省市)/;

function withTheOthers(folded: string, place: string): boolean {
  const at = folded.indexOf(place);
  return at >= 0 && WITH_THE_OTHERS.test(folded.slice(at + place.length));
}

export function readConstraints(records: Records, question: string, intent: QueryIntent): Constraints {
  const folded = readQuestion(question);
  const numeric = normalizeNumerals(folded);
  const constraints: Constraints = {};
  const country = namedCountry(records.knowledge, folded);
  if (country !== undefined) constraints.country = { zh: country.zh, names: country.names };
  const day = NAMED_DAY.exec(numeric);
  if (day !== null && !DAY.test(folded))
    constraints.monthDay = `${day[1]!.padStart(2, '0')}-${day[2]!.padStart(2, '0')}`;
  const month = namedMonth(numeric);
  if (month !== undefined && !ASKS_WHEN.test(folded)) constraints.yearMonth = month;
  const year = yearOf(numeric);
  if (year !== undefined) constraints.year = year;
  else {
    const side = yearsSideBySide(numeric);
    if (side !== undefined) constraints.years = side;
  }
  if (intent.plan !== undefined) constraints.plan = intent.plan;
  // A part of a listed count (54项重点工作里…) is asked, not an area its list shares a name with.
  const area = asksPartOfCount(folded) ? undefined : countedArea(records, folded);
  if (area !== undefined) constraints.area = area;
  const place = placeNamed(folded);
  const guessed = place === undefined ? undefined : placeGuessed(folded, place);
  if (guessed !== undefined) constraints.guessedPlace = [guessed, place!];
  else if (place !== undefined && !withTheOthers(folded, place)) constraints.place = place;
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
  const act = ASKS_WHEN.test(folded) || WHO.test(folded) ? actOf(folded) : undefined;
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
  if (ASKS_RANKING.test(folded) || COMPARES.test(folded) || RANK_ORDER.test(folded))
    constraints.ranking = true;
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
    (new RegExp(
      `${year} alone|\\bin ${year} only|\\bonly in ${year}|(?:仅|单|光|只)(?:是|算)?${year}|${year}年(?:当年|一年|1年|单年|全年)`,
    ).test(numeric) ||
      YEAR_ALONE.test(folded))
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
  'monthDay',
]);

/** Whether the question pins down anything an answer must meet. */
export function hasConstraints(c: Constraints): boolean {
  return Object.entries(c).some(
    ([key, value]) => !REFINEMENTS.has(key as keyof Constraints) && value !== undefined && value !== false,
  );
}

export { PLACES };
