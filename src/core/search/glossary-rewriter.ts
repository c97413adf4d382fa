import type { GlossaryEntry } from '../data/schema.js';
import { foldText } from '../text/fold.js';

const HAN = /\p{Script=Han}/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A Latin phrase matched as whole words, each word also in its plural form, any spacing or hyphens. */
function latinPattern(variant: string): string {
  const words = variant.split(/[\s-]+/).filter((w) => w.length > 0);
  const body = words.map((w) => `${escapeRegExp(w)}(?:e?s)?`).join('[\\s-]+');
  return `(?<![a-z0-9])${body}(?![a-z0-9])`;
}

/** Glossary rewriting, on folded text. */
export interface GlossaryRewriter {
  /** Replaces each variant with its term (for queries, so "r&d intensity" stops being two English words). */
  rewrite(folded: string): string;
  /** Appends the term of each variant found (for documents, which keep their own words too). */
  expand(folded: string): string;
}

/**
 * Maps synonyms, abbreviations and English names of the glossary onto the term the data uses
 * (长江三角洲 → 长三角, "new energy vehicles" → 新能源汽车, r&d → 研发). It works on whole phrases, which
 * MiniSearch's `processTerm` cannot see (it gets one token at a time). A query is rewritten and a
 * document expanded, so a query in any of the words meets a document in any of them.
 */
export function createGlossaryRewriter(glossary: readonly GlossaryEntry[]): GlossaryRewriter {
  const pairs: { variant: string; term: string }[] = [];
  for (const entry of glossary) {
    const term = foldText(entry.term);
    // The term maps to itself, so that at any position the longest phrase wins: 长三角 stays 长三角
    // although its part 三角 could be some variant, and a term holding a variant is not cut up.
    for (const raw of [entry.term, ...entry.variants, entry.en]) {
      const variant = foldText(raw).trim();
      if (variant.length > 0) pairs.push({ variant, term });
    }
  }
  if (pairs.length === 0) return { rewrite: (folded) => folded, expand: (folded) => folded };
  pairs.sort((a, b) => b.variant.length - a.variant.length);
  const pattern = new RegExp(
    pairs
      .map(({ variant }) => `(${HAN.test(variant) ? escapeRegExp(variant) : latinPattern(variant)})`)
      .join('|'),
    'g',
  );
  const termOf = (groups: unknown[]): string => {
    const index = groups.slice(1, pairs.length + 1).findIndex((g) => g !== undefined);
    return pairs[index]!.term;
  };
  return {
    rewrite: (folded) =>
      folded.replace(pattern, (...groups: unknown[]) => {
        const term = termOf(groups);
        // Spaces keep a Chinese term from gluing onto the English words around it.
        return HAN.test(groups[0] as string) ? term : ` ${term} `;
      }),
    expand: (folded) => {
      const found = new Set<string>();
      for (const match of folded.matchAll(pattern)) found.add(termOf([...match]));
      return found.size === 0 ? folded : `${folded} ${[...found].join(' ')}`;
    },
  };
}
