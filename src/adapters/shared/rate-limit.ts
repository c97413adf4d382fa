import { LruCache } from './lru.js';

/** A pace: at most `messages` per `perMs` milliseconds. */
export interface RateLimit {
  messages: number;
  perMs: number;
}

/** Enough for a person reading answers, too few for a script (every platform uses the same pace). */
export const DEFAULT_RATE_LIMIT: RateLimit = { messages: 6, perMs: 20_000 };

/** Users whose windows are remembered; past this the least recently active are forgotten. */
export const DEFAULT_MAX_USERS = 10_000;

/** Answer, answer with the one notice of this window, or drop silently. */
export type RateDecision = 'allow' | 'notify' | 'drop';

/** Counts one request of a user and says what to do with it: in memory, or shared through Redis. */
export interface RateLimiter {
  hit(userId: string): RateDecision | Promise<RateDecision>;
}

interface Window {
  startedAt: number;
  count: number;
}

/**
 * Per-user fixed windows of `messages` per `perMs`. The first request over the limit in a window gets
 * `notify` (the user is told once), later ones `drop`, so a flood never makes the bot flood back.
 * Memory is bounded: at most `maxUsers` windows, the least recently active user forgotten first
 * (a forgotten user simply starts a fresh window).
 */
export class UserRateLimiter implements RateLimiter {
  private readonly windows: LruCache<string, Window>;

  constructor(
    private readonly limit: RateLimit = DEFAULT_RATE_LIMIT,
    private readonly now: () => number = Date.now,
    maxUsers = DEFAULT_MAX_USERS,
  ) {
    this.windows = new LruCache(maxUsers, limit.perMs, now);
  }

  /** Users currently remembered. */
  get trackedUsers(): number {
    return this.windows.size;
  }

  /** Counts one request of `userId` and says what to do with it. */
  hit(userId: string): RateDecision {
    const now = this.now();
    let window = this.windows.get(userId);
    if (!window || now - window.startedAt >= this.limit.perMs) window = { startedAt: now, count: 0 };
    window.count += 1;
    this.windows.set(userId, window);
    if (window.count <= this.limit.messages) return 'allow';
    return window.count === this.limit.messages + 1 ? 'notify' : 'drop';
  }
}
