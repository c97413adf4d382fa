import type { Logger } from 'pino';
import type { AdapterEvents } from '../adapter.js';

/** Adapter events as log lines only (the sharded entry point has no metrics server). */
export function logEvents(logger: Logger): AdapterEvents {
  return {
    answered(event) {
      const { text, userId: _userId, declined, ...line } = event;
      logger.info(
        logger.isLevelEnabled('debug') && text !== undefined ? { ...line, text } : line,
        'answered',
      );
      if (declined !== undefined)
        logger.info({ platform: line.platform, command: line.command, question: declined }, 'declined');
    },
    failed(platform, err, context) {
      logger.error({ err, platform, ...context }, 'failed');
    },
    rateLimited(platform) {
      logger.warn({ platform }, 'rate limited');
    },
    feedback(event) {
      const { userId: _userId, answer, ...line } = event;
      logger.info({ ...line, ...answer }, 'feedback');
    },
    replyDropped(platform, context) {
      logger.warn({ platform, ...context }, 'reply dropped');
    },
  };
}
