import type { DiscordContext } from './context.js';
import { yieldToIo } from './answer-queue.js';

/**
 * Discord drops an interaction not acknowledged within 3 s of its creation. By default an answer is
 * sent directly only when it can leave within 1.5 s of the user's action (the rest is margin for the
 * network and a busy gateway); otherwise the bot acknowledges first ("thinking…") and edits it in.
 */
export const DEFAULT_REPLY_WITHIN_MS = 1500;

/** What {@link computeInTime} computed, and whether the interaction was acknowledged before the answer. */
export interface Computed<T> {
  value: T;
  deferred: boolean;
}

/**
 * Computes an interaction's answer in its turn of `ctx.answers`, acknowledging it first with
 * `acknowledge` (a defer) whenever a direct answer could miss `ctx.replyWithinMs`: at once when the
 * interaction is already old or the queue ahead of it is long, when its turn comes late, or when
 * computing took long. Resolves once any acknowledgement has been accepted.
 */
export async function computeInTime<T>(
  ctx: Pick<DiscordContext, 'answers' | 'replyWithinMs' | 'now'>,
  createdTimestamp: number,
  acknowledge: () => Promise<unknown>,
  compute: () => T,
): Promise<Computed<T>> {
  const age = (): number => ctx.now() - createdTimestamp;
  let acknowledged: Promise<unknown> | undefined;
  const start = (): void => {
    acknowledged = acknowledge();
    ctx.answers.acknowledgement(acknowledged);
    // Awaited below; until then a failure must not count as unhandled.
    acknowledged.catch(() => {});
  };
  if (age() + ctx.answers.expectedWaitMs() > ctx.replyWithinMs) start();
  const done = await ctx.answers.turn();
  let value: T;
  try {
    if (!acknowledged && age() > ctx.replyWithinMs) {
      start();
      await yieldToIo(); // let the acknowledgement leave before the CPU work
    }
    value = compute();
  } finally {
    done();
  }
  if (!acknowledged && age() > ctx.replyWithinMs) start();
  if (acknowledged) await acknowledged;
  return { value, deferred: acknowledged !== undefined };
}
