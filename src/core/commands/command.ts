import type { Logger } from 'pino';
import type { AnswerError, CommandName, Lang, Result, Series, Unmet } from '../types.js';
import type { Records } from '../data/records.js';
import type { SearchEngine } from '../search/engine.js';

/** What every command handler works with: the records, the index, a logger. */
export interface CoreContext {
  readonly records: Records;
  readonly engine: SearchEngine;
  /** Where a crashed command is reported, with its stack. */
  readonly logger: Logger;
}

/** A command's argument, cleaned, with the answer language decided. */
export interface CommandInput {
  arg: string;
  lang: Lang;
}

/** A command's whole answer, before the router cuts a page from it. */
export interface CommandOutput {
  answered: boolean;
  intent: 'figure' | 'list' | 'lookup';
  results: Result[];
  error?: AnswerError;
  /** With `no-exact`: what the question pinned that no record meets. */
  unmet?: Unmet;
  area?: string;
  series?: Series;
}

/** One command: its name and its handler. One file per command under `commands/`. */
export interface CommandDefinition {
  readonly name: CommandName;
  run(ctx: CoreContext, input: CommandInput): CommandOutput;
}
