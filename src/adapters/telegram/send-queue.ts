import { TelegramError, type Telegram } from 'telegraf';
import type { Clock } from '../shared/clock.js';
import { SendQueue, type SendFailure, type SendLimits, type SendQueueHooks } from '../shared/send-queue.js';

/** How a failed Bot API call affects its chat's queue: 429 pauses it, 5xx and network errors back off. */
export function classifyTelegramError(err: unknown): SendFailure {
  if (err instanceof TelegramError) {
    const retryAfter = err.code === 429 ? err.parameters?.retry_after : undefined;
    if (retryAfter !== undefined) return { kind: 'rate-limited', retryAfterMs: retryAfter * 1000 };
    return err.code >= 500 ? { kind: 'transient' } : { kind: 'fatal' };
  }
  return (err as { name?: unknown } | null)?.name === 'FetchError'
    ? { kind: 'transient' }
    : { kind: 'fatal' };
}

/** The chat a Bot API call sends into, and whether it is a group (negative ids and @channel names). */
function chatOf(payload: unknown): { chat: string | undefined; group: boolean } {
  const chatId = (payload as { chat_id?: unknown } | null | undefined)?.chat_id;
  if (typeof chatId === 'number') return { chat: String(chatId), group: chatId < 0 };
  if (typeof chatId === 'string') return { chat: chatId, group: true };
  return { chat: undefined, group: false };
}

type CallApi = (method: string, payload: unknown, options?: unknown) => Promise<unknown>;

/**
 * Routes every Bot API call of `telegram` through one {@link SendQueue}, keyed by chat, and returns it.
 * telegraf builds a fresh Telegram for each update, so the bot points each update's `ctx.telegram.callApi`
 * at this same function (see the adapter's first middleware): one queue sees every call.
 *
 * `getUpdates` is left out: the polling loop retries it itself and must never wait behind replies.
 * Delivery is at least once: a connection lost after Telegram carried out a sendMessage looks the same
 * as one lost before, and the Bot API has no idempotency key, so the resend can show a reply twice.
 */
export function queueApiCalls(
  telegram: Telegram,
  limits: SendLimits,
  hooks: Omit<SendQueueHooks, 'classify'>,
  clock?: Clock,
): SendQueue {
  const queue = new SendQueue(limits, { ...hooks, classify: classifyTelegramError }, clock);
  const callApi = telegram.callApi.bind(telegram) as CallApi;
  const queued: CallApi = (method, payload, options) => {
    if (method === 'getUpdates') return callApi(method, payload, options);
    const { chat, group } = chatOf(payload);
    return queue.run(chat, group, method, () => callApi(method, payload, options));
  };
  telegram.callApi = queued as Telegram['callApi'];
  return queue;
}
