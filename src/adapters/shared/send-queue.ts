import { systemClock, type Clock } from './clock.js';

/** How fast a platform lets a bot send, and how long a reply may wait before it is given up. */
export interface SendLimits {
  /** Least time between two sends into one chat. */
  perChatMs: number;
  /** Sends into one group chat per rolling minute. */
  groupPerMinute: number;
  /** Sends per rolling second, all chats together. */
  globalPerSecond: number;
  /** A send still waiting this long after it was queued is dropped (a reply that late helps nobody). */
  maxWaitMs: number;
  /** Times a send that failed with a server or network error is tried again. */
  serverErrorRetries: number;
  /** Wait before the n-th (1-based) retry after a server or network error. */
  backoffMs: (attempt: number) => number;
}

/** Telegram's published limits (about 1 message a second per chat, 20 a minute per group, 30 a second overall). */
export const TELEGRAM_SEND_LIMITS: SendLimits = {
  perChatMs: 1_000,
  groupPerMinute: 20,
  globalPerSecond: 30,
  maxWaitMs: 120_000,
  serverErrorRetries: 3,
  backoffMs: (attempt) => 250 * 2 ** (attempt - 1),
};

/** What a failed send means for its chat's queue. */
export type SendFailure =
  { kind: 'rate-limited'; retryAfterMs: number } | { kind: 'transient' } | { kind: 'fatal' };

export interface SendQueueHooks {
  classify(err: unknown): SendFailure;
  onRateLimited?(info: { chat: string | undefined; method: string; retryAfterMs: number }): void;
  onDropped?(info: { chat: string | undefined; method: string; waitedMs: number }): void;
}

/** A send given up: it waited past `maxWaitMs`, or its chat was still paused when the bot stopped. */
export class SendDropped extends Error {
  override readonly name = 'SendDropped';
  constructor(
    readonly chat: string | undefined,
    readonly method: string,
    readonly waitedMs: number,
  ) {
    super(`SendQueue: ${method} dropped after waiting ${waitedMs} ms`);
  }
}

interface Job {
  method: string;
  call: () => Promise<unknown>;
  queuedAt: number;
  failures: number;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

interface Lane {
  chat: string | undefined;
  group: boolean;
  spacingMs: number;
  jobs: Job[];
  busy: boolean;
  pausedUntil: number;
  /** Paused because the platform answered 429 (not a back-off after a server error). */
  throttled: boolean;
  lastSentAt: number;
  /** Send times within the last minute (groups only). */
  recent: number[];
}

const MINUTE = 60_000;
const SECOND = 1_000;

/**
 * One FIFO lane per chat, sent one call at a time within the platform's limits. A 429 pauses only its
 * own lane for the `retry_after` asked (one attempt per window); every other chat keeps going. Callers
 * get a promise that settles when their call finally succeeds, fails, or is dropped ({@link SendDropped}).
 */
export class SendQueue {
  private readonly lanes = new Map<string, Lane>();
  private readonly recent: number[] = [];
  private readonly idleWaiters: (() => void)[] = [];
  private timer: unknown;
  private wakeAt = Infinity;
  private stopping = false;
  private stopDeadline = Infinity;
  private nextSolo = 0;

  constructor(
    private readonly limits: SendLimits,
    private readonly hooks: SendQueueHooks,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Queues `call` in `chat`'s lane; calls tied to no chat (`undefined`) get a lane of their own. */
  run<T>(chat: string | undefined, group: boolean, method: string, call: () => Promise<T>): Promise<T> {
    const key = chat === undefined ? `solo:${this.nextSolo++}` : `chat:${chat}`;
    let lane = this.lanes.get(key);
    if (!lane) {
      lane = {
        chat,
        group,
        spacingMs: chat === undefined ? 0 : this.limits.perChatMs,
        jobs: [],
        busy: false,
        pausedUntil: 0,
        throttled: false,
        lastSentAt: -Infinity,
        recent: [],
      };
      this.lanes.set(key, lane);
    }
    const promise = new Promise<T>((resolve, reject) => {
      lane.jobs.push({
        method,
        call,
        queuedAt: this.clock.now(),
        failures: 0,
        resolve: resolve as (value: unknown) => void,
        reject,
      });
    });
    this.pump();
    return promise;
  }

  /** Resolves when nothing is queued or in flight. */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * Drops what waits out a 429 at once, sends the rest for up to `graceMs`, drops what is still waiting
   * then, and resolves when nothing is left.
   */
  stop(graceMs = 5_000): Promise<void> {
    this.stopping = true;
    this.stopDeadline = this.clock.now() + graceMs;
    this.pump();
    return this.idle();
  }

  /** Queues as usual again after {@link stop}. */
  resume(): void {
    this.stopping = false;
    this.stopDeadline = Infinity;
  }

  /** Chats with something queued or in flight (for tests and metrics). */
  get size(): number {
    let n = 0;
    for (const lane of this.lanes.values()) if (lane.busy || lane.jobs.length > 0) n += 1;
    return n;
  }

  private isIdle(): boolean {
    return this.size === 0;
  }

  private pump(): void {
    const now = this.clock.now();
    let wake = Infinity;
    for (const [key, lane] of this.lanes) {
      this.dropExpired(lane, now);
      if (!lane.busy && lane.jobs.length > 0) {
        const readyAt = this.readyAt(lane, now);
        if (readyAt <= now) this.start(lane, now);
        else wake = Math.min(wake, readyAt);
      }
      const waiting = lane.busy ? lane.jobs[1] : lane.jobs[0];
      if (waiting) wake = Math.min(wake, waiting.queuedAt + this.limits.maxWaitMs);
      if (waiting && this.stopping) wake = Math.min(wake, this.stopDeadline);
      if (!lane.busy && lane.jobs.length === 0 && this.forgettable(lane, now)) this.lanes.delete(key);
    }
    this.schedule(wake, now);
    if (this.isIdle()) for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  /** A lane with nothing queued whose pause, spacing and group window are over holds no state worth keeping. */
  private forgettable(lane: Lane, now: number): boolean {
    prune(lane.recent, now - MINUTE);
    return lane.pausedUntil <= now && lane.lastSentAt + lane.spacingMs <= now && lane.recent.length === 0;
  }

  private readyAt(lane: Lane, now: number): number {
    let at = Math.max(lane.pausedUntil, lane.lastSentAt + lane.spacingMs);
    if (lane.group) {
      prune(lane.recent, now - MINUTE);
      const { groupPerMinute } = this.limits;
      if (lane.recent.length >= groupPerMinute)
        at = Math.max(at, lane.recent[lane.recent.length - groupPerMinute]! + MINUTE);
    }
    prune(this.recent, now - SECOND);
    const { globalPerSecond } = this.limits;
    if (this.recent.length >= globalPerSecond)
      at = Math.max(at, this.recent[this.recent.length - globalPerSecond]! + SECOND);
    return at;
  }

  private dropExpired(lane: Lane, now: number): void {
    const first = lane.busy ? 1 : 0;
    const kept = lane.jobs.slice(0, first);
    for (const job of lane.jobs.slice(first)) {
      const waitedMs = now - job.queuedAt;
      const paused = lane.throttled && lane.pausedUntil > now;
      const stopped = this.stopping && (paused || now >= this.stopDeadline);
      if (waitedMs >= this.limits.maxWaitMs || stopped) {
        this.hooks.onDropped?.({ chat: lane.chat, method: job.method, waitedMs });
        job.reject(new SendDropped(lane.chat, job.method, waitedMs));
      } else {
        kept.push(job);
      }
    }
    lane.jobs = kept;
  }

  private start(lane: Lane, now: number): void {
    const job = lane.jobs[0]!;
    lane.busy = true;
    lane.lastSentAt = now;
    if (lane.group) lane.recent.push(now);
    this.recent.push(now);
    job
      .call()
      .then(
        (value) => {
          lane.throttled = false;
          lane.jobs.shift();
          job.resolve(value);
        },
        (err: unknown) => this.failed(lane, job, err),
      )
      .finally(() => {
        lane.busy = false;
        this.pump();
      });
  }

  private failed(lane: Lane, job: Job, err: unknown): void {
    const failure = this.hooks.classify(err);
    const now = this.clock.now();
    if (failure.kind === 'rate-limited') {
      lane.pausedUntil = now + failure.retryAfterMs;
      lane.throttled = true;
      this.hooks.onRateLimited?.({ chat: lane.chat, method: job.method, retryAfterMs: failure.retryAfterMs });
      return;
    }
    if (failure.kind === 'transient' && job.failures < this.limits.serverErrorRetries) {
      job.failures += 1;
      lane.pausedUntil = now + this.limits.backoffMs(job.failures);
      return;
    }
    lane.jobs.shift();
    job.reject(err);
  }

  private schedule(wake: number, now: number): void {
    if (wake === this.wakeAt) return;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.wakeAt = wake;
    if (wake === Infinity) return;
    this.timer = this.clock.setTimeout(
      () => {
        this.timer = undefined;
        this.wakeAt = Infinity;
        this.pump();
      },
      Math.max(0, wake - now),
    );
  }
}

/** Removes the leading times at or before `cutoff` from an ascending list. */
function prune(times: number[], cutoff: number): void {
  let n = 0;
  while (n < times.length && times[n]! <= cutoff) n += 1;
  if (n > 0) times.splice(0, n);
}
