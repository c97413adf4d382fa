import type { Area } from './data/schema.js';
import type { QueryIntent } from './intent.js';
import type { Records } from './records.js';
import { foldText } from './text/fold.js';

// Words around an area's name in "第三轮计划在生态方面有哪些任务", "Which tasks concern ecology?".
const FRAME =
  /长三角|一体化|三年行动计划|三年|行动|计划|规划|第[一二三123]轮|新一轮|最新|本轮|\d{4}\s*[—–~-]\s*\d{4}|\d{4}年?|方面|领域|板块|重点|任务|措施|举措|事项|工作|有?哪些|有?哪几[项个条]?|有什么|有啥|有哪|都|包括|包含|列举|列出|涉及|关于|在|的|有|是|了|吗|呢|[?？!！,，。.、\s]|\b(the|plan|yrd|tasks?|measures?|key|which|what|are|is|does|do|concern|concerns|about|on|in|for|of|regarding|related|to|list|area|field|aspect|new|latest|current|third|round)\b/g;

const strip = (text: string): string => foldText(text).replace(/[\s\p{P}\p{S}]+/gu, '');

/**
 * The area of the newest plan that a list question asks the tasks of, when the question names nothing
 * but the area ("生态方面有哪些任务", "Which tasks concern ecology?"): what is left once the question's
 * frame is gone must be the area's name, the start of its short name (生态 → 生态环境), or an English
 * word that starts like a word of its English name (ecology → ecological). Undefined for any other question.
 */
export function listedArea(records: Records, line: string, intent: QueryIntent): Area | undefined {
  if (intent.kind !== 'list' || intent.overview) return undefined;
  const rest = strip(foldText(line).replace(FRAME, ' '));
  if (rest.length < 2) return undefined;
  // Not the area's keywords: 低空经济有什么任务 asks about 低空经济, not every industrial-cluster task.
  const named = records.currentAreas.filter(
    (a) =>
      [a.id, a.short, a.name, a.en].map(strip).includes(rest) ||
      (/^\p{Script=Han}{2,}$/u.test(rest) && strip(a.short).startsWith(rest)) ||
      (/^[a-z]{5,}$/.test(rest) && new RegExp(`\\b${rest.slice(0, 5)}`).test(foldText(a.en))),
  );
  return named.length === 1 ? named[0] : undefined;
}
