/*
 * Chinese numerals in the form the data writes numbers: 一百六十五项 → 165项, 九成 → 90%, 百分之三 → 3%,
 * 四分之一 → 25%, 二零二五年 → 2025年, 两批 → 2批. Only a numeral that counts something (a measure word
 * follows it) changes, so words built on numerals (一体化, 三省一市, 十四五, 四个统筹's 四个 aside) stay.
 */
import { wordsToNumbers } from 'words-to-numbers';

const DIGIT: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const POWER: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

const NUMERAL = '[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?';
/** Words that count or measure: a numeral before one of them is a number. */
const MEASURE =
  '平方公里|公里|千米|个百分点|万亿|亿|万|项|个|条|家|批|辆|次|届|位|天|月|日|号|倍|座|所|台|套|人|名|场|件|张|期|章|节|块|年(?!行动|计划|规划)';

/** 1–10 in Chinese characters (第二批), other numbers in digits. */
export function chineseNumeral(n: number): string {
  return n >= 1 && n <= 10 ? '一二三四五六七八九十'[n - 1]! : String(n);
}

/** The value of a numeral: 一百六十五 → 165, 二零二五 → 2025, 十二 → 12, 三点五 → 3.5; NaN if it is not one. */
export function numeralValue(numeral: string): number {
  const [whole = '', fraction] = numeral.split('点');
  let value: number;
  if (!/[十百千]/.test(whole)) {
    // Read digit by digit: 二零二五.
    if (whole.length === 0) return NaN;
    value = Number(Array.from(whole, (c) => DIGIT[c] ?? NaN).join(''));
  } else {
    value = 0;
    let digit = 0;
    for (const c of whole) {
      const power = POWER[c];
      if (power !== undefined) {
        value += (digit === 0 && c === '十' ? 1 : digit) * power;
        digit = 0;
      } else if (DIGIT[c] !== undefined) digit = DIGIT[c]!;
      else return NaN;
    }
    value += digit;
  }
  if (fraction === undefined) return value;
  return Number(`${value}.${Array.from(fraction, (c) => DIGIT[c]).join('')}`);
}

function percent(value: number): string {
  return `${Math.round(value * 10_000) / 100}%`;
}

const PATTERNS: [RegExp, (...groups: string[]) => string | undefined][] = [
  [new RegExp(`百分之(${NUMERAL})`, 'g'), (_, n) => percent(numeralValue(n) / 100)],
  [
    new RegExp(`(${NUMERAL})分之(${NUMERAL})`, 'g'),
    (_, whole, part) => percent(numeralValue(part) / numeralValue(whole)),
  ],
  // 九成 is 90%, but 一成不变 and 三成员 are words.
  [
    /([一二两三四五六七八九])成(?![为立果功本员效熟就长都交品绩型套年不])/g,
    (_, n) => percent(DIGIT[n]! / 10),
  ],
  [new RegExp(`(${NUMERAL})(?=${MEASURE})`, 'g'), (_, n) => String(numeralValue(n))],
  // 二零二一至二三年: a year read out digit by digit, with or without 年.
  [
    /[一二][零〇九][零〇一二三四五六七八九]{2}(?![零〇一二三四五六七八九十百千])/g,
    (n) => String(numeralValue(n)),
  ],
  // 过七千了没: hundreds and thousands counted out are a number with or without a measure word.
  [/[一二两三四五六七八九][百千][零〇一二两三四五六七八九十百千]*/g, (n) => String(numeralValue(n))],
];

// 十四五, 十五五: a five-year period's name, not a number (十五个 is one).
const FIVE_YEAR_NAME = /十[一二三四五六七八九]五(?![个项条家次万亿%])/g;
// Holds a name's place while the numerals around it are read (a private-use character no user types).
const NAME_MARK = '\uE000';
const NAME_MARKS = /\uE000/g;

/** 21年, 24年: a year said the short way, not a span of years (连续12年, 20年前). */
const SHORT_YEAR = /(?<![\d.第续近])(1[5-9]|2\d|3[0-5])年(?![前来后间内中多以])/g;
/** 21到23年, 二一到二三年: the first year of a span said the short way. */
const SHORT_SPAN_START = /(?<![\d.])(1[5-9]|2\d|3[0-5])(?=\s*(?:到|至|[—–~-])\s*(?:1[5-9]|2\d|3[0-5])年)/g;
const SHORT_SPAN_START_HAN =
  /(?<![零〇一二两三四五六七八九十百千])([一二])([零〇一二三四五六七八九])(?=\s*(?:到|至|[—–~-])\s*[一二][零〇一二三四五六七八九]年)/g;

const CARDINAL_WORD =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion';
// "one hundred sixty five", "ninety": English cardinals, not ordinals (first two rounds keeps "first").
const ENGLISH_NUMBER = new RegExp(
  `\\b(?:${CARDINAL_WORD})(?:[\\s-]+(?:and[\\s-]+)?(?:${CARDINAL_WORD}))*\\b`,
  'g',
);

// "twenty twenty-three": a year said in two halves, not forty-three.
const SPOKEN_YEAR =
  /\btwenty[\s-]+((?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(?:twenty|thirty)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?)\b/g;

/** English cardinals in digits; a lone "one" (one card, one-stop) is a word, not a count. */
function englishNumbers(text: string): string {
  return text
    .replace(SPOKEN_YEAR, (spoken, rest: string) => {
      const value = wordsToNumbers(rest);
      return typeof value === 'number' && value >= 10 && value < 100 ? String(2000 + value) : spoken;
    })
    .replace(ENGLISH_NUMBER, (words) => {
      if (words === 'one') return words;
      const value = wordsToNumbers(words);
      return typeof value === 'number' ? String(value) : words;
    });
}

/** The text with its counting numerals, fractions and percentages written in digits. */
export function normalizeNumerals(text: string): string {
  // 廿五 (Cantonese and written dates) is 二十五.
  let out = englishNumbers(text.replace(/廿/g, '二十').replace(/卅/g, '三十'))
    .replace(SHORT_SPAN_START, '20$1')
    .replace(SHORT_YEAR, '20$1年');
  if (!/[零〇一二两三四五六七八九十百千]/.test(out)) return out;
  out = out.replace(
    SHORT_SPAN_START_HAN,
    (_, tens: string, ones: string) => `20${numeralValue(tens)}${numeralValue(ones.replace('〇', '零'))}`,
  );
  const names: string[] = [];
  out = out.replace(FIVE_YEAR_NAME, (name) => {
    names.push(name);
    return NAME_MARK;
  });
  for (const [pattern, replace] of PATTERNS)
    out = out.replace(pattern, (match, ...groups: string[]) => {
      const value = replace(match, ...groups);
      return value === undefined || value.includes('NaN') ? match : value;
    });
  out = out.replace(NAME_MARKS, () => names.shift() ?? '');
  // 二四年 is read as 24年, which is 2024年.
  return out.replace(SHORT_SPAN_START, '20$1').replace(SHORT_YEAR, '20$1年');
}
