import { z } from 'zod';

/** Ids are lower-case slugs: stable, URL- and callback-data-safe. */
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lower-case slug (a-z, 0-9, -)');
const nonEmpty = z.string().trim().min(1, 'must not be empty');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

/** A statement drawn from a source: `quote` is a verbatim sentence of that source's body. */
const traced = { source: id, quote: nonEmpty };

export const sourceMetaSchema = z.strictObject({
  id,
  title: nonEmpty,
  /** The original outlet, not the site that reposted it. */
  publisher: nonEmpty,
  author: nonEmpty.optional(),
  /** The article's own date, established from its content where the repost is wrong or silent. */
  date: isoDate,
  url: z.url().optional(),
  /** The seed file it came from. */
  origin: nonEmpty,
  /** Every correction made to the scraped text, and how the date and publisher were established. */
  notes: z.array(nonEmpty),
});

export const planFactSchema = z.strictObject({ text: nonEmpty, en: nonEmpty, ...traced });

export const planSchema = z.strictObject({
  id,
  round: z.number().int().min(1),
  title: nonEmpty,
  title_en: nonEmpty,
  /** Years covered, e.g. "2024—2026". */
  period: z.string().regex(/^\d{4}—\d{4}$/, 'must be a period YYYY—YYYY'),
  task_count: z.number().int().positive(),
  /** What the sources say of its completion, when they say anything. */
  completion: nonEmpty.optional(),
  completion_en: nonEmpty.optional(),
  /** Quote holding the task count (and completion, when given). */
  ...traced,
  facts: z.array(planFactSchema),
});

export const areaSchema = z.strictObject({
  id,
  plan: id,
  order: z.number().int().min(1),
  /** Official name as the plan words it. */
  name: nonEmpty,
  short: nonEmpty,
  en: nonEmpty,
  keywords: z.array(nonEmpty),
  ...traced,
  task_count: z.strictObject({ value: z.number().int().positive(), ...traced }).optional(),
});

export const taskSchema = z.strictObject({
  id,
  plan: id,
  /** Area of the 2024—2026 plan; null for tasks of earlier plans, which had no such areas. */
  area: id.nullable(),
  text: nonEmpty,
  en: nonEmpty,
  ...traced,
});

export const statSchema = z.strictObject({
  id,
  metric: nonEmpty,
  metric_en: nonEmpty,
  value: z.number().finite(),
  unit: z.string(),
  /** over: "超"/"超过"; about: "约"/"左右"; at-least: "以上". Absent when exact. */
  qualifier: z.enum(['over', 'about', 'at-least']).optional(),
  /** The date or period the figure describes: YYYY, YYYY-MM, YYYY-MM-DD or YYYY—YYYY. */
  as_of: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?(—\d{4})?$/, 'must be YYYY, YYYY-MM, YYYY-MM-DD or YYYY—YYYY'),
  /** 长三角 for the region as a whole, or a province / city / body. */
  scope: nonEmpty,
  /** A goal (e.g. for 2025), not a result. */
  target: z.boolean(),
  plan: id.optional(),
  area: id.optional(),
  ...traced,
});

export const glossaryEntrySchema = z.strictObject({
  id,
  /** The term as the data writes it. */
  term: nonEmpty,
  en: nonEmpty,
  /** Synonyms, abbreviations, traditional forms and English names that mean `term`. */
  variants: z.array(nonEmpty).min(1),
});

export type SourceMeta = z.infer<typeof sourceMetaSchema>;
export type Source = SourceMeta & { body: string; paragraphs: string[] };
export type Plan = z.infer<typeof planSchema>;
export type PlanFact = z.infer<typeof planFactSchema>;
export type Area = z.infer<typeof areaSchema>;
export type Task = z.infer<typeof taskSchema>;
export type Stat = z.infer<typeof statSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export interface Knowledge {
  sources: Source[];
  plans: Plan[];
  areas: Area[];
  tasks: Task[];
  stats: Stat[];
  glossary: GlossaryEntry[];
}
