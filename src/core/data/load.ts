import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { errorMessage, KnowledgeError, KnowledgeErrors } from './errors.js';
import { checkReferences } from './references.js';
import {
  areaSchema,
  documentSchema,
  eventSchema,
  glossaryEntrySchema,
  planSchema,
  sourceMetaSchema,
  statSchema,
  taskSchema,
  type Knowledge,
  type Source,
} from './schema.js';
import { parseSourceFile } from './source-file.js';
import { LEXICON_FILE_NAME, type Lexicon } from '../search/lexicon.js';

/** The bundled knowledge base: `data/` at the project root (same depth from src/ and dist/). */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../data', import.meta.url));

/** Files that may be absent (an older or smaller knowledge base): read as empty. */
const OPTIONAL_FILES = new Set(['documents.json', 'events.json']);

/** Collects every problem of a knowledge base, each naming file, record and field. */
class Problems {
  readonly list: KnowledgeError[] = [];
  constructor(private readonly dataDir: string) {}

  /** A path as the maintainer knows it: under the folder they pointed DATA_DIR at. */
  shown(file: string): string {
    const base = this.dataDir === DEFAULT_DATA_DIR ? 'data' : this.dataDir;
    return join(base, relative(this.dataDir, file));
  }

  add(file: string, record: string | undefined, field: string | undefined, problem: string): void {
    this.list.push(new KnowledgeError(file, record, field, problem));
  }
}

function issuesOf(error: z.ZodError): { field: string; message: string }[] {
  return error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.join('.') : '(record)',
    message: issue.message,
  }));
}

function recordLabel(raw: unknown, index: number): string {
  const rawId = (raw as { id?: unknown } | null)?.id;
  return typeof rawId === 'string' && rawId.length > 0 ? rawId : `#${index + 1}`;
}

function readJsonArray<T>(problems: Problems, dataDir: string, name: string, schema: z.ZodType<T>): T[] {
  const file = join(dataDir, name);
  const shown = problems.shown(file);
  if (OPTIONAL_FILES.has(name) && !existsSync(file)) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    problems.add(shown, undefined, undefined, errorMessage(err));
    return [];
  }
  if (!Array.isArray(raw)) {
    problems.add(shown, undefined, undefined, 'must be a JSON array of records');
    return [];
  }
  const records: T[] = [];
  raw.forEach((record: unknown, index) => {
    const parsed = schema.safeParse(record);
    if (parsed.success) records.push(parsed.data);
    else for (const { field, message } of issuesOf(parsed.error)) problems.add(shown, recordLabel(record, index), field, message);
  });
  return records;
}

/** Reads data/sources; `broken` holds the ids (file names) of sources that failed, so their citers are not blamed too. */
function readSources(problems: Problems, dataDir: string, broken: Set<string>): Source[] {
  const dir = join(dataDir, 'sources');
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  } catch (err) {
    problems.add(problems.shown(dir), undefined, undefined, errorMessage(err));
    return [];
  }
  const sources: Source[] = [];
  for (const name of names) {
    const shown = problems.shown(join(dir, name));
    let parsedFile: ReturnType<typeof parseSourceFile>;
    try {
      parsedFile = parseSourceFile(readFileSync(join(dir, name), 'utf8'));
    } catch (err) {
      problems.add(shown, undefined, undefined, errorMessage(err));
      broken.add(name.replace(/\.md$/, ''));
      continue;
    }
    const meta = sourceMetaSchema.safeParse(parsedFile.meta);
    if (!meta.success) {
      for (const { field, message } of issuesOf(meta.error)) problems.add(shown, recordLabel(parsedFile.meta, 0), field, message);
      broken.add(name.replace(/\.md$/, ''));
      continue;
    }
    if (`${meta.data.id}.md` !== name) {
      problems.add(shown, meta.data.id, 'id', `must match the file name (${name})`);
      broken.add(name.replace(/\.md$/, ''));
      continue;
    }
    const web = meta.data.status !== undefined;
    if (!web && parsedFile.paragraphs.length === 0) problems.add(shown, meta.data.id, 'body', 'is empty');
    if (web && parsedFile.paragraphs.length > 0) {
      problems.add(shown, meta.data.id, 'body', 'must be empty: a web source keeps no page text, only its facts');
    }
    sources.push({ ...meta.data, body: parsedFile.body, paragraphs: parsedFile.paragraphs });
  }
  return sources;
}

/** data/lexicon.json, when there is one: English gloss → Chinese words (see search/lexicon.ts). */
function readLexicon(problems: Problems, dataDir: string): Lexicon | undefined {
  const file = join(dataDir, LEXICON_FILE_NAME);
  if (!existsSync(file)) return undefined;
  try {
    const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const valid =
      typeof raw === 'object' &&
      raw !== null &&
      !Array.isArray(raw) &&
      Object.values(raw).every((words) => Array.isArray(words) && words.every((w) => typeof w === 'string'));
    if (valid) return raw as Lexicon;
    problems.add(problems.shown(file), undefined, undefined, 'must map each English gloss to a list of Chinese words');
  } catch (err) {
    problems.add(problems.shown(file), undefined, undefined, errorMessage(err));
  }
  return undefined;
}

function checkUnique(problems: Problems, file: string, records: { id: string }[]): void {
  const seen = new Set<string>();
  for (const record of records) {
    if (seen.has(record.id)) problems.add(file, record.id, 'id', 'duplicate id');
    seen.add(record.id);
  }
}

/**
 * Reads and validates the whole knowledge base, collecting every problem: each names file, record,
 * field and what is wrong. `npm run check:data` prints them all.
 */
export function checkKnowledge(dataDir: string = DEFAULT_DATA_DIR): { knowledge: Knowledge; problems: KnowledgeError[] } {
  const problems = new Problems(dataDir);
  const read = <T>(name: string, schema: z.ZodType<T>): T[] => readJsonArray(problems, dataDir, name, schema);
  const brokenSources = new Set<string>();
  const knowledge: Knowledge = {
    sources: readSources(problems, dataDir, brokenSources),
    plans: read('plans.json', planSchema),
    documents: read('documents.json', documentSchema),
    events: read('events.json', eventSchema),
    areas: read('areas.json', areaSchema),
    tasks: read('tasks.json', taskSchema),
    stats: read('stats.json', statSchema),
    glossary: read('glossary.json', glossaryEntrySchema),
  };
  const lexicon = readLexicon(problems, dataDir);
  if (lexicon !== undefined) knowledge.lexicon = lexicon;
  const file = (name: string): string => problems.shown(join(dataDir, name));
  checkUnique(problems, file('sources'), knowledge.sources);
  checkUnique(problems, file('plans.json'), knowledge.plans);
  checkUnique(problems, file('documents.json'), knowledge.documents);
  checkUnique(problems, file('events.json'), knowledge.events);
  checkUnique(problems, file('areas.json'), knowledge.areas);
  checkUnique(problems, file('tasks.json'), knowledge.tasks);
  checkUnique(problems, file('stats.json'), knowledge.stats);
  checkUnique(problems, file('glossary.json'), knowledge.glossary);
  // An unreadable file would make every reference into it fail too: those would only be noise.
  const unreadable = problems.list.some((p) => p.record === undefined);
  if (!unreadable) checkReferences(knowledge, brokenSources, (name, record, field, problem) => problems.add(file(name), record, field, problem));
  return { knowledge, problems: problems.list };
}

/**
 * Reads and validates the whole knowledge base. Throws when anything is wrong, so a bad edit stops
 * start-up instead of reaching a user: a {@link KnowledgeError} for one problem, a
 * {@link KnowledgeErrors} (first problem and the count) for several.
 */
export function loadKnowledge(dataDir: string = DEFAULT_DATA_DIR): Knowledge {
  const { knowledge, problems } = checkKnowledge(dataDir);
  if (problems.length === 1) throw problems[0]!;
  if (problems.length > 1) throw new KnowledgeErrors(problems);
  return knowledge;
}
