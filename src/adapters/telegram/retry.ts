import { TelegramError, type Telegram } from 'telegraf';

/** How calls to the Bot API are retried. */
export interface RetryPolicy {
  /** Times a call answered 429 is tried again, each after the `retry_after` Telegram asked for. */
  rateLimitRetries: number;
  /** Longest `retry_after` (seconds) worth waiting for; a longer one fails the call at once. */
  maxRetryAfterS: number;
  /** Times a call that failed with 5xx or a network error is tried again. */
  serverErrorRetries: number;
  /** Wait before the n-th (1-based) retry after a 5xx or network error. */
  backoffMs: (attempt: number) => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  rateLimitRetries: 3,
  maxRetryAfterS: 60,
  serverErrorRetries: 3,
  backoffMs: (attempt) => 250 * 2 ** (attempt - 1),
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isTransient(err: unknown): boolean {
  if (err instanceof TelegramError) return err.code >= 500;
  const name = (err as { name?: unknown } | null)?.name;
  return name === 'FetchError';
}

/**
 * Makes `telegram` retry its calls: after a 429 it waits the `retry_after` Telegram gave, after a 5xx
 * or a network error it backs off; both a bounded number of times. `getUpdates` is left alone (telegraf's
 * polling loop retries it itself). `onRateLimited` hears every 429.
 *
 * Delivery is at least once: a connection lost after Telegram carried out a sendMessage looks the same
 * as one lost before, and the Bot API has no idempotency key, so the resend can show a reply twice.
 * A rare duplicate is preferred to an answer silently lost.
 */
export function retryApiCalls(
  telegram: Telegram,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  onRateLimited: (method: string, retryAfterS: number) => void = () => {},
): void {
  const callApi = telegram.callApi.bind(telegram);
  const retrying = async (method: string, payload: unknown, options?: unknown): Promise<unknown> => {
    let rateLimited = 0;
    let failed = 0;
    for (;;) {
      try {
        return await (callApi as (m: string, p: unknown, o?: unknown) => Promise<unknown>)(
          method,
          payload,
          options,
        );
      } catch (err) {
        if (method === 'getUpdates') throw err;
        const retryAfter =
          err instanceof TelegramError && err.code === 429 ? err.parameters?.retry_after : undefined;
        if (retryAfter !== undefined) {
          onRateLimited(method, retryAfter);
          if (rateLimited >= policy.rateLimitRetries || retryAfter > policy.maxRetryAfterS) throw err;
          rateLimited += 1;
          await sleep(retryAfter * 1000);
        } else if (isTransient(err) && failed < policy.serverErrorRetries) {
          failed += 1;
          await sleep(policy.backoffMs(failed));
        } else {
          throw err;
        }
      }
    }
  };
  telegram.callApi = retrying as Telegram['callApi'];
}
