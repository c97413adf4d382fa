import type { Answer, CommandName, Request } from '../../core/types.js';
import type { PlanBot } from '../../core/planbot.js';

/** Lists (areas, tasks) read as one block of short lines, so a page of a list holds more than a page of cards. */
export const LIST_PAGE_SIZE = 10;

/**
 * Results per page by platform and command. Discord shows each result as a card (five fit a message);
 * Telegram shows lists whole (9 areas) and a few cards for answers.
 */
export const PAGE_SIZE = {
  discord: { ask: 5, stats: 5, tasks: 5, areas: LIST_PAGE_SIZE, sources: LIST_PAGE_SIZE, help: 5 },
  telegram: {
    ask: 5,
    stats: 5,
    tasks: LIST_PAGE_SIZE,
    areas: LIST_PAGE_SIZE,
    sources: LIST_PAGE_SIZE,
    help: LIST_PAGE_SIZE,
  },
} as const satisfies Record<string, Record<CommandName, number>>;

/** Results per Telegram inline query answer (the Bot API allows 50). */
export const INLINE_PAGE_SIZE = 20;

export type PagedPlatform = keyof typeof PAGE_SIZE;

/**
 * Runs a request with the page size a platform shows best: the command's own, or for a question that
 * turns out to ask for a list ("which areas…"), a list's page, so the whole list shows at once.
 */
export function runPaged(
  planbot: PlanBot,
  request: Request,
  platform: PagedPlatform,
): { answer: Answer; request: Request & { limit: number } } {
  const pageSize = PAGE_SIZE[platform][request.command];
  const first = { ...request, limit: request.limit ?? pageSize };
  const answer = planbot.run(first);
  if (request.limit !== undefined || answer.intent !== 'list' || !answer.page.hasMore) {
    return { answer, request: first };
  }
  if (first.limit >= LIST_PAGE_SIZE) return { answer, request: first };
  const wider = { ...request, limit: LIST_PAGE_SIZE };
  return { answer: planbot.run(wider), request: wider };
}
