import type { Area } from '../data/schema.js';
import type { QueryIntent } from './intent.js';
import type { Records } from '../data/records.js';
import { foldText } from '../text/fold.js';

// Words around an area's name in "第三轮计划在生态方面有哪些任务", "Which tasks concern ecology?".
const FRAME =
  /长三角|一体化|三年行动计划|三年|行动|计划|规划|第[一二三123]轮|新一轮|最新|本轮|\d{4}\s*[—–~-]\s*\d{4}|\d{4}年?|方面|领域|板块|重点|任务|措施|举措|事项|工作|有?哪些|有?哪几[项个条]?|有什么|有啥|有哪|都|包括|包含|列举|列出|涉及|关于|在|的|有|是|了|吗|呢|[?？!！,，。.、\s]|\b(the|plan|yrd|tasks?|measures?|key|which|what|are|is|does|do|concern|concerns|about|on|in|for|of|regarding|related|to|list|area|field|aspect|new|latest|current|third|round)\b/g;

const strip = (text: string): string => foldText(text).replace(/[\s\p{P}\p{S}]+/gu, '');

interface AreaForms {
  area: Area;
  /** Its id, short name, name and English name, stripped. */
  names: string[];
  short: string;
  en: string;
}

const formsCache = new WeakMap<Records, AreaForms[]>();

/** The newest plan's areas with their names folded and stripped, once per knowledge base. */
function areaForms(records: Records): AreaForms[] {
  let forms = formsCache.get(records);
  if (forms === undefined) {
    forms = records.currentAreas.map((area) => ({
      area,
      names: [area.id, area.short, area.name, area.en].map(strip),
      short: strip(area.short),
      en: foldText(area.en),
    }));
    formsCache.set(records, forms);
  }
  return forms;
}

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
  const han = /^\p{Script=Han}{2,}$/u.test(rest);
  const englishWord = /^[a-z]{5,}$/.test(rest) ? new RegExp(`\\b${rest.slice(0, 5)}`) : undefined;
  const named = areaForms(records).filter(
    (f) =>
      f.names.includes(rest) ||
      (han && f.short.startsWith(rest)) ||
      (englishWord !== undefined && englishWord.test(f.en)),
  );
  return named.length === 1 ? named[0]!.area : undefined;
}
