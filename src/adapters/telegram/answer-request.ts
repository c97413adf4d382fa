import type { Logger } from 'pino';
import type { Lang, Request } from '../../core/types.js';
import type { PlanBot } from '../../core/planbot.js';
import type { AdapterEvents } from '../adapter.js';
import { encodeAction } from './callback-data.js';
import { newPageKey, type PageStore } from '../shared/page-store.js';
import type { RateLimiter } from '../shared/rate-limit.js';
import { runPaged } from '../shared/paged.js';
import { renderAnswer, shownResults } from './render.js';
import { CAPTION_LIMIT, type TelegramReply } from './chart.js';
import { feedbackRow, withRow } from './feedback.js';
import type { FeedbackStore } from '../shared/feedback.js';

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
  /** The answers under 👍/👎 buttons. */
  feedback: FeedbackStore;
  /** The bot's own id and @username (known once started). */
  me: () => { id: number; username: string };
}

/**
 * The core's answer to a request, and the messages that show it (with "more" when there is a next
 * page: a button only `ownerId` may press; 👍/👎 under an answer); for an answer with a chart, also the
 * whole answer as one caption when it fits.
 */
export async function respond(deps: HandlerDeps, request: Request, ownerId: string): Promise<TelegramReply> {
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
  const options = moreData === undefined ? {} : { moreData };
  const feedback = feedbackRow(deps, answer);
  const messages = withRow(renderAnswer(answer, options), feedback);
  const captions =
    answer.series === undefined ? [] : renderAnswer(answer, { ...options, limit: CAPTION_LIMIT });
  const [caption] = captions.length === 1 ? withRow(captions, feedback) : [];
  return { answer, messages, ...(caption && { caption }) };
}

/**
 * The request a typed line stands for (a question, or a command typed without its slash), in the
 * chat's language unless the line asks for one (`/help en`).
 */
export function lineRequest(planbot: PlanBot, line: string, lang: Lang): Request {
  const parsed = planbot.parseLine(line);
  return { ...parsed, lang: parsed.lang ?? lang };
}
