import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { errorMessage, KnowledgeError } from './errors.js';
import { quoteStatesNumber } from './numbers.js';
import {
  areaSchema,
  glossaryEntrySchema,
  planSchema,
  sourceMetaSchema,
  statSchema,
  taskSchema,
  type Knowledge,
  type Source,
} from './schema.js';
import { parseSourceFile } from './source-file.js';

/** The bundled knowledge base: `data/` at the project root (same depth from src/ and dist/). */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../data', import.meta.url));

function displayPath(dataDir: string, file: string): string {
  return join('data', relative(dataDir, file));
}

function firstIssue(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0]!;
  return { field: issue.path.length > 0 ? issue.path.join('.') : '(record)', message: issue.message };
}

function recordLabel(raw: unknown, index: number): string {
  const rawId = (raw as { id?: unknown } | null)?.id;
  return typeof rawId === 'string' && rawId.length > 0 ? rawId : `#${index + 1}`;
}

function readJsonArray<T>(dataDir: string, name: string, schema: z.ZodType<T>): T[] {
  const file = join(dataDir, name);
  const shown = displayPath(dataDir, file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new KnowledgeError(shown, undefined, undefined, errorMessage(err));
  }
  if (!Array.isArray(raw)) throw new KnowledgeError(shown, undefined, undefined, 'must be a JSON array of records');
  return raw.map((record, index) => {
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      const { field, message } = firstIssue(parsed.error);
      throw new KnowledgeError(shown, recordLabel(record, index), field, message);
    }
    return parsed.data;
  });
}

function readSources(dataDir: string): Source[] {
  const dir = join(dataDir, 'sources');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort();
  return files.map((name) => {
    const file = join(dir, name);
    const shown = displayPath(dataDir, file);
    let parsedFile: ReturnType<typeof parseSourceFile>;
    try {
      parsedFile = parseSourceFile(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new KnowledgeError(shown, undefined, undefined, errorMessage(err));
    }
    const meta = sourceMetaSchema.safeParse(parsedFile.meta);
    if (!meta.success) {
      const { field, message } = firstIssue(meta.error);
      throw new KnowledgeError(shown, recordLabel(parsedFile.meta, 0), field, message);
    }
    if (`${meta.data.id}.md` !== name) {
      throw new KnowledgeError(shown, meta.data.id, 'id', `must match the file name (${name})`);
    }
    if (parsedFile.paragraphs.length === 0) throw new KnowledgeError(shown, meta.data.id, 'body', 'is empty');
    return { ...meta.data, body: parsedFile.body, paragraphs: parsedFile.paragraphs };
  });
}

function checkUnique(file: string, records: { id: string }[]): void {
  const seen = new Set<string>();
  for (const record of records) {
    if (seen.has(record.id)) throw new KnowledgeError(file, record.id, 'id', 'duplicate id');
    seen.add(record.id);
  }
}

/** Checks what a schema cannot: references resolve, quotes are verbatim, figures appear in their quotes. */
function checkReferences(k: Knowledge): void {
  const sources = new Map(k.sources.map((s) => [s.id, s]));
  const planIds = new Set(k.plans.map((p) => p.id));
  const areaIds = new Set(k.areas.map((a) => a.id));

  const checkTraced = (file: string, recordId: string, field: string, source: string, quote: string): void => {
    const found = sources.get(source);
    if (!found) throw new KnowledgeError(file, recordId, `${field}source`, `unknown source "${source}"`);
    if (!found.body.includes(quote)) {
      throw new KnowledgeError(file, recordId, `${field}quote`, `is not verbatim in source "${source}"`);
    }
  };
  const checkRef = (file: string, recordId: string, field: string, ids: Set<string>, value: string): void => {
    if (!ids.has(value)) throw new KnowledgeError(file, recordId, field, `unknown ${field} "${value}"`);
  };

  for (const p of k.plans) {
    checkTraced('data/plans.json', p.id, '', p.source, p.quote);
    if (!quoteStatesNumber(p.quote, p.task_count)) {
      throw new KnowledgeError('data/plans.json', p.id, 'task_count', `${p.task_count} does not appear in its quote`);
    }
    p.facts.forEach((f, i) => checkTraced('data/plans.json', p.id, `facts.${i}.`, f.source, f.quote));
  }
  for (const a of k.areas) {
    checkRef('data/areas.json', a.id, 'plan', planIds, a.plan);
    checkTraced('data/areas.json', a.id, '', a.source, a.quote);
    if (a.task_count) {
      checkTraced('data/areas.json', a.id, 'task_count.', a.task_count.source, a.task_count.quote);
      if (!quoteStatesNumber(a.task_count.quote, a.task_count.value)) {
        throw new KnowledgeError('data/areas.json', a.id, 'task_count.value', 'does not appear in its quote');
      }
    }
  }
  const areaPlans = new Map(k.areas.map((a) => [a.id, a.plan]));
  for (const t of k.tasks) {
    checkRef('data/tasks.json', t.id, 'plan', planIds, t.plan);
    if (t.area !== null) {
      checkRef('data/tasks.json', t.id, 'area', areaIds, t.area);
      if (areaPlans.get(t.area) !== t.plan) {
        throw new KnowledgeError('data/tasks.json', t.id, 'area', `"${t.area}" is an area of ${areaPlans.get(t.area)}, not of ${t.plan}`);
      }
    }
    checkTraced('data/tasks.json', t.id, '', t.source, t.quote);
  }
  for (const s of k.stats) {
    if (s.plan !== undefined) checkRef('data/stats.json', s.id, 'plan', planIds, s.plan);
    if (s.area !== undefined) checkRef('data/stats.json', s.id, 'area', areaIds, s.area);
    checkTraced('data/stats.json', s.id, '', s.source, s.quote);
    if (!quoteStatesNumber(s.quote, s.value)) {
      throw new KnowledgeError('data/stats.json', s.id, 'value', `${s.value} does not appear in its quote`);
    }
  }
}

/**
 * Reads and validates the whole knowledge base. Throws a {@link KnowledgeError} naming file, record
 * and field at the first problem, so a bad edit stops start-up instead of reaching a user.
 */
export function loadKnowledge(dataDir: string = DEFAULT_DATA_DIR): Knowledge {
  const sources = readSources(dataDir);
  const knowledge: Knowledge = {
    sources,
    plans: readJsonArray(dataDir, 'plans.json', planSchema),
    areas: readJsonArray(dataDir, 'areas.json', areaSchema),
    tasks: readJsonArray(dataDir, 'tasks.json', taskSchema),
    stats: readJsonArray(dataDir, 'stats.json', statSchema),
    glossary: readJsonArray(dataDir, 'glossary.json', glossaryEntrySchema),
  };
  checkUnique('data/sources', sources);
  checkUnique('data/plans.json', knowledge.plans);
  checkUnique('data/areas.json', knowledge.areas);
  checkUnique('data/tasks.json', knowledge.tasks);
  checkUnique('data/stats.json', knowledge.stats);
  checkUnique('data/glossary.json', knowledge.glossary);
  checkReferences(knowledge);
  return knowledge;
}
