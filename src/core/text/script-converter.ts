import * as OpenCCModule from 'opencc-js';

type LocaleName = 'cn' | 'tw' | 'twp';

/**
 * The part of opencc-js used here. Its own typings import './core' without an extension, which NodeNext
 * resolution cannot follow, so through them every export would be an unresolved type.
 */
interface OpenCCApi {
  Converter(options: { from: LocaleName; to: LocaleName }): (text: string) => string;
  Locale: { from: Record<LocaleName, unknown>; to: Record<LocaleName, unknown> };
}
export const OpenCC = OpenCCModule as unknown as OpenCCApi;

/** A script conversion: the text in the target script. */
export type ScriptConverter = (text: string) => string;

// Ideographic description characters (⿰⿱...): OpenCC reads a sequence of them as one unit.
const IDEOGRAPHIC_DESCRIPTION_FIRST = 0x2ff0;
const IDEOGRAPHIC_DESCRIPTION_LAST = 0x2fff;

/**
 * Calls `onKey` with the source side of every entry that changes text, however opencc-js stores the
 * dictionaries ("a b|c d" strings or [a, b] pairs). Entries that map a phrase to itself (一家三口) only
 * keep a shorter key from matching inside it; when no changing key occurs in a text, nothing changes it.
 */
function forEachChangingKey(dictionaries: unknown, onKey: (key: string) => void): void {
  if (typeof dictionaries === 'string') {
    // Scanned in place: the cn → tw tables hold tens of thousands of entries, read at start-up.
    let at = 0;
    while (at < dictionaries.length) {
      let end = dictionaries.indexOf('|', at);
      if (end === -1) end = dictionaries.length;
      const space = dictionaries.indexOf(' ', at);
      if (space > at && space < end) {
        // OpenCC takes the first of the replacements listed.
        let replacementEnd = dictionaries.indexOf(' ', space + 1);
        if (replacementEnd === -1 || replacementEnd > end) replacementEnd = end;
        const keyLength = space - at;
        const same =
          replacementEnd - space - 1 === keyLength &&
          dictionaries.startsWith(dictionaries.slice(at, space), space + 1);
        if (!same) onKey(dictionaries.slice(at, space));
      }
      at = end + 1;
    }
  } else if (Array.isArray(dictionaries)) {
    const [key, replacement] = dictionaries as unknown[];
    // A [source, replacement] pair (dictionary strings always hold a space).
    if (
      dictionaries.length === 2 &&
      typeof key === 'string' &&
      typeof replacement === 'string' &&
      !key.includes(' ')
    ) {
      if (key !== replacement) onKey(key);
      return;
    }
    for (const item of dictionaries) forEachChangingKey(item, onKey);
  }
}

/**
 * An OpenCC conversion that skips the work when it cannot change the text: OpenCC only rewrites where a
 * dictionary key occurs, so a text holding no one-character key and no first two characters of a longer
 * key that changes text comes back unchanged. Most chat lines are simplified Chinese or English and take
 * this path, which costs a set lookup or two per character instead of a trie walk per stage.
 */
export function createScriptConverter(from: LocaleName, to: LocaleName): ScriptConverter {
  const convert = OpenCC.Converter({ from, to });
  // Code points that are a key, and for longer keys the code points that may follow their first.
  const singles = new Set<number>();
  const followers = new Map<number, Set<number>>();
  forEachChangingKey([OpenCC.Locale.from[from], OpenCC.Locale.to[to]], (key) => {
    const first = key.codePointAt(0)!;
    const width = first > 0xffff ? 2 : 1;
    if (key.length === width) singles.add(first);
    else {
      const next = followers.get(first) ?? new Set<number>();
      next.add(key.codePointAt(width)!);
      followers.set(first, next);
    }
  });
  const mayChange = (text: string): boolean => {
    let previous: Set<number> | undefined;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.codePointAt(i)!;
      if (code > 0xffff) i += 1;
      if (singles.has(code) || previous?.has(code) === true) return true;
      if (code >= IDEOGRAPHIC_DESCRIPTION_FIRST && code <= IDEOGRAPHIC_DESCRIPTION_LAST) return true;
      previous = followers.get(code);
    }
    return false;
  };
  return (text) => (mayChange(text) ? convert(text) : text);
}
