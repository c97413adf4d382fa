import type { Records } from '../data/records.js';
import { foldText } from '../text/fold.js';
import { normalizeNumerals, numeralValue } from '../text/numerals.js';
import { ENGLISH_ORDINALS, ENGLISH_ROUND_NUMBERS } from '../text/ordinals.js';

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
export function unknownPlanOf(records: Records, folded: string): string | undefined {
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
