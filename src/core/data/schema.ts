import type { Lexicon } from '../search/lexicon.js';
import { z } from 'zod';

/** Ids are lower-case slugs: stable, URL- and callback-data-safe. */
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lower-case slug (a-z, 0-9, -)');
const nonEmpty = z.string().trim().min(1, 'must not be empty');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
/** A day, or only the month or year when the source gives no more. */
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');
const period = z.string().regex(/^\d{4}—\d{4}$/, 'must be a period YYYY—YYYY (em dash)');

/** A statement drawn from a source: `quote` is a verbatim sentence of that source's body. */
const traced = { source: id, quote: nonEmpty };

/**
 * How far a public page can be trusted: official = a government site or a faithful transcription of a
 * government document; state = state or party media (or its syndicated copy on another state outlet);
 * repost = a named outlet's text on a third-party host; unverified = an aggregator or spam host of
 * unclear origin; mt = a machine translation.
 */
export const SOURCE_STATUSES = ['official', 'state', 'repost', 'unverified', 'mt'] as const;
export type SourceStatus = (typeof SOURCE_STATUSES)[number];

export const sourceMetaSchema = z
  .strictObject({
    id,
    title: nonEmpty,
    /** The original outlet, not the site that reposted it. */
    publisher: nonEmpty,
    author: nonEmpty.optional(),
    /** The editor the page credits (责任编辑), when it does. */
    editor: nonEmpty.optional(),
    /**
     * The article's own date, established from its content where the repost is wrong or silent. A web
     * page whose day is not shown may give only YYYY-MM.
     */
    date: z.string(),
    url: z.url().optional(),
    /**
     * Set for a public page whose text we do not keep (a web source): its facts cite it with one short
     * clause each. Absent for a bundled article, whose cleaned text is the file's body.
     */
    status: z.enum(SOURCE_STATUSES).optional(),
    /** The seed file a bundled article came from; for a web source, the lead that pointed to it. */
    origin: nonEmpty.optional(),
    /** Every correction made to the scraped text, and how the date and publisher were established. */
    notes: z.array(nonEmpty),
  })
  .refine((s) => s.status === undefined || s.url !== undefined, {
    message: 'a web source (with a status) needs its url',
    path: ['url'],
  })
  .refine((s) => (s.status === undefined ? isoDate : partialDate).safeParse(s.date).success, {
    message: 'must be a date YYYY-MM-DD (a web source may give only YYYY-MM)',
    path: ['date'],
  })
  .refine((s) => s.status !== undefined || s.origin !== undefined, {
    message: 'a bundled article needs its origin (the seed file it came from)',
    path: ['origin'],
  });

export const planFactSchema = z.strictObject({ text: nonEmpty, en: nonEmpty, ...traced });

export const planSchema = z.strictObject({
  id,
  round: z.number().int().min(1),
  title: nonEmpty,
  title_en: nonEmpty,
  /** What users call it besides its period: 第三轮, 新一轮, third plan… (matched as whole words). */
  aliases: z.array(nonEmpty).default([]),
  /** Years covered, e.g. "2024—2026". */
  period,
  task_count: z.number().int().positive(),
  /** What the sources say of its completion, when they say anything. */
  completion: nonEmpty.optional(),
  completion_en: nonEmpty.optional(),
  /** Quote holding the task count (and completion, when given). */
  ...traced,
  facts: z.array(planFactSchema),
});

/** Other documents: the 规划纲要, the 十四五 implementation plan, the yearly 实事项目 lists. */
export const documentSchema = z.strictObject({
  id,
  kind: z.enum(['outline', 'implementation-plan', 'project-list', 'work-plan', 'action-plan']),
  title: nonEmpty,
  title_en: nonEmpty,
  aliases: z.array(nonEmpty).default([]),
  period: period.optional(),
  issued: partialDate.optional(),
  issuer: nonEmpty.optional(),
  ...traced,
  facts: z.array(planFactSchema),
});

/** Leaders' meetings, forums and press briefings: when, where, and what they adopted. */
export const eventSchema = z.strictObject({
  id,
  kind: z.enum(['leaders-meeting', 'forum', 'press-briefing', 'symposium']),
  title: nonEmpty,
  title_en: nonEmpty,
  aliases: z.array(nonEmpty).default([]),
  date: partialDate,
  place: nonEmpty,
  place_en: nonEmpty,
  /** The theme as the source words it. */
  theme: nonEmpty.optional(),
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
  /** True when no source names the area and it is our classification by topic. */
  area_inferred: z.boolean().optional(),
  text: nonEmpty,
  en: nonEmpty,
  ...traced,
});

export const statSchema = z.strictObject({
  id,
  /** Values of one metric over time share a series id (hsr-km, gdp-share…); absent for a lone figure. */
  series: id.optional(),
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
export type PlanDocument = z.infer<typeof documentSchema>;
export type PlanEvent = z.infer<typeof eventSchema>;
export type PlanFact = z.infer<typeof planFactSchema>;
export type Area = z.infer<typeof areaSchema>;
export type Task = z.infer<typeof taskSchema>;
export type Stat = z.infer<typeof statSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export interface Knowledge {
  sources: Source[];
  plans: Plan[];
  documents: PlanDocument[];
  events: PlanEvent[];
  areas: Area[];
  tasks: Task[];
  stats: Stat[];
  glossary: GlossaryEntry[];
  /** English glosses of the data's Chinese words (data/lexicon.json, built from CC-CEDICT), when present. */
  lexicon?: Lexicon;
}
