import type { Logger } from 'pino';
import type { CommandName } from '../core/types.js';
import type { PlanBot } from '../core/planbot.js';
import type { RatedAnswer, Verdict } from './shared/feedback.js';
import type { SharedState } from './shared/shared-state.js';

export type Platform = 'telegram' | 'discord' | 'console';

/** What an adapter reports after each message it answered (or failed to answer). */
export interface AnsweredEvent {
  platform: Platform;
  command: CommandName | 'start' | 'callback' | 'inline' | 'autocomplete';
  latencyMs: number;
  results: number;
  answered: boolean;
  /** Raw platform user id; the recorder hashes it before it reaches a log line. */
  userId?: string;
  /** The user's text; logged only at debug level. */
  text?: string;
  /**
   * The question as the core read it, set when nothing in the data answered it: logged (with the hashed
   * user) so `npm run report` can list what users ask that the bot cannot answer.
   */
  declined?: string;
}

/** A 👍/👎 press under an answer. */
export interface FeedbackEvent {
  platform: Platform;
  verdict: Verdict;
  /** The rated answer; absent when it was forgotten before the press. */
  answer?: RatedAnswer;
  /** Raw platform user id; the recorder hashes it before it reaches a log line. */
  userId?: string;
}

/** Where adapters report what happened; the service turns it into log lines and metrics. */
export interface AdapterEvents {
  answered(event: AnsweredEvent): void;
  failed(platform: Platform, err: unknown, context: Record<string, unknown>): void;
  rateLimited(platform: Platform): void;
  feedback(event: FeedbackEvent): void;
  /** A reply given up because its chat stayed throttled by the platform past the wait cap. */
  replyDropped(platform: Platform, context: Record<string, unknown>): void;
}

export const silentEvents: AdapterEvents = {
  answered() {},
  failed() {},
  rateLimited() {},
  feedback() {},
  replyDropped() {},
};

export interface AdapterDeps {
  planbot: PlanBot;
  logger: Logger;
  events: AdapterEvents;
  /** Pages, limits and dedupe shared with other replicas and shards; this process's memory when absent. */
  shared?: SharedState;
}

/** A node:http handler the service's HTTP server mounts at a path (the Telegram webhook). */
export type HttpHandler = (
  req: import('node:http').IncomingMessage,
  res: import('node:http').ServerResponse,
) => void | Promise<void>;

/** One running platform connection. Building an adapter touches no network; `start` does. */
export interface Adapter {
  readonly platform: Platform;
  start(): Promise<void>;
  /** Stops taking updates, lets in-flight replies finish, closes connections. */
  stop(): Promise<void>;
  /** Connected and taking updates. */
  isReady(): boolean;
  /** Resolves once every update taken so far is fully handled, its replies sent (tests await it). */
  idle?(): Promise<void>;
}
