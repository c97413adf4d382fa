import { createInterface } from 'node:readline';
import { setPlanWords } from '../shared/labels.js';
import type { Readable, Writable } from 'node:stream';
import type { Answer, Request } from '../../core/types.js';
import type { PlanBot } from '../../core/planbot.js';
import { answerAsPlainText } from '../shared/plain-text.js';
import { labels } from '../shared/labels.js';
import { inScript } from '../shared/script.js';
import { chartLine, defaultChartDir, writeAnswerChart } from '../shared/chart/file.js';

export interface ConsoleOptions {
  planbot: PlanBot;
  input: Readable;
  output: Writable;
  /** Results per page (default: the core's). */
  limit?: number;
  /** Line editing, prompt and Ctrl-C handling; default: when the output is a terminal. */
  terminal?: boolean;
  /** Where chart PNGs are written (their path is printed under the answer); default the temp folder. */
  chartDir?: string;
}

const MORE = new Set(['more', 'm', 'next', 'n', '更多', '下一页', '下一頁']);
const QUIT = new Set(['exit', 'quit', 'q', '退出']);

/**
 * A line as the console reads it: the core's parse, except that `help` typed in English asks for the
 * English help (the console greets in both languages, so the word typed is all it knows of the user).
 */
function consoleRequest(planbot: PlanBot, line: string): Request {
  const request = planbot.parseLine(line);
  if (
    request.command === 'help' &&
    request.lang === undefined &&
    request.arg === '' &&
    /^[/]?[a-z]+$/i.test(line)
  )
    return { ...request, lang: 'en' };
  return request;
}

/**
 * A terminal chat on the bot: the same commands and questions as in Discord and Telegram, the source
 * under each answer, "more" for the next page of the last answer. Resolves when the input ends
 * (Ctrl-D), on Ctrl-C, or on "exit".
 */
export function runConsole({
  planbot,
  input,
  output,
  limit,
  terminal,
  chartDir,
}: ConsoleOptions): Promise<void> {
  setPlanWords(planbot.planWords);
  const isTTY = terminal ?? (output as { isTTY?: boolean }).isTTY === true;
  const rl = createInterface({ input, output, terminal: isTTY, crlfDelay: Infinity });
  // Piped input gets no prompts: they would run into the answers.
  let closed = false;
  const prompt = (): void => {
    if (isTTY) printed = printed.then(() => (closed ? undefined : rl.prompt()));
  };
  let outputClosed = false;
  // A reader that went away (`| head`) ends the chat quietly instead of crashing the process.
  output.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    outputClosed = true;
    rl.close();
  });
  const writeNow = (text: string): void => {
    if (!outputClosed) output.write(`${text}\n`);
  };
  // Output waits for the charts before it, so every line still follows the answer it belongs to.
  let printed: Promise<void> = Promise.resolve();
  const write = (text: string | (() => Promise<string>)): void => {
    printed = printed.then(async () => writeNow(typeof text === 'string' ? text : await text()));
  };
  let last: { request: Request; answer: Answer } | undefined;

  const answer = (request: Request): void => {
    const result = planbot.run(limit === undefined ? request : { ...request, limit });
    last = { request, answer: result };
    const hint = result.lang === 'en' ? 'type "more" for the next page' : '输入“更多”或 more 看下一页';
    const text = answerAsPlainText(result, hint);
    if (result.series === undefined) return write(`${text}\n`);
    write(async () => {
      const chart = await writeAnswerChart(result, chartDir ?? defaultChartDir(), () => {});
      return chart === undefined ? `${text}\n` : `${text}\n${chartLine(result, chart)}\n`;
    });
  };

  write(`${labels.zh.welcome}\n${labels.en.welcome}\n`);
  rl.setPrompt('> ');
  prompt();
  return new Promise((resolve) => {
    rl.on('line', (raw) => {
      const line = raw.trim();
      const word = line.toLowerCase();
      if (QUIT.has(word)) {
        rl.close();
        return;
      }
      if (MORE.has(word) && last === undefined) {
        write(
          /^[a-z]+$/.test(word)
            ? '(nothing to page yet: ask a question first)\n'
            : '（还没有可翻页的回答，先问一个问题吧）\n',
        );
      } else if (MORE.has(word) && last !== undefined) {
        const { page } = last.answer;
        if (page.hasMore) answer({ ...last.request, offset: page.offset + page.limit, limit: page.limit });
        else
          write(
            inScript(
              last.answer.lang === 'en' ? '(no more results)\n' : '（没有更多了）\n',
              last.answer.script,
            ),
          );
      } else if (line.length > 0) {
        answer(consoleRequest(planbot, line));
      }
      prompt();
    });
    // In a terminal, readline turns Ctrl-C into this event (piped input gets the process signal instead).
    rl.on('SIGINT', () => rl.close());
    rl.on('close', () => {
      closed = true;
      write('');
      void printed.then(resolve);
    });
  });
}
