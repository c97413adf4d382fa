/**
 * Memory over a long run: RSS and heap after start, then while 100,000 messages are answered through
 * the core and the platform renderers (Telegram HTML and Discord embeds, alternately).
 */
import { renderAnswer as renderDiscord } from '../src/adapters/discord/index.js';
import { renderAnswer as renderTelegram } from '../src/adapters/telegram/index.js';
import type { PlanBot } from '../src/core/planbot.js';
import { QUESTIONS } from '../test/core/questions.js';
import { heapMb } from './measure.js';

export interface MemoryFigures {
  messages: number;
  messagesPerS: number;
  rssStartMb: number;
  rssEndMb: number;
  heapStartMb: number;
  heapEndMb: number;
  /** Heap after a full collection at each quarter of the run. */
  heapQuartersMb: number[];
}

const COMMANDS = [
  '/areas',
  '/sources',
  '/help',
  '/stats',
  '/stats 研发',
  '/tasks',
  '/tasks 生态',
  '/tasks 不存在',
];

/** Line i of the run: the question set and commands, and every fifth line one no user typed before. */
function lineAt(i: number): string {
  const base =
    i % 2 === 0 ? QUESTIONS[(i >> 1) % QUESTIONS.length]!.q : COMMANDS[(i >> 1) % COMMANDS.length]!;
  return i % 5 === 0 ? `${base} 第${i}次` : base;
}

function rssMb(): number {
  return process.memoryUsage().rss / 1024 / 1024;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Answers `messages` lines, paging now and then, and reports memory at the start, each quarter and the end. */
export function memoryBench(planbot: PlanBot, messages = 100_000): MemoryFigures {
  const answer = (i: number) => {
    const reply = planbot.ask(lineAt(i), i % 10 === 3 ? { offset: 5 } : {});
    return i % 2 === 0 ? renderTelegram(reply) : renderDiscord(reply);
  };
  for (let i = 0; i < 2000; i += 1) answer(i);
  const heapStartMb = heapMb();
  const rssStartMb = rssMb();
  const heapQuartersMb: number[] = [];
  const quarter = Math.floor(messages / 4);
  const started = performance.now();
  for (let i = 0; i < messages; i += 1) {
    answer(i);
    if ((i + 1) % quarter === 0) heapQuartersMb.push(round1(heapMb()));
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    messages,
    messagesPerS: Math.round(messages / seconds),
    rssStartMb: round1(rssStartMb),
    rssEndMb: round1(rssMb()),
    heapStartMb: round1(heapStartMb),
    heapEndMb: round1(heapMb()),
    heapQuartersMb,
  };
}
