import type { Logger } from 'pino';
import type { SharedState } from '../../adapters/shared/shared-state.js';
import { createRedisConnection, type OnFallback, type RedisConnection } from './connection.js';
import { RedisDedupe } from './dedupe.js';
import { RedisIdentifyThrottler } from './identify-throttler.js';
import { RedisPageStore } from './page-store.js';
import { RedisRateLimiter } from './rate-limiter.js';

/** The state every replica and shard shares through the Redis at REDIS_URL. */
export interface RedisSharedState {
  readonly state: SharedState;
  readonly connection: RedisConnection;
  /** discord.js's identify throttler for this bot, paced through Redis. */
  identifyThrottler(app: string, maxConcurrency: number): RedisIdentifyThrottler;
}

/** Builds the connection and the Redis-backed state; nothing connects until `connection.connect()`. */
export function createRedisSharedState(
  url: string,
  logger: Logger,
  onFallback: OnFallback,
): RedisSharedState {
  const connection = createRedisConnection(url, logger);
  const { client } = connection;
  const report: OnFallback = (use, err) => {
    logger.debug({ use, err }, 'redis: unavailable; answered by this process alone');
    onFallback(use, err);
  };
  return {
    connection,
    state: {
      pages: new RedisPageStore(client, report),
      rateLimiter: (name, limit) => new RedisRateLimiter(client, name, limit, report),
      dedupe: new RedisDedupe(client, report),
    },
    identifyThrottler: (app, maxConcurrency) =>
      new RedisIdentifyThrottler(client, app, maxConcurrency, report),
  };
}
