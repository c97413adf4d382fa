import type { Plan } from '../data/schema.js';
import { foldText } from '../text/fold.js';

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
  /多少|任务数|项目数|事项数|几[个项条家成年次倍]?|第几|排名|比例|比重|占比|百分|增速|增长率|完成率|数量|总数|规模|how (many|much|long|often)|what (is|was|are) the (rate|number|share|percentage|total|amount|value|ratio)|\b(percentage|rate|number|total|amount|ratio)\b/;
const LIST = /哪些|哪几|有什么|有啥|有哪|包括|包含|列举|列出|\bwhat are\b|\bwhich\b|\blist\b|\bname the\b/;
const AREA_WORDS = /方面|领域|板块|大块|部分|\bareas?\b|\baspects?\b|\bfields?\b|\bsectors?\b|\bpillars?\b/;
const TASK_WORDS = /任务|措施|举措|事项|\btasks?\b|\bmeasures?\b/;

const ROUND_PATTERNS: [number, RegExp][] = [
  [1, /第一轮|首轮|第1轮|2018\s*([—–~-]|到|至)\s*2020|\bfirst\b[\w\s-]{0,25}?\b(round|plan)\b/],
  [2, /第二轮|第2轮|上一轮|2021\s*([—–~-]|到|至)\s*2023|\bsecond\b[\w\s-]{0,25}?\b(round|plan)\b/],
  [
    3,
    /第三轮|第3轮|新一轮|最新一轮|本轮|最新的?三年|2024\s*([—–~-]|到|至)\s*2026|\bthird\b[\w\s-]{0,25}?\b(round|plan)\b|\b(new|latest|current)\b[\w\s-]{0,25}?\b(round|plan)\b/,
  ],
];

/** Reads the intent of a question in any script. */
export function detectIntent(line: string, plans: readonly Plan[]): QueryIntent {
  const text = foldText(line);
  const named = ROUND_PATTERNS.find(([, pattern]) => pattern.test(text));
  const plan = named === undefined ? undefined : plans.find((p) => p.round === named[0])?.id;
  const topic = plan === undefined ? text : text.replace(named![1], ' ').trim();
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
