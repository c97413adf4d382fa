import type { Logger } from 'pino';
import type { PlanBot } from '../../core/planbot.js';
import type { AdapterEvents } from '../adapter.js';
import type { AnswerQueue } from './answer-queue.js';
import type { PageStore } from '../shared/page-store.js';
import type { FeedbackStore } from '../shared/feedback.js';
import type { RateLimiter } from '../shared/rate-limit.js';

/** What every Discord handler works with. */
export interface DiscordContext {
  planbot: PlanBot;
  logger: Logger;
  events: AdapterEvents;
  pages: PageStore;
  /** The answers under 👍/👎 buttons. */
  feedback: FeedbackStore;
  limiter: RateLimiter;
  /** Where answers wait their turn to be computed. */
  answers: AnswerQueue;
  /** An answer that cannot be sent this soon after the user's action is deferred first. */
  replyWithinMs: number;
  /** The time in milliseconds since the epoch, as interactions' creation times are given. */
  now: () => number;
}

/** What a handler reports about the answer it gave, for `events.answered`. */
export interface Outcome {
  results: number;
  answered: boolean;
  /** The question, when nothing in the data answered it (see AnsweredEvent.declined). */
  declined?: string;
}
