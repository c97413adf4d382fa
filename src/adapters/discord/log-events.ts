import type { Logger } from 'pino';
import type { AdapterEvents } from '../adapter.js';

/** Adapter events as log lines only (the sharded entry point has no metrics server). */
export function logEvents(logger: Logger): AdapterEvents {
  return {
    answered(event) {
      const { text, userId: _userId, ...line } = event;
      logger.info(
        logger.isLevelEnabled('debug') && text !== undefined ? { ...line, text } : line,
        'answered',
      );
    },
    failed(platform, err, context) {
      logger.error({ err, platform, ...context }, 'failed');
    },
    rateLimited(platform) {
      logger.warn({ platform }, 'rate limited');
    },
    replyDropped(platform, context) {
      logger.warn({ platform, ...context }, 'reply dropped');
    },
  };
}
