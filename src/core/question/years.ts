// The years a question asks about, as opposed to the ones it gives (2023年是3.34%), rules out (not 2024)
// or names as a plan's period (2024—2026); and the parts of a year (一季度, 上半年).

// A plan's period (2024—2026, 2024-26, 2024到2026) names a plan, not a year.
const PERIOD = /(?:19|20)\d{2}\s*(?:[—–~-]|到|至)\s*(?:(?:19|20)?\d{2})(?!\d)/g;
const YEAR = /(?<![\d.])((?:19|20)\d{2})(?![\d.%])/g;

/**
 * The single year a question names, if it names exactly one (a change "from 2018 to 2023" pins none),
 * or names one again and again ("2020? I've seen 2018 and 2023, but need 2020").
 */
export function yearOf(numeric: string): string | undefined {
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

export function yearsSideBySide(numeric: string): string[] | undefined {
  const m = SIDE_BY_SIDE.exec(numeric.replace(KNOWN_YEARS, ' ').replace(PERIOD, ' '));
  return m === null || m[1] === m[2] ? undefined : [m[1]!, m[2]!];
}

// "i know the 2018 and 2023 numbers", "已知2018和2023年的": years the asker already has.
const KNOWN_YEARS =
  /\b(?:i|i've|we|we've) (?:already )?(?:know|knew|have|got|seen|saw|found)\b[^?.!]{0,12}?(?:19|20)\d{2}(?:\s*(?:and|&|,)\s*(?:19|20)\d{2})*|(?:已知|知道|看到了?|查到了?)[^？?。!！]{0,4}?(?:19|20)\d{2}年?(?:\s*(?:和|跟|与|、|,|，)\s*(?:19|20)\d{2}年?)*/g;

// "2023年是3.34%", "首批是12家", "2024年排第九", "2023 it was 3.34%": a value the asker already knows,
// stated for one year or batch, so that year or batch is not the one asked about.
export const GIVEN_VALUE = String.raw`[^\d，。,？?；;!！]{0,8}?(?:是|係|系|为|有|达到?|才|只有|共|组建了?|细化了?|完成了?|发布了?|推出了?|新增了?|建成了?|开通了?|排名?在?|(?<=年)的|\s(?:it\s)?(?:was|is|were|had))\s*(?:(?:约|超|了|about|over)?\s*\d|第\s*[\d一二三四五六七八九十])`;
// "2018年2.81%": a year with its value right after it; "it was 2.81% in 2018": before it.
const VALUE_AFTER = String.raw`年\s*\d+(?:\.\d+)?\s*(?:%|万|亿|个|项|家|座|条|公里|人)`;
const GIVEN_YEAR = new RegExp(
  String.raw`(?<![\d.])(?:19|20)\d{2}(?![\d.%])(?=年?${GIVEN_VALUE}|${VALUE_AFTER})|(?<=\b(?:was|is|were|of|at)\s+\d+(?:\.\d+)?\s?(?:%|[a-z]{1,12})?\s+in\s+)(?:19|20)\d{2}\b`,
  'g',
);

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
export const FULL_YEAR = /全年|\bfull[\s-]year\b|\bwhole (?:of )?(?:the )?year\b|\bwhole of (?:19|20)\d{2}\b/;

/** The part of a year a (folded) text names, as the data writes it (Q1 → 一季度). */
export function partOfYearIn(folded: string): string | undefined {
  return PARTS_OF_YEAR.find(([pattern]) => pattern.test(folded))?.[1];
}

/** Whether a (folded) text names a part of a year ("一季度", "first quarter"); for 全年, whether it names none. */
export function namesPartOfYear(folded: string, part: string): boolean {
  if (part === '全年') return !PARTS_OF_YEAR.some(([pattern]) => pattern.test(folded));
  return PARTS_OF_YEAR.some(([pattern, name]) => name === part && pattern.test(folded));
}
