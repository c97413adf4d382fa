import type { SearchEngine } from '../search/engine.js';
import { TUNING } from './tuning.js';

const {
  longWord: LONG_WORD,
  longWordShare: LONG_WORD_SHARE,
  shortWordShare: SHORT_WORD_SHARE,
} = TUNING.lostWords;

export interface LostWordOptions {
  /** Query words checked on their own (a year, a place), left out here. */
  ignoreUnits?: readonly string[];
  /** Only Chinese words count: an English word may be a paraphrase the other record says otherwise. */
  chineseOnly?: boolean;
}

/**
 * Whether `other` misses a word of the question that `best` holds whole: the best record's 高速公路 asked
 * and only 高铁 found, 联合体 asked and only 联合 (of 联合攻关项目) found. A word of three or more
 * characters must be held whole; a shorter one at least half.
 */
export function losesWordOf(
  engine: SearchEngine,
  question: string,
  best: string,
  other: string,
  options: LostWordOptions = {},
): boolean {
  const own = engine.unitShares(question, other, options.ignoreUnits);
  return engine
    .unitShares(question, best, options.ignoreUnits)
    .some(
      ({ unit, share }, i) =>
        (options.chineseOnly !== true || unit.kind === 'han') &&
        share === 1 &&
        unit.optional !== true &&
        own[i]!.share < (unit.weight >= LONG_WORD ? LONG_WORD_SHARE : SHORT_WORD_SHARE),
    );
}
