import type { GlossaryEntry } from '../data/schema.js';
import { foldText } from '../text/fold.js';

const HAN = /\p{Script=Han}/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A Latin phrase, each word also in its plural form, any spacing or hyphens (whole words: see latinAlternation). */
function latinPhrase(variant: string): string {
  const words = variant.split(/[\s-]+/).filter((w) => w.length > 0);
  return words.map((w) => `${escapeRegExp(w)}(?:e?s)?`).join('[\\s-]+');
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
  const han = pairs.filter((p) => HAN.test(p.variant)).sort((a, b) => b.variant.length - a.variant.length);
  const latin = pairs.filter((p) => !HAN.test(p.variant)).sort((a, b) => b.variant.length - a.variant.length);
  const hanTerms = new Map<string, string>();
  for (const p of han) if (!hanTerms.has(p.variant)) hanTerms.set(p.variant, p.term);
  const latinTerms = new Map<string, string>();
  for (const p of latin)
    if (!latinTerms.has(latinKey(p.variant))) latinTerms.set(latinKey(p.variant), p.term);
  const hanPattern = alternation(han.map((p) => escapeRegExp(p.variant)));
  const latinMatcher = latinPhraseMatcher(latin.map((p) => p.variant));

  // Chinese first: a Chinese variant may hold Latin letters (r&d经费支出占gdp比重) that the Latin pass would split.
  const each = (folded: string, onMatch: (match: string, term: string, isHan: boolean) => string): string => {
    let out =
      hanPattern === undefined
        ? folded
        : folded.replace(hanPattern, (m) => onMatch(m, hanTerms.get(m)!, true));
    if (latinMatcher !== undefined && /[a-z]/.test(out)) {
      out = latinMatcher(out, (m) => onMatch(m, latinTerms.get(latinKey(m)) ?? m, false));
    }
    return out;
  };
  return {
    // Spaces keep a term from gluing onto the words around it: onto English words, and onto Chinese
    // ones the segmenter would cut anew (两省一市|长三角… read as 市长, 落实|习近平 as 实习).
    rewrite: (folded) => each(folded, (match, term, isHan) => (isHan && term === match ? term : ` ${term} `)),
    expand: (folded) => {
      const found = new Set<string>();
      each(folded, (match, term) => {
        found.add(term);
        return match;
      });
      return found.size === 0 ? folded : `${folded} ${[...found].join(' ')}`;
    },
  };
}

function alternation(patterns: string[]): RegExp | undefined {
  return patterns.length === 0 ? undefined : new RegExp(patterns.join('|'), 'g');
}

const WORD_CHAR = /[a-z0-9]/;

/**
 * Replaces whole-word phrases (longest first, left to right), as one alternation of them all with word
 * boundaries around it would. The phrases are grouped by their first character and a group is tried
 * only where a word starts with it. One alternation of every English phrase, tried at every position,
 * was the slow part of indexing the records (index built in 705–722 ms before, 376–420 ms after).
 */
function latinPhraseMatcher(
  variants: string[],
): ((text: string, replace: (match: string) => string) => string) | undefined {
  if (variants.length === 0) return undefined;
  const byFirst = new Map<string, string[]>();
  for (const variant of variants) {
    const first = variant.charAt(0);
    const group = byFirst.get(first) ?? [];
    group.push(latinPhrase(variant));
    byFirst.set(first, group);
  }
  const groups = new Map(
    [...byFirst].map(([first, phrases]) => [first, new RegExp(`(?:${phrases.join('|')})(?![a-z0-9])`, 'y')]),
  );
  return (text, replace) => {
    let out = '';
    let done = 0;
    for (let i = 0; i < text.length; i++) {
      const group = groups.get(text.charAt(i));
      if (group === undefined || (i > 0 && WORD_CHAR.test(text.charAt(i - 1)))) continue;
      group.lastIndex = i;
      const match = group.exec(text);
      if (match === null) continue;
      out += text.slice(done, i) + replace(match[0]);
      done = i + match[0].length;
      i = done - 1;
    }
    return out + text.slice(done);
  };
}

/** The same key for a Latin phrase however it is spaced, hyphenated or pluralized. */
function latinKey(phrase: string): string {
  return phrase
    .split(/[\s-]+/)
    .filter((w) => w.length > 0)
    .map((w) => w.replace(/s$/, '').replace(/e$/, ''))
    .join(' ');
}
