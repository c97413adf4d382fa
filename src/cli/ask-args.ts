import type { Answer } from '../core/types.js';
import { parseArgs } from 'node:util';
import { answerAsPlainText } from '../adapters/shared/plain-text.js';
import { chartLine } from '../adapters/shared/chart/file.js';

/** The usage text printed on bad flags. */
export const USAGE = `usage: npm run -s ask -- [--json] [--limit N] [--offset N] [LINE]
  LINE        a question or a command as typed in chat ("/stats 研发"); without it, lines are read from stdin
  --json      one JSON object per answer, one per line (nothing else is written to stdout)
  --limit N   results per answer (1-50, default 5)
  --offset N  skip the first N results (the next page: --offset 5 after --limit 5)`;

/** What the command line asked for. */
export interface AskArgs {
  json: boolean;
  limit?: number;
  offset?: number;
  line?: string;
}

/** Parses argv (without node and script); throws a message for the usage line on bad flags. */
export function parseAskArgs(argv: string[]): AskArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      json: { type: 'boolean', default: false },
      limit: { type: 'string' },
      offset: { type: 'string' },
      help: { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) throw new Error('help');
  const args: AskArgs = { json: values.json ?? false };
  if (values.limit !== undefined) {
    const limit = Number(values.limit);
    if (!/^\d+$/.test(values.limit) || limit < 1 || limit > 50)
      throw new Error(`--limit must be 1-50, not "${values.limit}"`);
    args.limit = limit;
  }
  if (values.offset !== undefined) {
    if (!/^\d{1,6}$/.test(values.offset))
      throw new Error(`--offset must be a whole number, not "${values.offset}"`);
    args.offset = Number(values.offset);
  }
  if (positionals.length > 0) args.line = positionals.join(' ');
  return args;
}

/**
 * One answer as the CLI prints it: a JSON line (the DESIGN.md contract, plus fields: `chart` is the path
 * of its chart PNG) or readable text, the chart's path on its last line.
 */
export function formatAnswer(answer: Answer, json: boolean, chart?: string): string {
  if (!json)
    return chart === undefined
      ? answerAsPlainText(answer)
      : `${answerAsPlainText(answer)}\n${chartLine(answer, chart)}`;
  const { query, answered, ...rest } = answer;
  return JSON.stringify({ query, answered, ...rest, ...(chart !== undefined && { chart }) });
}
