import { NO_DEDUPE, type UpdateDedupe } from './dedupe.js';
import { MemoryPageStore, type PageStore } from './page-store.js';
import { UserRateLimiter, type RateLimit, type RateLimiter } from './rate-limit.js';

/**
 * What the adapters of every replica and shard must agree on: the pages behind buttons, the per-user
 * limits and which updates were already answered. In memory for one process (the default), or in one
 * Redis for many (the service builds that from REDIS_URL).
 */
export interface SharedState {
  pages: PageStore;
  /** A per-user limiter; `name` keeps the counters of different limits apart. */
  rateLimiter(name: string, limit: RateLimit): RateLimiter;
  dedupe: UpdateDedupe;
}

/** The single-process state: memory only, no dedupe. */
export function memoryState(): SharedState {
  return {
    pages: new MemoryPageStore(),
    rateLimiter: (_name, limit) => new UserRateLimiter(limit),
    dedupe: NO_DEDUPE,
  };
}
