import * as OpenCC from 'opencc-js';

type LocaleName = 'cn' | 'tw' | 'twp';

/** A script conversion: the text in the target script. */
export type ScriptConverter = (text: string) => string;

// Ideographic description characters (⿰⿱...): OpenCC reads a sequence of them as one unit.
const IDEOGRAPHIC_DESCRIPTION_FIRST = 0x2ff0;
const IDEOGRAPHIC_DESCRIPTION_LAST = 0x2fff;

/**
 * The source side of every entry that changes text, however opencc-js stores the dictionaries ("a b|c d"
 * strings or [a, b] pairs). Entries that map a phrase to itself (一家三口) only keep a shorter key from
 * matching inside it; when no changing key occurs in a text, nothing changes it.
 */
function* changingKeys(dictionaries: unknown): Generator<string> {
  if (typeof dictionaries === 'string') {
    for (const entry of dictionaries.split('|')) {
      // OpenCC takes the first of the replacements listed.
      const [key, replacement] = entry.split(' ');
      if (key !== undefined && key.length > 0 && key !== replacement) yield key;
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
      if (key !== replacement) yield key;
      return;
    }
    for (const item of dictionaries) yield* changingKeys(item);
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
  for (const key of changingKeys([OpenCC.Locale.from[from], OpenCC.Locale.to[to]])) {
    const first = key.codePointAt(0)!;
    const rest = key.slice(first > 0xffff ? 2 : 1);
    if (rest.length === 0) singles.add(first);
    else {
      const next = followers.get(first) ?? new Set<number>();
      next.add(rest.codePointAt(0)!);
      followers.set(first, next);
    }
  }
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
