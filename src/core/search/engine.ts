import MiniSearch from 'minisearch';
import type { Knowledge } from '../data/schema.js';
import { coverageTest, createAnalyzer, type Analyzer, type QueryUnit } from './analyzer.js';
import { createBm25Scorer } from './bm25.js';
import { createCoverageMeasure } from './term-holders.js';
import { buildDocuments, type DocKind, type SearchDoc } from './documents.js';
import { createTypoCorrector } from './typos.js';
import { TUNING } from '../ranking/tuning.js';

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
  unknownUnits(query: string): QueryUnit[];
}

export function createSearchEngine(knowledge: Knowledge): SearchEngine {
  const analyzer = createAnalyzer(knowledge.glossary);
  const docs = buildDocuments(knowledge);
  const documents = new Map(docs.map((d) => [d.key, d]));
  // Each document's terms, gathered as MiniSearch indexes it (the id field is read first).
  const termsOf = new Map<string, Set<string>>();
  let indexing = new Set<string>();
  const documentFrequency = new Map<string, number>();
  const processTerm = (term: string): string | null => {
    const processed = analyzer.processTerm(term);
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
  // MiniSearch builds the index; queries are scored from it by createBm25Scorer, which gives
  // MiniSearch's own scores (OR of the terms, FIELD_BOOST, boostTerm) without its per-query objects.
  const scoreTerms = createBm25Scorer(index, FIELDS, FIELD_BOOST);
  const measureCoverage = createCoverageMeasure(termsOf);

  // Instead of MiniSearch's fuzzy search, which walks the whole term tree (mostly Chinese bigrams) for
  // every word, an unknown English word is expanded to the known words one edit away.
  const corrections = createTypoCorrector(documentFrequency.keys());
  const commonLimit = docs.length * TUNING.search.commonShare;
  const isCommon = (term: string): boolean => (documentFrequency.get(term) ?? 0) > commonLimit;
  const queryTerm = (term: string): string | string[] | null => {
    const processed = analyzer.processTerm(term);
    if (processed === null) return null;
    const corrected = corrections(processed);
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
      const alternatives = corrections(unit.text);
      return alternatives.length === 0 ? unit : { ...unit, alternatives };
    });
  const run = (query: string) => {
    // A query of common terms only ("长三角一体化") is searched with them all.
    const tokens = analyzer.tokenizeQuery(query);
    const rare = tokens.some((t) => {
      const processed = analyzer.processTerm(t);
      return processed !== null && !isCommon(processed);
    });
    const processTerm = rare ? rareOnly : queryTerm;
    const terms: string[] = [];
    for (const token of tokens) {
      const processed = processTerm(token);
      if (typeof processed === 'string') {
        if (processed.length > 0) terms.push(processed);
      } else if (processed !== null) for (const term of processed) if (term.length > 0) terms.push(term);
    }
    return scoreTerms(terms, boostTerm);
  };

  const search = (query: string, options: SearchOptions = {}): SearchHit[] => {
    const queryUnits = units(query);
    if (queryUnits.every((u) => u.optional)) return [];
    const coverageOf = measureCoverage(coverageTest(queryUnits));
    const kinds = options.kinds === undefined ? undefined : new Set(options.kinds);
    const hits: SearchHit[] = [];
    for (const result of run(query)) {
      if (hits.length >= TUNING.search.maxCandidates) break;
      const doc = documents.get(result.id as string);
      if (doc === undefined || (kinds !== undefined && !kinds.has(doc.kind))) continue;
      const covered = coverageOf(doc.key);
      if (covered === 0) continue;
      let weight = KIND_WEIGHT[doc.kind] * (options.kindWeights?.[doc.kind] ?? 1);
      if (options.plan !== undefined && doc.plan !== undefined)
        weight *= doc.plan === options.plan ? TUNING.search.namedPlanWeight : TUNING.search.otherPlanWeight;
      hits.push({ doc, coverage: covered, score: result.score * weight * covered * covered });
    }
    // ISO dates compare as plain strings; localeCompare would cost more than the search.
    return hits.sort(
      (a, b) => b.score - a.score || (a.doc.date < b.doc.date ? 1 : a.doc.date > b.doc.date ? -1 : 0),
    );
  };

  const unknownUnits = (query: string): QueryUnit[] => {
    const known = (unit: QueryUnit): boolean =>
      documentFrequency.has(unit.text) ||
      (unit.kind === 'han' && unit.parts.some((part) => documentFrequency.has(part)));
    const all = units(query);
    return all.filter((unit, i) => {
      if (unit.optional || known(unit)) return false;
      // Short English words are mostly verbs and fillers (run, get, set) that say nothing of the topic.
      if (unit.kind === 'latin') return unit.text.length >= 4 && (unit.alternatives ?? []).length === 0;
      if (unit.weight >= 2) return true;
      // The segmenter cuts a word it does not know into characters (面|额, 集|装|箱): two unknown
      // characters in a row are such a word; one alone is usually a verb or measure word (建, 台).
      const single = (u: QueryUnit | undefined): boolean =>
        u !== undefined && u.kind === 'han' && u.weight === 1 && !u.optional && !known(u);
      return single(all[i - 1]) || single(all[i + 1]);
    });
  };

  return { analyzer, documents, search, units, unknownUnits };
}
