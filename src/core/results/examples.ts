import type { Lang } from '../types.js';
import { headlineStats } from './headline.js';
import type { Records } from '../data/records.js';

/** "Key tasks on ..." → "key tasks on ..."; "R&D intensity" and "YRD ..." keep their capitals. */
function lowerFirst(phrase: string): string {
  return /^[A-Z][a-z]/.test(phrase) ? `${phrase[0]!.toLowerCase()}${phrase.slice(1)}` : phrase;
}

/**
 * Example questions the data can answer, in the user's language: a few about the plans, one command,
 * and some drawn from the headline figures so every example has an answer.
 */
export function exampleQuestions(records: Records, lang: Lang): string[] {
  const newest = records.newestPlan;
  const stats = headlineStats(records).slice(0, 3);
  const area = records.currentAreas[0];
  if (lang === 'en') {
    const period = newest?.period ?? '2024—2026';
    return [
      `How many key tasks does the ${period} plan have?`,
      `Which areas does the ${period} plan cover?`,
      ...stats.map((s) => `What is the figure for ${lowerFirst(s.metric_en)}?`),
      ...(area === undefined ? [] : [`/tasks ${area.id}`]),
      '/sources',
    ];
  }
  return [
    '新一轮三年行动计划有多少项重点任务？',
    '第三轮三年行动计划包括哪些方面？',
    ...stats.map((s) => `${s.metric}是多少？`),
    ...(area === undefined ? [] : [`/tasks ${area.short}`]),
    '/sources',
  ];
}
