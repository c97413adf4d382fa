import type { Logger } from 'pino';
import type { Answer, Lang, Request } from '../../core/types.js';
import type { PlanBot } from '../../core/planbot.js';
import type { AdapterEvents } from '../adapter.js';
import { encodeAction, QueryStore } from './callback-data.js';
import type { UserRateLimiter } from '../shared/rate-limit.js';
import { runPaged } from '../shared/paged.js';
import { renderAnswer, shownResults, type TelegramMessage } from './render.js';

/** What the update handlers share. */
export interface HandlerDeps {
  planbot: PlanBot;
  logger: Logger;
  events: AdapterEvents;
  limiter: UserRateLimiter;
  /** Inline queries come one per pause in typing, so they get their own, larger allowance. */
  inlineLimiter: UserRateLimiter;
  queries: QueryStore;
  /** The bot's own id and @username (known once started). */
  me: () => { id: number; username: string };
}

/** The core's answer to a request, and the messages that show it (with "more" when there is a next page). */
export function respond(
  deps: HandlerDeps,
  request: Request,
): { answer: Answer; messages: TelegramMessage[] } {
  const paged = runPaged(deps.planbot, request, 'telegram');
  const req: Request = paged.request;
  let answer = paged.answer;
  if (answer.error === 'empty')
    answer = { ...deps.planbot.run({ command: 'help', arg: '', lang: answer.lang }), error: 'empty' };
  // A lead answer shows fewer than a page: the next page starts after what was shown.
  const next = answer.page.offset + shownResults(answer);
  const moreData =
    next < answer.page.total
      ? encodeAction({ kind: 'more', key: deps.queries.put({ ...req, lang: answer.lang }), offset: next })
      : undefined;
  return { answer, messages: renderAnswer(answer, moreData === undefined ? {} : { moreData }) };
}

/**
 * The request a typed line stands for (a question, or a command typed without its slash), in the
 * chat's language unless the line asks for one (`/help en`).
 */
export function lineRequest(planbot: PlanBot, line: string, lang: Lang): Request {
  const parsed = planbot.parseLine(line);
  return { ...parsed, lang: parsed.lang ?? lang };
}
