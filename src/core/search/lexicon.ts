/**
 * English → Chinese for words only the Chinese text holds: data/lexicon.json (built from CC-CEDICT by
 * `npm run build:lexicon`) maps an English gloss, stemmed, to the data's Chinese words for it. An English
 * question about a sentence that has no English rendering ("infectious disease" for 传染病通报) finds it so.
 */
import { ENGLISH_STOP_TERMS } from './stop-terms.js';
import { stemLatin } from './analyzer.js';

/** English gloss (stemmed words, one space apart) → the data's Chinese words for it, most used first. */
export type Lexicon = Readonly<Record<string, readonly string[]>>;

export const LEXICON_FILE_NAME = 'lexicon.json';
export const LEXICON_FILE = `data/${LEXICON_FILE_NAME}`;
/** A gloss many words share (to do, to be) says little; only the most used few are kept. */
export const MAX_WORDS_PER_GLOSS = 6;
const LONGEST_GLOSS = 3;

/** Words as a lexicon key: stop words out, the rest stemmed as the index stems them. */
export function englishKey(words: readonly string[]): string {
  return words
    .filter((w) => !ENGLISH_STOP_TERMS.has(w))
    .map((w) => stemLatin(w))
    .join(' ');
}

/**
 * The Chinese words for each of a query's English words (stemmed, in order), matched as the longest
 * glosses first: "infectious disease" is 传染病, not 传染 and 病.
 */
export function translate(lexicon: Lexicon, stems: readonly string[]): (readonly string[])[] {
  const out: (readonly string[])[] = stems.map(() => []);
  let i = 0;
  while (i < stems.length) {
    let matched = 0;
    for (let n = Math.min(LONGEST_GLOSS, stems.length - i); n >= 1 && matched === 0; n -= 1) {
      const key = stems.slice(i, i + n).join(' ');
      // Own keys only: "constructor" or "toString" asked is no gloss of the lexicon object's prototype.
      const words = Object.hasOwn(lexicon, key) ? lexicon[key] : undefined;
      if (words === undefined) continue;
      for (let k = i; k < i + n; k += 1) out[k] = words;
      matched = n;
    }
    i += Math.max(matched, 1);
  }
  return out;
}
