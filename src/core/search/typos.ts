/** True when a and b differ by at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i += 1;
  if (la === lb) return a.slice(i + 1) === b.slice(i + 1);
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** True when a and b differ by one swap of neighbouring letters (anhiu, anhui), which `withinOneEdit` counts as two edits. */
export function swapsNeighbours(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const at = [...a].findIndex((char, i) => char !== b[i]);
  return at >= 0 && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}

const MAX_CORRECTIONS = 5;

/**
 * Spelling help for English words the index does not know: the known words one edit away, or that
 * start with the word (a word cut short). Only words of 4+ letters, so short words and numbers never
 * drift, and never Chinese (上海市 must not find 上市).
 */
export function createTypoCorrector(vocabulary: Iterable<string>): (word: string) => string[] {
  const latin = [...new Set(vocabulary)].filter((w) => /^[a-z]{3,}$/.test(w));
  const known = new Set(latin);
  return (word) => {
    if (known.has(word) || !/^[a-z]{4,}$/.test(word)) return [];
    const found: string[] = [];
    for (const candidate of latin) {
      if (withinOneEdit(word, candidate) || (candidate.length > word.length && candidate.startsWith(word))) {
        found.push(candidate);
        if (found.length >= MAX_CORRECTIONS) break;
      }
    }
    return found;
  };
}
