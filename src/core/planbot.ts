import pino, { type Logger } from 'pino';
import type { Answer, Lang, Request } from './types.js';
import type { CoreContext } from './commands/command.js';
import { loadKnowledge } from './data/load.js';
import type { Knowledge } from './data/schema.js';
import { headlineStats } from './results/headline.js';
import { mapRecords, type Records } from './data/records.js';
import { exampleQuestions } from './results/examples.js';
import { parseLine, route } from './router.js';
import { createSearchEngine } from './search/engine.js';
import { foreignPattern } from './question/countries.js';
import { cleanLine } from './text/clean.js';
import { cutText } from './text/cut.js';
import { foldText } from './text/fold.js';
import { detectLang } from './text/lang.js';

/** The core as adapters see it: answers chat lines with plain data, knows no platform. */
export interface PlanBot {
  readonly knowledge: Knowledge;
  /** Answers one request; never throws on any user input. */
  run(req: Request): Answer;
  /** A chat line as typed: "/stats 研发", "/tasks@PlanBot 生态", "stats 研发", or a plain question (→ ask). */
  parseLine(line: string): Request;
  /** run(parseLine(line)) with options. */
  ask(line: string, opts?: { limit?: number; offset?: number; lang?: Lang }): Answer;
  /**
   * Topic completions for /stats (Discord autocomplete): at most `limit` (≤25) {name ≤100 chars,
   * value ≤100 chars}, ranked by the search. Empty prefix: headline topics.
   */
  completeStatTopic(prefix: string, limit?: number): { name: string; value: string }[];
  /** Detects the answer language of a line: 'en' when it is mostly Latin letters, 'zh' otherwise. */
  readonly detectLang: (text: string) => Lang;
  /** Questions the data answers, in `lang`: what /help suggests and welcome buttons ask. */
  readonly exampleQuestions: (lang: Lang) => string[];
  /** How the data names its plans, for words adapters show: the newest plan, every period, its areas. */
  readonly planWords: PlanWords;
}

/** The plans as the data names them (so a fourth plan is a data change, not a code change). */
export interface PlanWords {
  /** The newest plan's period: "2024—2026". */
  newest: string;
  /** Its round as users say it ("第三轮"), from its aliases. */
  round: string;
  /** Every plan's period, oldest first. */
  periods: string[];
  /** How many areas the newest plan has. */
  areas: number;
}

export interface PlanBotOptions {
  /** Where to load the knowledge from (default: the bundled data/). */
  dataDir?: string;
  /** Already loaded knowledge; wins over dataDir. */
  knowledge?: Knowledge;
  /** Where a crashed command is logged (default: errors only, as JSON on stderr). */
  logger?: Logger;
}

const MAX_CHOICES = 25;

/** How the data names its plans; takes the knowledge's record maps (or the knowledge, to build them). */
export function planWordsOf(from: Knowledge | Records): PlanWords {
  const records = 'newestPlan' in from ? from : mapRecords(from);
  const newest = records.newestPlan;
  return {
    newest: newest?.period ?? '',
    round: newest?.aliases.find((a) => /^第.轮$/.test(a)) ?? newest?.title ?? '',
    periods: [...records.plansNewestFirst].reverse().map((p) => p.period),
    areas: records.currentAreas.length,
  };
}
const MAX_CHOICE_LENGTH = 100;

/** Builds the bot: loads and validates the data and indexes it. Touches no network. */
export function createPlanBot(options: PlanBotOptions = {}): PlanBot {
  const knowledge = options.knowledge ?? loadKnowledge(options.dataDir);
  const records = mapRecords(knowledge);
  const engine = createSearchEngine(knowledge);
  // The names of the countries the sources never mention are gathered now, not on the first question.
  foreignPattern(knowledge);
  // Without a logger a crashed command still reaches stderr with its stack.
  const logger = options.logger ?? pino({ name: 'planbot', level: 'error' }, pino.destination(2));
  const ctx: CoreContext = { records, engine, logger };

  const run = (req: Request): Answer => route(ctx, req);
  const ask: PlanBot['ask'] = (line, opts = {}) => run({ ...parseLine(line), ...opts });

  const completeStatTopic: PlanBot['completeStatTopic'] = (prefix, limit = MAX_CHOICES) => {
    const max = Math.min(MAX_CHOICES, Math.max(0, Math.trunc(Number.isFinite(limit) ? limit : MAX_CHOICES)));
    const typed = cleanLine(typeof prefix === 'string' ? prefix : '').text;
    const lang = typed.length > 0 ? detectLang(typed) : 'zh';
    const ranked = typed.length === 0 ? headlineStats(records) : rankStats(typed);
    const seen = new Set<string>();
    const choices: { name: string; value: string }[] = [];
    for (const stat of ranked) {
      if (choices.length >= max) break;
      const metric = lang === 'en' ? stat.metric_en : stat.metric;
      const name = cutText(`${metric} (${stat.scope}, ${stat.as_of})`, MAX_CHOICE_LENGTH);
      if (seen.has(name)) continue;
      seen.add(name);
      choices.push({ name, value: cutText(stat.id, MAX_CHOICE_LENGTH) });
    }
    return choices;
  };

  // Search order first; then metrics that merely contain what was typed (one Chinese character, "r&").
  const foldedStats = knowledge.stats.map((s) => ({
    stat: s,
    text: foldText(`${s.metric} ${s.metric_en} ${s.scope}`),
  }));
  const rankStats = (typed: string) => {
    const fromSearch = engine
      .search(typed, { kinds: ['stat'] })
      .flatMap((h) => records.stats.get(h.doc.id) ?? []);
    const folded = foldText(typed).trim();
    const containing =
      folded.length === 0 ? [] : foldedStats.filter((f) => f.text.includes(folded)).map((f) => f.stat);
    return [...new Set([...fromSearch, ...containing])];
  };

  const examples: PlanBot['exampleQuestions'] = (lang) => exampleQuestions(records, lang);

  const planWords = planWordsOf(records);
  return {
    knowledge,
    run,
    parseLine,
    ask,
    completeStatTopic,
    detectLang,
    exampleQuestions: examples,
    planWords,
  };
}
