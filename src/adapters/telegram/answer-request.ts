import type { Logger } from 'pino';
import type { Lang, Request } from '../../core/types.js';
import type { PlanBot } from '../../core/planbot.js';
import type { AdapterEvents } from '../adapter.js';
import { encodeAction, QueryStore } from './callback-data.js';
import type { UserRateLimiter } from '../shared/rate-limit.js';
import { runPaged } from '../shared/paged.js';
import { renderAnswer } from './render.js';
import { CAPTION_LIMIT, type TelegramReply } from './chart.js';
import { feedbackRow, withRow } from './feedback.js';
import type { FeedbackStore } from '../shared/feedback.js';

/** What the update handlers share. */
export interface HandlerDeps {
  planbot: PlanBot;
  logger: Logger;
  events: AdapterEvents;
  limiter: UserRateLimiter;
  /** Inline queries come one per pause in typing, so they get their own, larger allowance. */
  inlineLimiter: UserRateLimiter;
  queries: QueryStore;
  /** The answers under 👍/👎 buttons. */
  feedback: FeedbackStore;
  /** The bot's own id and @username (known once started). */
  me: () => { id: number; username: string };
}

/**
 * The core's answer to a request, and the messages that show it (with "more" when there is a next page,
 * 👍/👎 under an answer); for an answer with a chart, also the whole answer as one caption when it fits.
 */
export function respond(deps: HandlerDeps, request: Request): TelegramReply {
  const paged = runPaged(deps.planbot, request, 'telegram');
  const req: Request = paged.request;
  let answer = paged.answer;
  if (answer.error === 'empty')
    answer = { ...deps.planbot.run({ command: 'help', arg: '', lang: answer.lang }), error: 'empty' };
  const { offset, limit, hasMore } = answer.page;
  const moreData = hasMore
    ? encodeAction({
        kind: 'more',
        key: deps.queries.put({ ...req, lang: answer.lang }),
        offset: offset + limit,
      })
    : undefined;
  const options = moreData === undefined ? {} : { moreData };
  const feedback = feedbackRow(deps, answer);
  const messages = withRow(renderAnswer(answer, options), feedback);
  const captions =
    answer.series === undefined ? [] : renderAnswer(answer, { ...options, limit: CAPTION_LIMIT });
  const [caption] = captions.length === 1 ? withRow(captions, feedback) : [];
  return { answer, messages, ...(caption && { caption }) };
}

/** The request a typed line stands for (a question, or a command typed without its slash). */
export function lineRequest(planbot: PlanBot, line: string, lang: Lang): Request {
  return { ...planbot.parseLine(line), lang };
}
