import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateDecision, RateLimit, RateLimiter } from '../../adapters/shared/rate-limit.js';
import type { OnFallback } from './connection.js';

/**
 * A per-user limit counted in Redis, so a user gets the same number of answers from any number of
 * replicas. While Redis is away, rate-limiter-flexible's in-memory insurance limiter counts instead
 * (per process), and each such count is reported as a fallback.
 */
export class RedisRateLimiter implements RateLimiter {
  private readonly limiter: RateLimiterRedis;

  constructor(
    private readonly client: Redis,
    name: string,
    private readonly limit: RateLimit,
    private readonly onFallback: OnFallback,
    prefix = 'planbot:',
  ) {
    const window = { points: limit.messages, duration: Math.max(1, Math.ceil(limit.perMs / 1000)) };
    this.limiter = new RateLimiterRedis({
      storeClient: client,
      keyPrefix: `${prefix}limit:${name}`,
      ...window,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory(window),
    });
  }

  async hit(userId: string): Promise<RateDecision> {
    if (this.client.status !== 'ready') this.onFallback('limits');
    try {
      await this.limiter.consume(userId);
      return 'allow';
    } catch (res) {
      if (!(res instanceof RateLimiterRes)) throw res;
      // Told once per window, like the in-memory limiter: the first refusal notifies, the rest drop.
      return res.consumedPoints === this.limit.messages + 1 ? 'notify' : 'drop';
    }
  }
}
