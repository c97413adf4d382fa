/**
 * `npm run -s ask -- [--json] [--limit N] [--offset N] [LINE]`: answers chat lines from the command line
 * (DESIGN.md). A chart (a dated series) is written as a PNG under the temp folder; its path is printed.
 */
import { createInterface } from 'node:readline';
import { setPlanWords } from '../adapters/shared/labels.js';
import { errorMessage } from '../core/data/errors.js';
import { createPlanBot, type PlanBot } from '../core/planbot.js';
import { formatAnswer, parseAskArgs, USAGE, type AskArgs } from './ask-args.js';
import { defaultChartDir, writeAnswerChart } from '../adapters/shared/chart/file.js';

async function main(argv: string[]): Promise<number> {
  let args: AskArgs;
  try {
    args = parseAskArgs(argv);
  } catch (err) {
    const message = errorMessage(err);
    process.stderr.write(message === 'help' ? `${USAGE}\n` : `ask: ${message}\n${USAGE}\n`);
    return message === 'help' ? 0 : 2;
  }
  let planbot: PlanBot;
  try {
    planbot = createPlanBot(process.env.DATA_DIR === undefined ? {} : { dataDir: process.env.DATA_DIR });
    setPlanWords(planbot.planWords);
  } catch (err) {
    // A KnowledgeError names the file, record and field on one line.
    process.stderr.write(`ask: ${errorMessage(err)}\n`);
    return 1;
  }
  const answer = async (line: string): Promise<void> => {
    const opts = {
      ...(args.limit === undefined ? {} : { limit: args.limit }),
      ...(args.offset === undefined ? {} : { offset: args.offset }),
    };
    const answered = planbot.ask(line, opts);
    const chart = await writeAnswerChart(answered, defaultChartDir(), (err) =>
      process.stderr.write(`ask: the chart could not be drawn: ${(err as Error).message}\n`),
    );
    process.stdout.write(`${formatAnswer(answered, args.json, chart)}\n${args.json ? '' : '\n'}`);
  };
  if (args.line !== undefined) {
    await answer(args.line);
    return 0;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) await answer(line);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
