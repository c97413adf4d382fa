import type { Area } from '../data/schema.js';
import type { Records } from '../data/records.js';
import type { SearchEngine } from '../search/engine.js';
import { TUNING } from '../ranking/tuning.js';
import { foldText } from '../text/fold.js';
import type { QueryIntent } from './intent.js';

/** Folded, without spaces, punctuation or symbols: the form area names are compared in. */
const strip = (text: string): string => foldText(text).replace(/[\s\p{P}\p{S}]+/gu, '');

/** One area of the newest plan with its names in compared form. */
interface AreaNames {
  area: Area;
  name: string;
  short: string;
  /** Folded, not stripped: matched word by word. */
  en: string;
  /** Id, short name, name and English name. */
  names: string[];
  /** The names, the order number and the keywords: what a /tasks argument may be. */
  all: string[];
}

const cache = new WeakMap<Records, AreaNames[]>();

/** The newest plan's areas with every name in compared form, once per knowledge base. */
function areaNames(records: Records): AreaNames[] {
  let names = cache.get(records);
  if (names === undefined) {
    names = records.currentAreas.map((area) => {
      const own = [area.id, area.short, area.name, area.en].map(strip);
      return {
        area,
        name: strip(area.name),
        short: strip(area.short),
        en: foldText(area.en),
        names: own,
        all: [...own, strip(String(area.order)), ...area.keywords.map(strip)],
      };
    });
    cache.set(records, names);
  }
  return names;
}

// Words around an area's name in "第三轮计划在生态方面有哪些任务", "Which tasks concern ecology?".
const FRAME =
  /长三角|一体化|三年行动计划|三年|行动|计划|规划|第[一二三123]轮|新一轮|最新|本轮|\d{4}\s*[—–~-]\s*\d{4}|\d{4}年?|方面|领域|板块|重点|任务|措施|举措|事项|工作|有?哪些|有?哪几[项个条]?|有什么|有啥|有哪|都|包括|包含|列举|列出|涉及|关于|在|的|有|是|了|吗|呢|[?？!！,，。.、\s]|\b(the|plan|yrd|tasks?|measures?|key|which|what|are|is|does|do|concern|concerns|about|on|in|for|of|regarding|related|to|list|area|field|aspect|new|latest|current|third|round)\b/g;

/**
 * The area of the newest plan that a list question asks the tasks of, when the question names nothing
 * but the area ("生态方面有哪些任务", "Which tasks concern ecology?"): what is left once the question's
 * frame is gone must be the area's name, the start of its short name (生态 → 生态环境), or an English
 * word that starts like a word of its English name (ecology → ecological). Undefined for any other question.
 */
export function listedArea(records: Records, line: string, intent: QueryIntent): Area | undefined {
  if (intent.kind !== 'list' || intent.overview) return undefined;
  const left = foldText(line).replace(FRAME, ' ');
  const rest = strip(left);
  if (rest.length < 2) return undefined;
  // Not the area's keywords: 低空经济有什么任务 asks about 低空经济, not every industrial-cluster task.
  const han = /^\p{Script=Han}{2,}$/u.test(rest);
  // One English word, not several run together once the spaces are stripped (ecological corridor…).
  const englishWord = /^\s*[a-z]{5,}[\s\p{P}]*$/u.test(left)
    ? new RegExp(`\\b${rest.slice(0, 5)}`)
    : undefined;
  const named = areaNames(records).filter(
    (f) =>
      f.names.includes(rest) ||
      (han && f.short.startsWith(rest)) ||
      (englishWord !== undefined && englishWord.test(f.en)),
  );
  return named.length === 1 ? named[0]!.area : undefined;
}

/**
 * The area of the newest plan that a user's word names (a /tasks argument): its id, order number, short
 * name, name, a keyword, its English name, or a close Chinese match (生态 → 生态环境共保联治). Undefined
 * when none.
 */
export function resolveArea(records: Records, engine: SearchEngine, input: string): Area | undefined {
  const wanted = strip(input);
  if (wanted.length === 0) return undefined;
  const names = areaNames(records);

  const exact = names.find((a) => a.all.includes(wanted));
  if (exact !== undefined) return exact.area;
  const contained = names.filter((a) => a.name.includes(wanted) || a.short.includes(wanted));
  if (contained.length === 1) return contained[0]!.area;
  const containing = names.find((a) => wanted.includes(a.short));
  if (containing !== undefined) return containing.area;

  // Otherwise let the index decide among the areas and their tasks; a task votes for its area.
  const areas = records.currentAreas;
  for (const hit of engine.search(input, { kinds: ['area', 'task'] })) {
    if (hit.coverage < TUNING.areaCoverage) break;
    const area = hit.doc.area === undefined ? undefined : records.areas.get(hit.doc.area);
    if (area !== undefined && areas.includes(area)) return area;
  }
  return undefined;
}

// "十年禁渔属于计划哪一个方面", "which area of the plan is X under": the area a task belongs to.
const WHICH_AREA =
  /(?:属于|归|放在|列在|在)[^？?。]{0,6}?哪(?:一)?个?(?:方面|领域|板块|部分)|\b(?:which|what) (?:area|part|pillar|section)\b[^?]{0,40}\b(?:under|belong|in|fall)\b|\bunder which (?:area|part|pillar)\b/;

/** Whether a (folded) question asks which area of the plan something belongs to. */
export function asksWhichArea(folded: string): boolean {
  return WHICH_AREA.test(folded);
}
