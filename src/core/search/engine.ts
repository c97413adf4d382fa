import MiniSearch from 'minisearch';
import type { Knowledge } from '../data/schema.js';
import { bigrams, coverage, createAnalyzer, type Analyzer, type QueryUnit } from './analyzer.js';
import { translate } from './lexicon.js';
import { buildDocuments, type DocKind, type SearchDoc } from './documents.js';
import { createTypoCorrector } from './typos.js';
import { createHomophoneCorrector } from './homophones.js';
import { TUNING } from '../ranking/tuning.js';
import { isChineseStop } from './stop-terms.js';

/** One document found for a query. */
export interface SearchHit {
  doc: SearchDoc;
  /** MiniSearch's BM25 score times the kind, plan and coverage weights. */
  score: number;
  /** Share (0..1) of the query's content that the document matched. */
  coverage: number;
}

export interface SearchOptions {
  /** Only these kinds. */
  kinds?: readonly DocKind[];
  /** Plan the question names: its records are preferred, other plans' records held back. */
  plan?: string;
  /** Extra weight per kind for this query (a figure question weighs stats up). */
  kindWeights?: Partial<Record<DocKind, number>>;
  /** Query words that do not count toward coverage (a year or place checked on its own). */
  ignoreUnits?: readonly string[];
  /** English words also find the Chinese words the lexicon gives for them (a sentence with no English). */
  translate?: boolean;
}

const { fieldBoost: FIELD_BOOST, kindWeight: KIND_WEIGHT, numberBoost } = TUNING.search;
const FIELDS = ['name', 'en', 'keywords', 'body'];

/** A number the user typed (2018, 165) pins a record down more than any word. */
const boostTerm = (term: string): number => (/^\d/.test(term) ? numberBoost : 1);

/** The full-text index over every record, with the analysis that built it. */
export interface SearchEngine {
  readonly analyzer: Analyzer;
  readonly documents: ReadonlyMap<string, SearchDoc>;
  /** Hits best first. */
  search(query: string, options?: SearchOptions): SearchHit[];
  /** The content units of a query (empty: nothing to look for). */
  units(query: string): QueryUnit[];
  /**
   * The content words of a query that no document holds at all (新能源汽车销量: 销量): the question asks
   * about something the data does not know, however well its other words match.
   */
  unknownUnits(query: string, translate?: boolean): QueryUnit[];
  /**
   * The share of a query that a document's own words hold (`ignoreUnits` aside): for a fact, without the
   * words of the meeting or plan it belongs to, which every fact of that meeting shares.
   */
  ownCoverage(query: string, key: string, ignoreUnits?: readonly string[]): number;
  /** The words of a query (`ignoreUnits` aside) with the share (0..1) of each that a document holds. */
  unitShares(
    query: string,
    key: string,
    ignoreUnits?: readonly string[],
  ): { unit: QueryUnit; share: number }[];
}

// 九大方面, 三个: a count is no topic of its own.
const COUNT_WORD = /^[\d一二三四五六七八九十两百]+[大个项条]$/;

const QUESTION_WORDS = ['多少', '什么', '哪些', '哪个', '怎么', '几个', '多久', '哪里', '哪年'];

export function createSearchEngine(knowledge: Knowledge): SearchEngine {
  // Queries' typos are fixed against the index's own terms, known once it is built.
  const typos = { correctRun: (run: string): string => run };
  const analyzer = createAnalyzer(knowledge.glossary, { correctRun: (run) => typos.correctRun(run) });
  const docs = buildDocuments(knowledge);
  const documents = new Map(docs.map((d) => [d.key, d]));
  // Each document's terms, gathered as MiniSearch indexes it (the id field is read first).
  const termsOf = new Map<string, Set<string>>();
  let indexing = new Set<string>();
  const documentFrequency = new Map<string, number>();
  // English words as written (operation, not its stem oper): a typo is one edit from a word, not a stem.
  const words = new Set<string>();
  const processTerm = (term: string): string | null => {
    const processed = analyzer.processTerm(term);
    if (processed !== null && /^[a-z]/.test(term)) words.add(term);
    if (processed !== null && !indexing.has(processed)) {
      indexing.add(processed);
      documentFrequency.set(processed, (documentFrequency.get(processed) ?? 0) + 1);
    }
    return processed;
  };
  const index = new MiniSearch<SearchDoc>({
    idField: 'key',
    fields: FIELDS,
    storeFields: [],
    extractField: (doc, field) => {
      if (field === 'key') {
        indexing = new Set();
        termsOf.set(doc.key, indexing);
      }
      return doc[field as keyof SearchDoc] as string;
    },
    tokenize: analyzer.tokenizeDocument,
    processTerm,
  });
  index.addAll(docs);
  // Which documents write a bigram inside their words is looked up only for the few a typo could become.
  const inWordsCount = new Map<string, number>();
  const inWords = (bigram: string): number => {
    let count = inWordsCount.get(bigram);
    if (count === undefined) {
      count = 0;
      for (const [key, terms] of termsOf) {
        const doc = documents.get(key);
        if (
          doc !== undefined &&
          terms.has(bigram) &&
          analyzer.wordBigrams(`${doc.name} ${doc.body}`).includes(bigram)
        )
          count += 1;
      }
      inWordsCount.set(bigram, count);
    }
    return count;
  };
  // Typos of question words (躲少 for 多少) are fixed too, and then dropped like the words themselves.
  const questionWords = new Map(QUESTION_WORDS.map((w) => [w, 2]));
  typos.correctRun = createHomophoneCorrector(
    (term) => documentFrequency.get(term) ?? questionWords.get(term),
    [...documentFrequency.keys(), ...questionWords.keys()],
    (bigram) => questionWords.get(bigram) ?? inWords(bigram),
  );

  // Instead of MiniSearch's fuzzy search, which walks the whole term tree (mostly Chinese bigrams) for
  // every word, an unknown English word is expanded to the known words one edit away.
  const correctWord = createTypoCorrector(words);
  /** The stems of the known words one edit from an unknown English word (none for a known one). */
  const corrections = (word: string): string[] => {
    const stem = analyzer.processTerm(word);
    // A short stem (cats → cat) is a word of its own, not a typo of a short name (CAS).
    if (stem === null || stem.length < 4 || documentFrequency.has(stem)) return [];
    return [...new Set(correctWord(word).flatMap((w) => analyzer.processTerm(w) ?? []))];
  };
  const commonLimit = docs.length * TUNING.search.commonShare;
  const isCommon = (term: string): boolean => (documentFrequency.get(term) ?? 0) > commonLimit;
  const queryTerm = (term: string): string | string[] | null => {
    const processed = analyzer.processTerm(term);
    if (processed === null) return null;
    const corrected = corrections(term);
    return corrected.length > 0 ? corrected : processed;
  };
  const rareOnly = (term: string): string | string[] | null => {
    const processed = queryTerm(term);
    if (processed === null || typeof processed !== 'string') return processed;
    return isCommon(processed) ? null : processed;
  };
  const isUbiquitous = (term: string): boolean =>
    (documentFrequency.get(term) ?? 0) > docs.length * TUNING.search.ubiquitousShare;
  const units = (query: string): QueryUnit[] =>
    analyzer.units(query).map((unit) => {
      if (unit.kind === 'han') {
        const says = !isUbiquitous(unit.text) && (unit.parts.length === 0 || !unit.parts.every(isUbiquitous));
        return says ? unit : { ...unit, optional: true };
      }
      const alternatives = corrections(unit.word ?? unit.text);
      return alternatives.length === 0 ? unit : { ...unit, alternatives };
    });
  const knownLatin = (unit: QueryUnit): boolean =>
    documentFrequency.has(unit.text) ||
    (unit.kind === 'latin' && ((unit.alternatives ?? []).length > 0 || (unit.translations ?? []).length > 0));
  const lexicon = knowledge.lexicon ?? {};
  // A Chinese word as the terms a document holding it has: itself (two characters) or its bigrams.
  const wordTerms = (word: string): string[] => {
    const chars = Array.from(word);
    return chars.length <= 2 ? [word] : bigrams(chars);
  };
  /** The units with the Chinese words the lexicon gives their English words, where the index has them. */
  const translated = (all: QueryUnit[]): QueryUnit[] => {
    const latin = all.filter((u) => u.kind === 'latin' && !/^\d/.test(u.text));
    const glosses = translate(
      lexicon,
      latin.map((u) => u.text),
    );
    const byUnit = new Map(latin.map((u, i) => [u, glosses[i]!]));
    return all.map((unit) => {
      const found = (byUnit.get(unit) ?? [])
        .map(wordTerms)
        .filter((parts) => parts.every((p) => documentFrequency.has(p)));
      return unit.kind === 'latin' && found.length > 0 ? { ...unit, translations: found } : unit;
    });
  };
  // Terms are processed already: one term per token, joined by a character no term holds.
  const scoreTerms = (terms: readonly string[], boost: (term: string) => number) =>
    index
      .search(terms.join('\n'), {
        tokenize: (text) => text.split('\n'),
        processTerm: (term) => term,
        boost: FIELD_BOOST,
        boostTerm: boost,
      })
      .map((result) => ({ id: String(result.id), score: result.score }));
  const run = (query: string, extra: readonly string[] = []) => {
    // A query of common terms only ("长三角一体化") is searched with them all.
    const tokens = [...analyzer.tokenizeQuery(query), ...extra];
    const rare = tokens.some((t) => {
      const processed = analyzer.processTerm(t);
      return processed !== null && !isCommon(processed);
    });
    const processTerm = rare ? rareOnly : queryTerm;
    const terms = tokens.flatMap((token) => processTerm(token) ?? []).filter((term) => term.length > 0);
    return scoreTerms(terms, boostTerm);
  };

  // The units coverage is counted over: the ignored ones aside, and an English word no record uses
  // (worth, lab), which may be a paraphrase of one that is, at half weight.
  const coverageUnits = (
    query: string,
    ignoreUnits: readonly string[] = [],
    translating = false,
  ): QueryUnit[] => {
    const ignored = new Set(ignoreUnits);
    return (
      (translating ? translated(units(query)) : units(query))
        .filter((u) => !ignored.has(u.text))
        // Once translated, a word neither language knows is no paraphrase: it keeps its whole weight.
        .map((u) =>
          u.kind === 'latin' && !knownLatin(u) && !translating ? { ...u, weight: u.weight / 2 } : u,
        )
    );
  };

  const search = (query: string, options: SearchOptions = {}): SearchHit[] => {
    const queryUnits = coverageUnits(query, options.ignoreUnits, options.translate === true);
    if (queryUnits.every((u) => u.optional)) return [];
    const extra = queryUnits.flatMap((u) => (u.kind === 'latin' ? (u.translations ?? []).flat() : []));
    const kinds = options.kinds === undefined ? undefined : new Set(options.kinds);
    const hits: SearchHit[] = [];
    for (const result of run(query, [...new Set(extra)])) {
      if (hits.length >= TUNING.search.maxCandidates) break;
      const doc = documents.get(result.id);
      if (doc === undefined || (kinds !== undefined && !kinds.has(doc.kind))) continue;
      const terms = termsOf.get(doc.key);
      const covered = terms === undefined ? 0 : coverage(queryUnits, (term) => terms.has(term));
      if (covered === 0) continue;
      let weight = KIND_WEIGHT[doc.kind] * (options.kindWeights?.[doc.kind] ?? 1);
      // A question naming a plan is not about another plan's records, nor about another document's.
      if (options.plan !== undefined && (doc.plan ?? doc.document) !== undefined)
        weight *= doc.plan === options.plan ? TUNING.search.namedPlanWeight : TUNING.search.otherPlanWeight;
      hits.push({ doc, coverage: covered, score: result.score * weight * covered * covered });
    }
    // ISO dates compare as plain strings; localeCompare would cost more than the search.
    return hits.sort(
      (a, b) => b.score - a.score || (a.doc.date < b.doc.date ? 1 : a.doc.date > b.doc.date ? -1 : 0),
    );
  };

  const unknownUnits = (query: string, translating = false): QueryUnit[] => {
    const known = (unit: QueryUnit): boolean =>
      documentFrequency.has(unit.text) ||
      (unit.kind === 'latin' && (unit.translations ?? []).length > 0) ||
      (unit.kind === 'han' && unit.parts.some((part) => documentFrequency.has(part)));
    const all = translating ? translated(units(query)) : units(query);
    // 细化成 cut as 细|化成: a lone character and the next one make a word the data knows (细化), and
    // what is left (成) is a particle, not a topic. (汽车|产量 is no such cut: 汽车 is whole.)
    // So is 座谈|会讲 for 座谈会|讲: the word before ends, with this one's first character, a word the data
    // knows (谈会), and what is left is a word that says nothing (讲). (汽车|产量 leaves 量, a topic.)
    const han = (u: QueryUnit | undefined): u is QueryUnit => u?.kind === 'han';
    const lone = (u: QueryUnit | undefined): u is QueryUnit => han(u) && u.text.length === 1;
    const straddles = (unit: QueryUnit, i: number): boolean => {
      const before = all[i - 1];
      const after = all[i + 1];
      const pair = (a: string, b: string): boolean => documentFrequency.has(a + b);
      return (
        unit.kind === 'han' &&
        ((lone(before) && pair(before.text, unit.text.charAt(0))) ||
          (lone(after) && pair(unit.text.slice(-1), after.text)) ||
          (han(before) &&
            pair(before.text.slice(-1), unit.text.charAt(0)) &&
            isChineseStop(unit.text.slice(1))))
      );
    };
    return all.filter((unit, i) => {
      if (unit.optional || known(unit) || straddles(unit, i) || COUNT_WORD.test(unit.text)) return false;
      // Short English words are mostly verbs and fillers (run, get, set) that say nothing of the topic; a
      // number is a guess at the answer (过七千了没) or a year, which the constraints check.
      if (unit.kind === 'latin')
        return !/^\d/.test(unit.text) && unit.text.length >= 4 && (unit.alternatives ?? []).length === 0;
      if (unit.weight >= 2) return true;
      // The segmenter cuts a word it does not know into characters (面|额, 集|装|箱): two unknown
      // characters in a row are such a word; one alone is usually a verb or measure word (建, 台).
      const single = (u: QueryUnit | undefined): boolean =>
        u !== undefined && u.kind === 'han' && u.weight === 1 && !u.optional && !known(u);
      return single(all[i - 1]) || single(all[i + 1]);
    });
  };

  const ownCoverage = (query: string, key: string, ignoreUnits?: readonly string[]): number => {
    const doc = documents.get(key);
    if (doc === undefined) return 0;
    const own = new Set(
      analyzer
        .tokenizeDocument(`${doc.name} ${doc.en} ${doc.body}`)
        .flatMap((t) => analyzer.processTerm(t) ?? []),
    );
    return coverage(coverageUnits(query, ignoreUnits), (term) => own.has(term));
  };

  const unitShares: SearchEngine['unitShares'] = (query, key, ignoreUnits) => {
    const terms = termsOf.get(key);
    const has = (term: string): boolean => terms?.has(term) ?? false;
    return coverageUnits(query, ignoreUnits).map((unit) => ({ unit, share: coverage([unit], has) }));
  };

  return { analyzer, documents, search, units, unknownUnits, ownCoverage, unitShares };
}
