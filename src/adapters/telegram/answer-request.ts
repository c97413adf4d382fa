import type { Logger } from 'pino';
import type { Answer, Lang, Request } from '../../core/types.js';
import type { PlanBot } from '../../core/planbot.js';
import type { AdapterEvents } from '../adapter.js';
import { encodeAction } from './callback-data.js';
import { newPageKey, type PageStore } from '../shared/page-store.js';
import type { RateLimiter } from '../shared/rate-limit.js';
import { runPaged } from '../shared/paged.js';
import { renderAnswer, shownResults, type TelegramMessage } from './render.js';

/** What the update handlers share. */
export interface HandlerDeps {
  planbot: PlanBot;
  logger: Logger;
  events: AdapterEvents;
  limiter: RateLimiter;
  /** Inline queries come one per pause in typing, so they get their own, larger allowance. */
  inlineLimiter: RateLimiter;
  /** The queries behind "more" buttons, with who asked them. */
  pages: PageStore;
  /** The bot's own id and @username (known once started). */
  me: () => { id: number; username: string };
}

/**
 * The core's answer to a request, and the messages that show it (with "more" when there is a next
 * page: a button only `ownerId` may press).
 */
export async function respond(
  deps: HandlerDeps,
  request: Request,
  ownerId: string,
): Promise<{ answer: Answer; messages: TelegramMessage[] }> {
  const paged = runPaged(deps.planbot, request, 'telegram');
  const req: Request = paged.request;
  let answer = paged.answer;
  if (answer.error === 'empty')
    answer = { ...deps.planbot.run({ command: 'help', arg: '', lang: answer.lang }), error: 'empty' };
  // A lead answer shows fewer than a page: the next page starts after what was shown.
  const next = answer.page.offset + shownResults(answer);
  let moreData: string | undefined;
  if (next < answer.page.total) {
    const key = newPageKey();
    await deps.pages.put(key, { ownerId, request: { ...req, lang: answer.lang } });
    moreData = encodeAction({ kind: 'more', key, offset: next });
  }
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
