import type { Plan } from '../data/schema.js';
import { foldText, mandarinQuestionWords } from '../text/fold.js';
import { normalizeNumerals } from '../text/numerals.js';
import { ENGLISH_ORDINALS, ordinalPattern, roundNumberPattern } from '../text/ordinals.js';

/** What a question asks for, read from its wording (question words are not search terms). */
export interface QueryIntent {
  kind: 'figure' | 'list' | 'lookup';
  /** Asks which areas / aspects a plan has. */
  overview: boolean;
  /** Id of the plan the question names, if any. */
  plan?: string;
  /**
   * The question without the words that named the plan (第三轮, 2024—2026, "the first plan"): what to
   * search for once the plan itself is a filter. The whole folded line when no plan was named.
   */
  topic: string;
}

const FIGURE =
  /多少|多[大长远高重快]|任务数|项目数|事项数|(?<![十第])几(?![月号日点时句段])[个项条家成年次倍]?|第几(?!轮)|排名|比例|比重|占比|百分|增速|增长率|完成率|强度|数量|总数|规模|how (many|much|long|often)|what (is|was|are) the (rate|number|share|percentage|total|amount|value|ratio)|\b(percentage|rate|number|total|amount|ratio|intensity|share|count)\b/;
const LIST = /哪些|哪几|有什么|有啥|有哪|包括|包含|列举|列出|\bwhat are\b|\bwhich\b|\blist\b|\bname the\b/;
const AREA_WORDS =
  /方面|领域|板块|大块|部分|\bareas?\b|\baspects?\b|\bfields?\b|\bsectors?\b|\bpillars?\b|\bparts\b/;
const TASK_WORDS = /任务|措施|举措|事项|\btasks?\b|\bmeasures?\b/;

// Words for "the newest plan, whichever it is": they follow the data, not a round number.
export const NEWEST_PLAN_WORDS =
  /新一轮|最新一轮|本轮|最新的?三年|新的?(?:三年行动)?计划|\b(new|latest|current)\b[\w\s-]{0,40}?\b(round|plan)\b/;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How users name one plan: its aliases from the data (第三轮, third plan) and its period (2024—2026, 2024到26). */
function planPattern(plan: Plan): RegExp {
  const [from, to] = plan.period.split('—') as [string, string];
  const names = plan.aliases.map((alias) => {
    const english = /^([a-z]+) (round|plan)$/i.exec(alias)?.[1]?.toLowerCase();
    if (english === undefined) return escape(foldText(alias));
    // "third round" also reads "the 3rd three-year action plan".
    const round = ENGLISH_ORDINALS[english];
    const ordinal = round === undefined ? english : ordinalPattern(round);
    return `\\b(?:${ordinal})\\b[\\w\\s-]{0,40}?\\b(round|plan)\\b`;
  });
  names.push(roundNumberPattern(plan.round));
  names.push(`${from}\\s*([—–~-]|到|至)\\s*(${to}|${to.slice(2)})(?!\\d)`);
  // "165项重点任务完成了多少": a plan's own task count names it as well as its round does.
  names.push(`(?<![\\d.])${plan.task_count}\\s*(?:项|(?:key\\s+)?tasks)`);
  return new RegExp(names.join('|'));
}

const patternCache = new WeakMap<readonly Plan[], [Plan, RegExp][]>();

/** Each plan with its pattern, the newest first, once per knowledge base. */
function planPatterns(plans: readonly Plan[]): [Plan, RegExp][] {
  let patterns = patternCache.get(plans);
  if (patterns === undefined) {
    const newest = [...plans].sort((a, b) => b.round - a.round)[0];
    patterns = [...plans]
      .sort((a, b) => b.round - a.round)
      .map((plan): [Plan, RegExp] => {
        const own = planPattern(plan);
        return [plan, plan === newest ? new RegExp(`${own.source}|${NEWEST_PLAN_WORDS.source}`) : own];
      });
    patternCache.set(plans, patterns);
  }
  return patterns;
}

/** Reads the intent of a question in any script. */
export function detectIntent(line: string, plans: readonly Plan[]): QueryIntent {
  const text = mandarinQuestionWords(foldText(line));
  // 二一到二三年那轮 names the 2021—2023 plan by its years in words.
  const numeric = normalizeNumerals(text);
  const named = planPatterns(plans).find(([, pattern]) => pattern.test(text) || pattern.test(numeric));
  const plan = named?.[0].id;
  const topic =
    named === undefined ? text : (named[1].test(text) ? text : numeric).replace(named[1], ' ').trim();
  const figure = FIGURE.test(text);
  const list = LIST.test(text);
  // "有哪些方面" / "几个方面" / "which areas": the plan's areas, unless it asks about tasks within them.
  const overview =
    AREA_WORDS.test(text) &&
    (list || figure || /什么|分别|概况|\bwhat\b|overview/.test(text)) &&
    !TASK_WORDS.test(text);
  const kind = list && !/多少|how many|how much/.test(text) ? 'list' : figure ? 'figure' : 'lookup';
  const intent: QueryIntent = { kind, overview, topic: topic.length > 0 ? topic : text };
  if (plan !== undefined) intent.plan = plan;
  return intent;
}
