/** Resolves after a turn of the event loop, once pending I/O (requests on their way out) has had its go. */
export const yieldToIo = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Answers are computed one at a time, each after a turn of the event loop. Computing is CPU work that
 * blocks everything else, so without turns a burst of interactions would compute every answer before
 * the first acknowledgement or reply left the process; with them, what is ready goes out between two
 * computations. The queue also knows how long a newcomer would wait, so a handler can acknowledge
 * first (defer) when its answer could not be sent in time. Acknowledgements go first: while some are
 * on their way, the next computation waits for them (up to `maxHoldMs`), since each costs Discord a
 * moment but the asker everything if it misses the 3 s window.
 */
export class AnswerQueue {
  private last: Promise<void> = Promise.resolve();
  private pending = 0;
  private averageMs: number;
  private readonly acknowledging = new Set<Promise<unknown>>();

  /**
   * @param initialEstimateMs the assumed cost of one answer until some have been measured
   * @param maxHoldMs the longest a computation waits for acknowledgements on their way
   * @param now the clock an answer's cost is measured with
   */
  constructor(
    initialEstimateMs = 25,
    private readonly maxHoldMs = 500,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.averageMs = initialEstimateMs;
  }

  /** Tells the queue an acknowledgement is on its way; computations wait for it (see the class). */
  acknowledgement(sent: Promise<unknown>): void {
    const settled = sent.then(
      () => {},
      () => {},
    );
    this.acknowledging.add(settled);
    void settled.then(() => this.acknowledging.delete(settled));
  }

  /** How long an answer queued now would wait for its turn, from the recent cost of an answer. */
  expectedWaitMs(): number {
    return this.pending * this.averageMs;
  }

  /**
   * Waits for this caller's turn and resolves with `done`, which the caller must call (in a `finally`)
   * once its CPU work is over; the next turn starts after it.
   */
  async turn(): Promise<() => void> {
    this.pending += 1;
    const previous = this.last;
    let release!: () => void;
    this.last = new Promise((resolve) => (release = resolve));
    await previous;
    if (this.acknowledging.size > 0) await this.acknowledgementsSent();
    await yieldToIo();
    const started = this.now();
    let finished = false;
    return () => {
      if (finished) return;
      finished = true;
      this.pending -= 1;
      this.averageMs = 0.8 * this.averageMs + 0.2 * (this.now() - started);
      release();
    };
  }

  private async acknowledgementsSent(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const hold = new Promise<void>((resolve) => (timer = setTimeout(resolve, this.maxHoldMs)));
    await Promise.race([Promise.all([...this.acknowledging]), hold]);
    clearTimeout(timer);
  }
}
