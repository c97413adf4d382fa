import { LruCache } from './lru.js';

/** Enough for a person reading answers, too few for a script (the same pace as on Telegram). */
export const DEFAULT_RATE_LIMIT = { messages: 6, perMs: 20_000 };

/** Answer, answer with the one notice of this window, or drop silently. */
export type RateDecision = 'allow' | 'notify' | 'drop';

/**
 * Per-user fixed windows of `messages` per `perMs`, for at most 10 000 recent users. The first
 * request over the limit gets `notify`, later ones `drop`, so a flood never makes the bot flood back.
 */
export class UserRateLimiter {
  private readonly windows: LruCache<string, { startedAt: number; count: number }>;

  constructor(
    private readonly limit: { messages: number; perMs: number } = DEFAULT_RATE_LIMIT,
    private readonly now: () => number = Date.now,
  ) {
    this.windows = new LruCache(10_000, limit.perMs, now);
  }

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
