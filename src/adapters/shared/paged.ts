import type { Answer, Request } from '../../core/types.js';
import type { PlanBot } from '../../core/planbot.js';

/** Lists (areas, tasks) read as one block of short lines, so a page of a list holds more than a page of cards. */
export const LIST_PAGE_SIZE = 10;

/**
 * Runs a request with the page size a platform shows best: the command's own, or for a question that
 * turns out to ask for a list ("which areas…"), a list's page, so the whole list shows at once.
 */
export function runPaged(
  planbot: PlanBot,
  request: Request,
  pageSize: number,
): { answer: Answer; request: Request & { limit: number } } {
  const first = { ...request, limit: request.limit ?? pageSize };
  const answer = planbot.run(first);
  if (request.limit !== undefined || answer.intent !== 'list' || !answer.page.hasMore) {
    return { answer, request: first };
  }
  if (first.limit >= LIST_PAGE_SIZE) return { answer, request: first };
  const wider = { ...request, limit: LIST_PAGE_SIZE };
  return { answer: planbot.run(wider), request: wider };
}
