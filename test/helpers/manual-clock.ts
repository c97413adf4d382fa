import type { Clock } from '../../src/adapters/shared/clock.js';

interface Timer {
  at: number;
  fn: () => void;
}

/** A clock that moves only when told: timers fire, in order, inside {@link advance}. */
export class ManualClock implements Clock {
  private time = 1_000_000;
  private readonly timers = new Set<Timer>();
  private readonly watchers = new Set<() => void>();

  now(): number {
    return this.time;
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const timer = { at: this.time + Math.max(0, ms), fn };
    this.timers.add(timer);
    for (const watch of this.watchers) watch();
    return timer;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as Timer);
  }

  /** Timers waiting to fire. */
  get pending(): number {
    return this.timers.size;
  }

  /** Resolves once a timer due at `at` is set (how a test learns that a scheduler heard what it awaited). */
  timerAt(at: number): Promise<void> {
    const due = () => [...this.timers].some((timer) => timer.at === at);
    if (due()) return Promise.resolve();
    return new Promise((resolve) => {
      const watch = () => {
        if (!due()) return;
        this.watchers.delete(watch);
        resolve();
      };
      this.watchers.add(watch);
    });
  }

  /** Moves time on a second at a time, letting I/O run between steps, until `done` settles. */
  async advanceUntil(done: Promise<unknown>, stepMs = 1_000): Promise<void> {
    let settled = false;
    void done.finally(() => (settled = true)).catch(() => {});
    while (!settled) {
      this.advance(stepMs);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Moves time forward by `ms`, firing every timer that falls due on the way. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      let next: Timer | undefined;
      for (const timer of this.timers) if (timer.at <= end && (!next || timer.at < next.at)) next = timer;
      if (!next) break;
      this.timers.delete(next);
      this.time = Math.max(this.time, next.at);
      next.fn();
    }
    this.time = end;
  }
}
