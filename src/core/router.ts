import { COMMANDS, type Answer, type CommandName, type Lang, type Request } from './types.js';
import { COMMAND_TABLE } from './commands/index.js';
import type { CommandOutput, CoreContext } from './commands/command.js';
import { cleanLine } from './text/clean.js';
import { detectLang } from './text/lang.js';
import { detectScript } from './text/script.js';
import { composeLead } from './results/lead.js';

/** Results per page unless the adapter asks for another size. */
export const DEFAULT_LIMIT = 5;
export const MAX_LIMIT = 50;

// A Map, not an object: a line of just `constructor` or `__proto__` must not find Object.prototype's.
const ALIASES = new Map<string, CommandName>([
  ['start', 'help'],
  ['帮助', 'help'],
  ['问', 'ask'],
]);
// `help en`, `help zh`: help in the language asked for, whatever the client or the text says.
const HELP_LANGS = new Map<string, Lang>(
  Object.entries({
    en: 'en',
    english: 'en',
    英文: 'en',
    英语: 'en',
    zh: 'zh',
    cn: 'zh',
    chinese: 'zh',
    中文: 'zh',
  }),
);
const COMMAND_LINE = /^([/／]?)([\p{L}\p{N}_]+)(?:@\S*)?(?:\s+([\s\S]*))?$/u;

/**
 * A chat line as typed into a Request: "/stats 研发", "/tasks@PlanBot 生态", "stats 研发", "help", or
 * a plain question (→ ask). `help en` / `help zh` ask for help in that language (the request's `lang`).
 * An unknown slash command becomes help with the command as argument, which
 * the help command reports as `unknown-command`.
 */
export function parseLine(line: string): Request {
  // Not cut here: the router cuts the argument and flags it too-long.
  const { text } = cleanLine(typeof line === 'string' ? line : '', Infinity);
  const match = COMMAND_LINE.exec(text);
  if (match !== null) {
    const [, slash, word = '', rest = ''] = match;
    const name = word.toLowerCase();
    const command = (COMMANDS as readonly string[]).includes(name)
      ? (name as CommandName)
      : ALIASES.get(name);
    const helpLang = command === 'help' ? HELP_LANGS.get(rest.trim().toLowerCase()) : undefined;
    if (helpLang !== undefined) return { command: 'help', arg: '', lang: helpLang };
    if (command !== undefined) return { command, arg: rest.trim() };
    if (slash) return { command: 'help', arg: `/${word}` };
  }
  return { command: 'ask', arg: text };
}

function clampInt(value: number | undefined, min: number, max: number, fallback: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}

/** Runs one request through its command and cuts the requested page. Never throws. */
export function route(ctx: CoreContext, req: Request): Answer {
  const command = Object.hasOwn(COMMAND_TABLE, req.command) ? COMMAND_TABLE[req.command] : COMMAND_TABLE.ask;
  const { text: arg, cut } = cleanLine(typeof req.arg === 'string' ? req.arg : '');
  // An argument that is a record id (a Discord autocomplete value) says nothing about the user's language.
  const isId = /^[a-z0-9]+(-[a-z0-9]+)+$/.test(arg);
  const forced = req.lang === 'zh' || req.lang === 'en' ? req.lang : undefined;
  const lang = forced ?? (arg.length > 0 && !isId ? detectLang(arg) : 'zh');
  const limit = clampInt(req.limit, 1, MAX_LIMIT, DEFAULT_LIMIT);

  let output: CommandOutput;
  if (command.name === 'ask' && arg.length === 0) {
    output = { answered: false, intent: 'lookup', results: [], error: 'empty' };
  } else {
    try {
      output = command.run(ctx, { arg, lang });
    } catch (err) {
      // Not 'no-match': that would tell the user the data has no answer when the bot failed to look.
      ctx.logger.error({ err, command: command.name, arg }, 'PlanBot: command failed');
      output = { answered: false, intent: 'lookup', results: [], error: 'internal' };
    }
  }

  const total = output.results.length;
  const offset = clampInt(req.offset, 0, Math.max(0, total - 1), 0);
  const answer: Answer = {
    command: command.name,
    query: arg,
    answered: output.answered,
    lang,
    intent: output.intent,
    results: output.results.slice(offset, offset + limit),
    page: { offset, limit, total, hasMore: offset + limit < total },
  };
  // English has no script of its own: only a traditional-script asker's English answer is marked, so its
  // Chinese names (长三角, a source's title) are shown in traditional characters.
  const hant = req.script === 'hant' || (!isId && detectScript(arg) === 'hant');
  if (hant) answer.script = 'hant';
  else if (lang === 'zh') answer.script = 'hans';
  const error = output.error ?? (cut ? 'too-long' : undefined);
  if (error !== undefined) answer.error = error;
  if (output.area !== undefined) answer.area = output.area;
  if (output.unmet !== undefined) answer.unmet = output.unmet;
  if (output.series !== undefined) answer.series = output.series;
  // The lead answers the question once, above its first page; later pages continue the list.
  const lead = offset === 0 ? composeLead(ctx.records, answer, output.results[0]) : undefined;
  if (lead !== undefined) answer.lead = lead;
  return answer;
}
