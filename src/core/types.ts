/**
 * The platform-neutral answer the core returns for every command. Adapters render it (Discord embeds,
 * Telegram HTML, terminal text); the core never writes platform markup.
 */

import type { PlanEvent, SourceStatus } from './data/schema.js';

export type Lang = 'zh' | 'en';

export const COMMANDS = ['ask', 'stats', 'tasks', 'areas', 'sources', 'help'] as const;
export type CommandName = (typeof COMMANDS)[number];

/** Error identifiers an adapter turns into words. */
export const ANSWER_ERRORS = [
  'empty', // nothing to ask
  'too-long', // the line was cut to the maximum length before answering (answer still given)
  'no-match', // nothing in the data answers it (suggestions may follow)
  'no-exact', // the question pins a year, round, area, place or person no record meets (nearest records may follow)
  'unknown-area', // /tasks with an area that is none of the 9
  'unknown-command',
  'rate-limited',
  'internal', // a command crashed: the bot's fault, not the question's (logged with its stack)
] as const;
export type AnswerError = (typeof ANSWER_ERRORS)[number];

export interface SourceRef {
  id: string;
  title: string;
  publisher: string;
  date: string;
  url?: string;
  /**
   * How far a web page can be trusted (official, state, repost, unverified, mt); absent for the bundled
   * articles, which were cleaned and checked by hand.
   */
  status?: SourceStatus;
}

/**
 * The script a Chinese line is written in: 'hant' (traditional) or 'hans' (simplified, and any line with
 * no script-specific characters: English, numbers, 长三角).
 */
export type Script = 'hans' | 'hant';

export type ResultKind =
  'stat' | 'task' | 'passage' | 'area' | 'plan' | 'document' | 'event' | 'source' | 'suggestion';

interface ResultBase {
  kind: ResultKind;
  /**
   * Record id (stat, task, area, plan, source id; plan fact: `<plan>#fact-<n>`; passage: `<source>#<n>`;
   * suggestion: the line to ask).
   */
  id: string;
  /** Chinese text, as the data states it; for a suggestion, a question the user could ask. */
  text: string;
  /** English rendering, where the data has one. */
  en?: string;
  score: number;
  source?: SourceRef;
  /** The verbatim sentence of the source that backs this result. */
  quote?: string;
  /**
   * Shown as the nearest the data has, not as the answer: the question pinned something this record
   * does not meet (the answer's error is `no-exact`).
   */
  nearest?: true;
}

export interface StatResult extends ResultBase {
  kind: 'stat';
  metric: string;
  metric_en: string;
  value: number;
  unit: string;
  qualifier?: 'over' | 'about' | 'at-least';
  as_of: string;
  scope: string;
  target: boolean;
  /**
   * Every dated value of this metric (same series, same scope), newest first, targets last: this
   * result is the one the question asked for (the latest, or the year asked), and `text` shows them all.
   */
  series?: StatSeries;
}

/** A metric's values over time, each with its own date and source. */
export interface StatSeries {
  id: string;
  points: SeriesPoint[];
}

export interface SeriesPoint {
  /** The statistic's record id. */
  id: string;
  value: number;
  unit: string;
  qualifier?: 'over' | 'about' | 'at-least';
  as_of: string;
  target: boolean;
  source?: SourceRef;
}

export interface TaskResult extends ResultBase {
  kind: 'task';
  plan: string;
  area: string | null;
  /** Area short name (zh), when the task belongs to an area. */
  area_name?: string;
}

export interface AreaResult extends ResultBase {
  kind: 'area';
  order: number;
  short: string;
  /** The area's task count as a source states it. */
  task_count?: number;
  /** How many of its tasks the data lists (tasks.json); may be fewer than `task_count`. */
  listed?: number;
}

export interface PlanResult extends ResultBase {
  kind: 'plan';
  period: string;
  task_count: number;
  completion?: string;
  completion_en?: string;
  /**
   * Set when this result is one fact about the plan (id `plan-2024-2026#fact-4`): then `text`, `en`,
   * `quote` and `source` are the fact's ("2024年7月25日正式发布"), and this names the plan it is about.
   * Absent on the plan's own card.
   */
  fact?: PlanFactRef;
}

/** The plan (document, event) a fact result is about. */
export interface PlanFactRef {
  /** The plan's (document's, event's) id. */
  plan: string;
  /** 1-based position of the fact in the plan's facts. */
  n: number;
  /** The plan's title (zh) and English title. */
  title: string;
  title_en: string;
}

export interface SourceResult extends ResultBase {
  kind: 'source';
  source: SourceRef;
}

export interface PassageResult extends ResultBase {
  kind: 'passage';
}

export interface SuggestionResult extends ResultBase {
  kind: 'suggestion';
}

/** Another document: the 规划纲要, the 十四五 implementation plan, a yearly 实事项目 list. */
export interface DocumentResult extends ResultBase {
  kind: 'document';
  document_kind: 'outline' | 'implementation-plan' | 'project-list' | 'work-plan' | 'action-plan';
  period?: string;
  issued?: string;
  issuer?: string;
  /** Set when this result is one fact of the document: `text` is the fact's, this names the document. */
  fact?: PlanFactRef;
}

/** A leaders' meeting, forum, press briefing or symposium. */
export interface EventResult extends ResultBase {
  kind: 'event';
  event_kind: PlanEvent['kind'];
  /** YYYY-MM-DD, or YYYY-MM / YYYY when the source gives no more. */
  date: string;
  place: string;
  place_en: string;
  theme?: string;
  /** Set when this result is one fact of the event (what it adopted…): this names the event. */
  fact?: PlanFactRef;
}

export type Result =
  | StatResult
  | TaskResult
  | AreaResult
  | PlanResult
  | DocumentResult
  | EventResult
  | SourceResult
  | PassageResult
  | SuggestionResult;

export interface Page {
  /** Index of the first result of this page in the full result list. */
  offset: number;
  limit: number;
  total: number;
  hasMore: boolean;
}

export interface Answer {
  command: CommandName;
  /** The user's line (or the command's argument), normalized and cut to the maximum length. */
  query: string;
  answered: boolean;
  lang: Lang;
  /**
   * The script the user wrote in; adapters show a 'hant' answer in traditional characters. The results
   * keep the data's own (simplified) text. The router sets it on every Chinese answer, and on an English
   * answer only when it is 'hant' (a traditional-script client: its Chinese names are shown so); absent
   * reads as 'hans'.
   */
  script?: Script;
  /** What the question asked for: a figure, a list, or anything. */
  intent: 'figure' | 'list' | 'lookup';
  /** The results of this page, best first. */
  results: Result[];
  page: Page;
  error?: AnswerError;
  /**
   * With `no-exact`: what the question asked for that no record has, said first in a reply
   * ("资料里没有2019年的数值"); the results after it carry `nearest: true`.
   */
  unmet?: Unmet;
  /**
   * One sentence that answers a figure, count, when, where, who or yes/no question, composed from the
   * best result (qualifier, date and scope kept), in the data's simplified Chinese or in English per
   * `lang`; adapters convert it to the asker's script. Absent when there is none (lists, declines).
   */
  lead?: string;
  /** For `tasks <area>`: the resolved area id. */
  area?: string;
  /** The dated values of the best figure's metric, when it has two or more (adapters draw it as a chart). */
  series?: Series;
}

/** One metric over time, oldest point first: what a chart of it shows. */
export interface Series {
  metric: string;
  metric_en: string;
  unit: string;
  points: { as_of: string; value: number; qualifier?: string; source: string }[];
  /** The sources of the points, each once. */
  sources: SourceRef[];
}

/** The constraints of a question that no record meets. */
export interface Unmet {
  /** A year or date: "2019". */
  year?: string;
  /** A plan's period: "2021—2023". */
  plan?: string;
  /** An area's short name: "协同开放". */
  area?: string;
  /** A province or city: "江苏". */
  place?: string;
  /** A person or role as asked. */
  person?: string;
  /** Anything else the question asked for that no record states (a theme, a part of a plan, a fourth round). */
  topic?: string;
}

/** A command as an adapter hands it to the router. */
export interface Request {
  command: CommandName;
  /** The question, topic or area; empty when the command takes none. */
  arg: string;
  /** Forced answer language; when absent the router decides from the text. */
  lang?: Lang;
  /**
   * The script the client prefers ('hant' for a zh-TW or zh-HK client). A line written in traditional
   * characters is answered in traditional whatever the client; absent: from the text alone.
   */
  script?: Script;
  offset?: number;
  limit?: number;
}
