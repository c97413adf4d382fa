import type { Plan, Stat } from '../data/schema.js';
import { readQuestion } from '../text/fold.js';
import { stemLatin } from '../search/analyzer.js';

/** A kind of quantity a question asks for, read from its wording, and the units that measure it. */
interface Measure {
  name: string;
  /** The question asks for this quantity. */
  asks: RegExp;
  /** A stat's unit that measures it. */
  unit: RegExp;
}

// "占GDP比重", "GDP占全国多少", "share of GDP", "中心区和全域人均GDP比": GDP named only as a part, the base of a share or one side of a ratio.
const SHARE_WORDS =
  /和.{1,12}比(?![较如上下去])|比重|占比|比例|之比|比值|百分|强度|率|份额|增速|增幅|降幅|差距|增长(?!到|至)|占|单位(gdp|地区生产总值)|\bper unit\b|\bgap\b|\bgrowth\b|\bshare\b|\bpercent|\bratio\b|\bintensity\b|\brate\b|\bof (china|the (country|nation))\b|\bnational (total|gdp)\b|%/;

/**
 * Quantities users ask for, each with the units that measure it. A figure in another unit does not
 * answer the question however well its words match: 合肥有多少人 is not answered by a count of science
 * centres in 合肥, 高铁票多少钱 not by the kilometres of rail.
 */
const MEASURES: readonly Measure[] = [
  {
    name: 'money',
    asks: /多少钱|几块钱|价格|价钱|票价|房价|售价|工资|薪水|收入(?!差距|比)|金额|(?<!任务|事项)总额|价值|生产总值|营收|利润|投资额|总投资|投资(?:了)?(?:多少|几)|(?:多少|几)(?:个)?亿(?!人)|多少万元|花了多少|产值|预算|收费|手续费|费用(?:是)?多少|多少费用|要钱吗|注册资本|社会资本|\b(?:fees?|charges?|charged)\b|\bregistered capital\b|\bhow much (?:[\w-]+ ){0,3}capital\b|\b(price|prices|cost|costs|fare|fares|salary|salaries|wage|wages|income|revenue|profit|worth|money|funding|funds|yuan|rmb|spending|spent|investment|invested|budget|expenditure|payouts?)\b|\bpa(?:y|id) out\b|\boutput value\b|how much money|\bhow much (?:is|are|does|do) (?:a |the |one )?(?:[a-z]+ )?(?:tickets?|ride|trip)\b/,
    unit: /元|yuan/,
  },
  {
    name: 'people',
    // "how many services … residents' one card" counts services: people are asked only as what is counted.
    asks: /多少人(?!次)|几个人|人口|人数|人员|\bpopulation\b|\b(?:how many|number of) (?:[a-z-]+ ){0,2}(?:people|residents|inhabitants)\b|\b(?:people|residents|inhabitants) (?:live|are there)\b/,
    unit: /人/,
  },
  // "in TEU", 标箱: the sources give a port's throughput in tonnes, never in containers.
  { name: 'containers', asks: /标箱|标准箱|\bteus?\b|\btwenty-foot\b/, unit: /标箱|标准箱|teu/i },
  // "in US dollars": the sources count money in 元 only.
  { name: 'dollars', asks: /美元|美金|\b(?:us ?dollars?|dollars?|usd)\b|\$/, unit: /美元|dollar|usd/i },
  // "actual people, not person-times": visits (人次) are what the asker rules out.
  {
    name: 'persons',
    asks: /不是人次|而非人次|非人次|实际人数|\b(?:not|rather than|instead of) person[\s-]?times\b|\b(?:actual|unique|distinct) (?:people|persons|individuals|patients|users)\b/,
    unit: /人(?!次)/,
  },
  {
    name: 'weight',
    asks: /多少[万亿]?吨|几[万亿]?吨|吨位|重量|\b(tons?|tonnes?|tonnage|weight)\b/,
    unit: /吨/,
  },
  // 办了多少件: cases handled, which a count of the services (173项) is not.
  {
    name: 'cases',
    asks: /办(?:了|理了?)?(?:多少|几)件|办件量|办理量|\b(?:how many|number of) (?:cases|applications|requests) (?:were |have been )?(?:handled|processed|done)\b/,
    // 办成一件事 names a service, not a number of cases.
    unit: /件(?!事)/,
  },
  // Asked by GROWTH_RATE only, never by a word of its own.
  { name: 'rate', asks: /$^/, unit: /%/ },
  // Asked by ruling a share out only ("the number, not the percentage"): a count of things.
  { name: 'count', asks: /$^/, unit: /[个家项条座所辆台件人次批]|万|亿/ },
  // "speed up" and "high-speed rail" name no speed.
  {
    name: 'speed',
    asks: /时速|速度|(?<!high[\s-])\bspeed\b(?!\s*(?:up|rail|train|railway|line)s?\b)|km\/h/,
    unit: /小时|km\/h/,
  },
  {
    name: 'area',
    asks: /面积|平方公里|\b(square|km²|km2)\b|\bsq\.?\s?(?:km|kilomet)/,
    // Kilometres per 10,000 km² is a density, not an area.
    unit: /(?<!\/[万亿百千]?)平方/,
  },
  // "跑完一圈要多久", "how long does the trip take": a time taken, which a length or a date is not.
  // (还要多久通车 asks when it opens.)
  {
    name: 'duration',
    asks: /多长时间|(?:要|需要|花|得)多久(?!才?能?(?:通车|开通|建成|完成|实现|落地|出台|发布|开始))|几个?(?:钟头|小时)|几分钟|\bhow long does (?:it|the [a-z ]{1,30}) take\b|\bhow long (?:will it take|is the (?:ride|trip|journey))\b|\bhow many (?:hours|minutes|days)\b|\b(?:travel|journey) time\b/,
    unit: /小时|分钟|天|年|月/,
  },
  // "实际产了多少万辆": an amount in tens of thousands, which 4 of every 10 is not.
  {
    name: 'volume',
    asks: /(?:多少|几)(?:十|百|千)?万(?:辆|台|家|个|吨|件)|实际(?:产|生产|造)了?多少|(?<!占)产量(?:是|有|为)?(?:多少|几)|\bhow many (?:million|thousand)\b|\bactually (?:produce|make|made|built|build)\b/,
    unit: /万|亿/,
  },
  {
    name: 'length',
    // "how long is the railway", not "how long is the fishing ban" (a time).
    asks: /多长(?!时间)|(?:多少|几)(?:万)?公里|里程|长度|\bhow long (?:is|was|are|were)\b(?=.*\b(?:rail\w*|line|road|loop|corridor|river|bridge|tunnel|highway|expressway|route)\b)|\b(?:length|mileage)\b|\bhow many (?:km|kilomet)/,
    unit: /公里|千米|km/,
  },
];

// "增速多少", "growth rate": a rate in %, which an amount (8万亿元) is not.
const GROWTH_RATE =
  /增速|增长率|增幅|同比增长|\bgrowth rate\b|\bgrew by\b|\bgrow(?:th)? (?:of|by) how much\b/;

export const NOT_A_SHARE =
  /\bnot (?:a |as a |in |the )?(?:percent(?:age)?s?|shares?|ratios?|%)|(?:不要|不是|而不是)(?:百分比|占比|比例|比重)/g;

/** GDP on its own is an amount of money ("占GDP比重", a share, is read before); "GDP万亿元城市" counts cities. */
function asksMoney(text: string): boolean {
  return /gdp/.test(text) && !COUNTS_THINGS.test(text);
}

// A count of things a quantity qualifies: cities with a GDP over a trillion, 万亿城市.
const COUNTS_THINGS = /城市数|万亿(元)?城市|多少(个|座)|几(个|座)|\bhow many\b|\bcities\b/;

// 公里每万平方公里, density: a quantity per area, not an area.
const DENSITY = /密度|每[万百千]?平方|\bdensity\b|\bper [\d,]+ ?(?:sq|square)/;

// 人均, per capita, average: a quantity per person, not a number of people.
const PER_PERSON = /人均|平均|\bper capita\b|\baverage\b/;

/** True when a question names a quantity (GDP, population, a price) even without a question word. */
export function namesQuantity(question: string): boolean {
  return (
    askedMeasures(question).length > 0 &&
    /gdp|人口|房价|票价|价格|预算|注册资本|收费|手续费|产值|时速|\b(population|prices?|costs?|budgets?|funding|fees?|registered capital|output value)\b|\b(?:design|top|max(?:imum)?|average) speed\b|\bin (?:tonnes|tons|km|kilomet(?:re|er)s|yuan|rmb|people|persons|(?:us )?dollars)\b/.test(
      readQuestion(question),
    )
  );
}

/** The quantities the question asks for, by name (empty: any figure may answer it). */
export function askedMeasures(question: string): string[] {
  // "in people, not percent": a share ruled out is not asked for.
  const folded = readQuestion(question);
  const text = folded.replace(NOT_A_SHARE, ' ');
  // "国土面积占全国多少", "人口占比": a share of the quantity, in %, not the quantity itself.
  if (GROWTH_RATE.test(text)) return ['rate'];
  if (SHARE_WORDS.test(text)) return [];
  const names = MEASURES.filter((m) => m.asks.test(text))
    .map((m) => m.name)
    .filter((name) => name !== 'people' || !PER_PERSON.test(text))
    .filter((name) => name !== 'area' || !DENSITY.test(text))
    .filter((name, _, all) => name !== 'people' || !all.includes('persons'));
  if (asksMoney(text) && !names.includes('money')) names.push('money');
  // "GDP in US dollars": money, but only in dollars.
  const money = names.includes('dollars') ? names.filter((name) => name !== 'money') : names;
  // "how many trillion-yuan cities": a count of things the amount qualifies, not the amount.
  const asked = COUNTS_THINGS.test(text) ? money.filter((name) => name !== 'money') : money;
  // "how many companies, not the percentage": with no other quantity named, a count.
  return asked.length === 0 && text !== folded ? ['count'] : asked;
}

// The English names of quantities as the search stems them (money → monei, people → peopl).
const MEASURE_STEMS: ReadonlySet<string> = new Set(
  MEASURES.flatMap((m) => /\\b\((.*?)\)\\b/.exec(m.asks.source)?.[1]?.split('|') ?? [])
    .flatMap((w) => (w.endsWith('s?') ? [w.slice(0, -2), `${w.slice(0, -2)}s`] : [w]))
    .map(stemLatin),
);

/** True when a word of the question (a search unit: stemmed) names a quantity (people, price), which the unit answers. */
export function isMeasureWord(word: string): boolean {
  return MEASURES.some((m) => m.asks.test(word)) || MEASURE_STEMS.has(word) || /^gdp$/.test(word);
}

/** True when a stat's unit measures every quantity the question asks for. */
export function statMeasures(stat: Pick<Stat, 'unit'>, measures: readonly string[]): boolean {
  return measures.every((name) => {
    const measure = MEASURES.find((m) => m.name === name);
    return measure === undefined || measure.unit.test(stat.unit);
  });
}

/** True when a sentence states every quantity the question asks for in its unit (35.8万平方公里). */
export function textMeasures(text: string, measures: readonly string[]): boolean {
  return measures.every((name) => {
    const measure = MEASURES.find((m) => m.name === name);
    return measure === undefined || new RegExp(`\\d\\s*[万亿]?${measure.unit.source}`).test(text);
  });
}

/** A plan's figures are task counts and completion: no money, people, weight, speed, area or length. */
export function planMeasures(_plan: Plan, measures: readonly string[]): boolean {
  return measures.length === 0;
}
