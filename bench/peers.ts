import { create, insert, search, type AnyOrama } from '@orama/orama';
import { createTokenizer } from '@orama/tokenizers/mandarin';
import { Charset, Document, Encoder } from 'flexsearch';
import type { SearchDoc } from '../src/core/search/documents.js';

/** A search engine under test: top record ids for a line, best first (empty: nothing found). */
/** Ids of the top results, best first; a result that stands for several records (a series) gives them all. */
export type Engine = (line: string) => (string | string[])[];

const FIELDS = ['name', 'en', 'keywords', 'body'] as const;

/** Record ids of the docs, in rank order, without repeats, at most `limit`. */
function topIds(keys: Iterable<string>, docs: Map<string, SearchDoc>, limit: number): string[] {
  const ids: string[] = [];
  for (const key of keys) {
    const id = docs.get(key)?.id;
    if (id !== undefined && !ids.includes(id)) ids.push(id);
    if (ids.length >= limit) break;
  }
  return ids;
}

/** Orama 3 with its Mandarin tokenizer, the same documents and field boosts as PlanBot. */
export function buildOrama(docs: SearchDoc[]): Engine {
  const byKey = new Map(docs.map((d) => [d.key, d]));
  const db: AnyOrama = create({
    schema: { key: 'string', name: 'string', en: 'string', keywords: 'string', body: 'string' },
    components: { tokenizer: createTokenizer() },
  });
  for (const d of docs)
    insert(db, { id: d.key, key: d.key, name: d.name, en: d.en, keywords: d.keywords, body: d.body });
  return (line) => {
    const result = search(db, {
      term: line,
      properties: [...FIELDS],
      boost: { name: 3, en: 2.5, keywords: 1.5, body: 1 },
      limit: 10,
    }) as { hits: { id: string }[] };
    return topIds(
      result.hits.map((h) => h.id),
      byKey,
      3,
    );
  };
}

/** FlexSearch 0.8 Document index with its CJK encoder, partial matches allowed (`suggest`). */
export function buildFlexSearch(docs: SearchDoc[]): Engine {
  const byKey = new Map(docs.map((d) => [d.key, d]));
  const index = new Document({
    document: { id: 'key', index: [...FIELDS] },
    encoder: new Encoder(Charset.CJK),
    tokenize: 'forward',
  } as ConstructorParameters<typeof Document>[0]);
  for (const d of docs) index.add(d as unknown as Parameters<typeof index.add>[0]);
  return (line) => {
    const perField = index.search(line, { limit: 10, suggest: true }) as unknown as {
      field: string;
      result: string[];
    }[];
    // Fields in boost order: a hit in the name beats one in the body.
    const ordered = FIELDS.flatMap((f) => perField.find((r) => r.field === f)?.result ?? []);
    return topIds(ordered, byKey, 3);
  };
}
