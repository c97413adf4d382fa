import type { PlanWords } from '../../core/planbot.js';

const CN_NUMBERS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/**
 * Fills the plan placeholders of a word table's text from the data: {newest} (the newest plan's period),
 * {round} (第三轮), {periods} (every period), {areas} (9) and {areasZh} (九). Labels name plans this way
 * so that a fourth plan is a data change, not a code change.
 */
export function fillPlanWords(text: string, words: PlanWords, lang: 'zh' | 'en' = 'zh'): string {
  return text
    .replaceAll('{newest}', words.newest)
    .replaceAll('{round}', words.round)
    .replaceAll('{periods}', words.periods.join(lang === 'en' ? ', ' : '、'))
    .replaceAll('{areasZh}', CN_NUMBERS[words.areas] ?? String(words.areas))
    .replaceAll('{areas}', String(words.areas));
}

type Table = Record<string, unknown>;
const templates = new WeakMap<Table, Table>();

/** The strings of a table (nested tables and lists too), without its functions. */
function stringsOf(table: Table): Table {
  const copy: Table = {};
  for (const [key, value] of Object.entries(table)) {
    if (typeof value === 'string') copy[key] = value;
    else if (Array.isArray(value)) copy[key] = [...(value as unknown[])];
    else if (value !== null && typeof value === 'object') copy[key] = stringsOf(value as Table);
  }
  return copy;
}

/** Fills every string of a word table in place from its first (placeholder) form; safe to call again. */
export function applyPlanWords(table: Table, words: PlanWords, lang: 'zh' | 'en'): void {
  let template = templates.get(table);
  if (template === undefined) {
    template = stringsOf(table);
    templates.set(table, template);
  }
  const fill = (target: Table, source: Table): void => {
    for (const [key, value] of Object.entries(source)) {
      if (typeof value === 'string') target[key] = fillPlanWords(value, words, lang);
      else if (Array.isArray(value))
        target[key] = (value as unknown[]).map((v) =>
          typeof v === 'string' ? fillPlanWords(v, words, lang) : v,
        );
      else if (value !== null && typeof value === 'object' && typeof target[key] === 'object')
        fill(target[key] as Table, value as Table);
    }
  };
  fill(table, template);
}
