import type { Result } from '../types.js';
import { normalizeNumerals, numeralValue } from '../text/numerals.js';

// "是不是165项", "right?": a figure asked to be confirmed, which the answer repeats.
const CONFIRMS = /是不是|是否|对吗|对不对|吗[?？]?$|没错|\b(?:right|correct|true|is it|isn'?t it|confirm)\b/;

/** The numbers a text states, ordinals (排第五) as numbers. */
function numbersOf(text: string): string[] {
  const numeric = normalizeNumerals(text).replace(
    /第([一二三四五六七八九十]+)/g,
    (_, n: string) => `第${numeralValue(n)}`,
  );
  return numeric.match(/\d+(?:\.\d+)?/g) ?? [];
}

/**
 * The answer's figure when it is one the asker gave ("出口是10.85万亿，那进口呢" answered with the 10.85万亿
 * of exports, "排第五、南京第九，那杭州呢" with the 5th place): they asked for another figure beside it.
 * Takes the question folded.
 */
export function echoedFigure(folded: string, first: Result | undefined): string | undefined {
  if (first?.kind !== 'stat' || CONFIRMS.test(folded)) return undefined;
  const value = String(first.value);
  return !/^(?:19|20)\d{2}$/.test(value) && numbersOf(folded).includes(value) ? value : undefined;
}
