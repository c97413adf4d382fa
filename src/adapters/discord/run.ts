import type { Answer, Request } from '../../core/types.js';
import type { PlanBot } from '../../core/planbot.js';
import { runPaged as runWithPageSize } from '../shared/paged.js';
import { PAGE_SIZE } from './context.js';

/** Runs a request with Discord's page size for its command (a list question gets a list's page). */
export function runPaged(
  planbot: PlanBot,
  request: Request,
): { answer: Answer; request: Request & { limit: number } } {
  return runWithPageSize(planbot, request, PAGE_SIZE[request.command]);
}
