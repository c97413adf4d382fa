/**
 * `npm run -s report -- [--top N] [FILE]`: reads the service's JSON log lines (a file, or standard input)
 * and prints the questions declined most often and the answers rated 👎 most often, so whoever keeps the
 * data sees what to add or fix next.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { formatReport, summarize } from './report-summary.js';

const USAGE = `usage: npm run -s report -- [--top N] [FILE]
  FILE      a log file of the service (JSON lines); standard input when absent
  --top N   rows per list (default 20)`;

async function main(argv: string[]): Promise<number> {
  let top = 20;
  let file: string | undefined;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { top: { type: 'string' }, help: { type: 'boolean' } },
      allowPositionals: true,
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (values.top !== undefined) {
      if (!/^\d+$/.test(values.top) || Number(values.top) < 1)
        throw new Error(`--top must be a positive number`);
      top = Number(values.top);
    }
    if (positionals.length > 1) throw new Error('one log file at most');
    file = positionals[0];
  } catch (err) {
    process.stderr.write(`report: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const input = file === undefined ? process.stdin : createReadStream(file);
  const lines: string[] = [];
  try {
    for await (const line of createInterface({ input, crlfDelay: Infinity })) lines.push(line);
  } catch (err) {
    process.stderr.write(`report: cannot read ${file ?? 'standard input'}: ${(err as Error).message}\n`);
    return 1;
  }
  process.stdout.write(`${formatReport(summarize(lines), top)}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
