/** Defaults: enough for a person reading answers, too few for a script. */
export const DEFAULT_RATE_LIMIT = { messages: 6, perMs: 20_000 };

/** What to do with one message: answer it, answer with the one notice of this window, or drop it silently. */
export type RateDecision = 'allow' | 'notify' | 'drop';

interface Window {
  startedAt: number;
  count: number;
}

/**
 * A per-user fixed-window limiter: `messages` per `perMs`. The first message over the limit in a
 * window gets `notify` (the user is told once), the rest `drop`, so a flood never makes the bot flood back.
 */
export class UserRateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly limit: { messages: number; perMs: number } = DEFAULT_RATE_LIMIT,
    private readonly now: () => number = Date.now,
  ) {}

  hit(userId: string): RateDecision {
    const now = this.now();
    if (this.windows.size > 10_000) this.forgetExpired(now);
    let window = this.windows.get(userId);
    if (!window || now - window.startedAt >= this.limit.perMs) {
      window = { startedAt: now, count: 0 };
      this.windows.set(userId, window);
    }
    window.count += 1;
    if (window.count <= this.limit.messages) return 'allow';
    return window.count === this.limit.messages + 1 ? 'notify' : 'drop';
  }

  private forgetExpired(now: number): void {
    for (const [id, window] of this.windows)
      if (now - window.startedAt >= this.limit.perMs) this.windows.delete(id);
  }
}
