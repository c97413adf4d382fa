import { createHash, randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { AdapterEvents, AnsweredEvent, FeedbackEvent, Platform } from '../adapters/adapter.js';
import type { ServiceMetrics } from './metrics.js';

export interface EventsRecorderOptions {
  logger: Logger;
  metrics: ServiceMetrics;
  /** Salt for user-id hashes; random per process by default, so hashes cannot be joined across restarts. */
  salt?: string;
}

/** A user id as logs show it: salted sha256, 12 hex characters. Enough to follow one user within a run. */
export function hashUserId(userId: string, salt: string): string {
  return createHash('sha256').update(salt).update('\0').update(userId).digest('hex').slice(0, 12);
}

/**
 * The service's {@link AdapterEvents}: one log line per answered message (platform, command, latency,
 * result count, hashed user; the text only at debug level), and the matching metrics. Declined questions
 * and 👍/👎 presses get a line of their own with the question (`msg` "declined" / "feedback"), which
 * `npm run report` reads.
 */
export function createEventsRecorder(options: EventsRecorderOptions): AdapterEvents {
  const { logger, metrics } = options;
  const salt = options.salt ?? randomBytes(16).toString('hex');
  return {
    answered(event: AnsweredEvent) {
      metrics.messages.inc({ platform: event.platform, command: event.command });
      metrics.latency.observe({ platform: event.platform }, event.latencyMs / 1000);
      if (!event.answered) metrics.declines.inc({ platform: event.platform });
      if (!logger.isLevelEnabled('info')) return;
      const line: Record<string, unknown> = {
        platform: event.platform,
        command: event.command,
        latencyMs: Math.round(event.latencyMs * 10) / 10,
        results: event.results,
        answered: event.answered,
      };
      if (event.userId !== undefined) line.user = hashUserId(event.userId, salt);
      if (event.text !== undefined && logger.isLevelEnabled('debug')) line.text = event.text;
      logger.info(line, 'answered');
      if (event.declined !== undefined) {
        const declined: Record<string, unknown> = {
          platform: event.platform,
          command: event.command,
          question: event.declined,
        };
        if (event.userId !== undefined) declined.user = hashUserId(event.userId, salt);
        logger.info(declined, 'declined');
      }
    },
    feedback(event: FeedbackEvent) {
      metrics.feedback.inc({ platform: event.platform, verdict: event.verdict });
      const line: Record<string, unknown> = { platform: event.platform, verdict: event.verdict };
      if (event.answer !== undefined) {
        line.command = event.answer.command;
        line.question = event.answer.question;
        line.ids = event.answer.ids;
      }
      if (event.userId !== undefined) line.user = hashUserId(event.userId, salt);
      logger.info(line, 'feedback');
    },
    failed(platform: Platform, err: unknown, context: Record<string, unknown>) {
      metrics.errors.inc({ platform });
      const { userId, text, ...rest } = context;
      const line: Record<string, unknown> = { ...rest, platform, err };
      if (typeof userId === 'string' || typeof userId === 'number')
        line.user = hashUserId(String(userId), salt);
      if (text !== undefined && logger.isLevelEnabled('debug')) line.text = text;
      logger.error(line, 'failed to answer');
    },
    rateLimited(platform: Platform) {
      metrics.rateLimited.inc({ platform });
      logger.debug({ platform }, 'rate limited');
    },
    replyDropped(platform: Platform, context: Record<string, unknown>) {
      metrics.dropped.inc({ platform });
      logger.warn({ ...context, platform }, 'reply dropped: the chat stayed throttled past the wait cap');
    },
  };
}
