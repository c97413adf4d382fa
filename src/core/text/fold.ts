import { OpenCC } from './opencc.js';

// 'twp' converts Taiwan phrases as well as characters (資訊 → 信息, 軟體 → 软件), which 't' and 'hk' leave alone.
const toSimplified = OpenCC.Converter({ from: 'twp', to: 'cn' });

// One answer folds the same line several times (intent, analysis); conversion is the costly part.
const recent = new Map<string, string>();
const RECENT_MAX = 64;

/**
 * The one form text is compared in: NFKC (full-width → half-width, ① → 1), lower case, simplified script.
 * Used for indexing and querying alike, so both sides always agree.
 */
export function foldText(text: string): string {
  const known = recent.get(text);
  if (known !== undefined) return known;
  const folded = toSimplified(text.normalize('NFKC').toLowerCase());
  if (recent.size >= RECENT_MAX) recent.clear();
  if (text.length <= 1000) recent.set(text, folded);
  return folded;
}
