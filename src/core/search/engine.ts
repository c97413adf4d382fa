import MiniSearch from 'minisearch';
import type { Knowledge } from '../data/schema.js';
import { coverage, createAnalyzer, type Analyzer, type QueryUnit } from './analyzer.js';
import { buildDocuments, type DocKind, type SearchDoc } from './documents.js';

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

/** Field weights: a record's name says most about it, its source sentence least. */
const FIELD_BOOST = { name: 3, en: 2.5, keywords: 1.5, body: 1 };

/** So a stat or task outranks the passage it was drawn from. */
const KIND_WEIGHT: Record<DocKind, number> = { stat: 1.4, task: 1.3, area: 1.3, plan: 1.3, passage: 0.7 };

/** Fuzzy and prefix matching only for Latin words of 4+ letters: on Chinese, 上海市 would match 上市. */
const isLongLatin = (term: string): boolean => /^[a-z]{4,}$/.test(term);
const fuzzyLatin = (term: string): number | boolean => (isLongLatin(term) ? 0.2 : false);

/** The full-text index over every record, with the analysis that built it. */
export interface SearchEngine {
  readonly analyzer: Analyzer;
  readonly documents: ReadonlyMap<string, SearchDoc>;
  /** Hits best first. */
  search(query: string, options?: SearchOptions): SearchHit[];
  /** The content units of a query (empty: nothing to look for). */
  units(query: string): QueryUnit[];
}

export function createSearchEngine(knowledge: Knowledge): SearchEngine {
  const analyzer = createAnalyzer(knowledge.glossary);
  const docs = buildDocuments(knowledge);
  const documents = new Map(docs.map((d) => [d.key, d]));
  const index = new MiniSearch<SearchDoc>({
    idField: 'key',
    fields: ['name', 'en', 'keywords', 'body'],
    storeFields: [],
    tokenize: analyzer.tokenizeDocument,
    processTerm: analyzer.processTerm,
    searchOptions: {
      tokenize: analyzer.tokenizeQuery,
      boost: FIELD_BOOST,
      fuzzy: fuzzyLatin,
      prefix: isLongLatin,
    },
  });
  index.addAll(docs);

  const search = (query: string, options: SearchOptions = {}): SearchHit[] => {
    const units = analyzer.units(query);
    if (units.length === 0) return [];
    const kinds = options.kinds === undefined ? undefined : new Set(options.kinds);
    const hits: SearchHit[] = [];
    for (const result of index.search(query)) {
      const doc = documents.get(result.id as string);
      if (doc === undefined || (kinds !== undefined && !kinds.has(doc.kind))) continue;
      const covered = coverage(units, new Set(result.queryTerms));
      let weight = KIND_WEIGHT[doc.kind] * (options.kindWeights?.[doc.kind] ?? 1);
      if (options.plan !== undefined && doc.plan !== undefined)
        weight *= doc.plan === options.plan ? 1.6 : 0.5;
      hits.push({ doc, coverage: covered, score: result.score * weight * covered * covered });
    }
    return hits.sort((a, b) => b.score - a.score || b.doc.date.localeCompare(a.doc.date));
  };

  return { analyzer, documents, search, units: analyzer.units };
}
