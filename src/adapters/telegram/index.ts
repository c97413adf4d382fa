/**
 * The Telegram adapter: telegraf wired to the core. Building it touches no network; `start()` connects
 * (long polling, or a webhook mounted on the service's HTTP server).
 */
import { Telegraf, type Context } from 'telegraf';
import { setPlanWords as setLabelPlanWords } from '../shared/labels.js';
import { setPlanWords as setTelegramPlanWords } from './words.js';
import type { Adapter, AdapterDeps, HttpHandler } from '../adapter.js';
import { registerCommands } from './commands.js';
import { onCallback } from './on-callback.js';
import { onInlineQuery } from './on-inline.js';
import { onMessage } from './on-message.js';
import { DEFAULT_RATE_LIMIT } from '../shared/rate-limit.js';
import { memoryState } from '../shared/shared-state.js';
import type { HandlerDeps } from './answer-request.js';
import { queueApiCalls } from './send-queue.js';
import { webhookHandler } from './webhook.js';
import { labels } from '../shared/labels.js';
import { FeedbackStore } from '../shared/feedback.js';
import type { Clock } from '../shared/clock.js';
import { SendDropped, TELEGRAM_SEND_LIMITS, type SendLimits, type SendQueue } from '../shared/send-queue.js';

export { renderAnswer, answerHtml, answerKeyboard, type TelegramMessage } from './render.js';
export { splitHtml, TELEGRAM_TEXT_LIMIT } from './split.js';
export { escapeHtml } from './html.js';
export { readIncoming } from './incoming.js';

export interface TelegramAdapterOptions extends AdapterDeps {
  token: string;
  /** A self-hosted Bot API server (TELEGRAM_API_ROOT); the public one by default. */
  apiRoot?: string;
  /** Webhook mode: Telegram posts updates to `url`; the handler is mounted at its path. Polling when absent. */
  webhook?: { url: string; secret: string; mount: (path: string, handler: HttpHandler) => void };
  /** Per-user limit on messages and button presses (default 6 per 20 s). */
  rateLimit?: { messages: number; perMs: number };
  /** Telegram's send limits and retry back-off (tests shorten or lift them). */
  sendLimits?: Partial<SendLimits>;
  /** The send queue's clock (tests pass a manual one). */
  clock?: Clock;
}

const ALLOWED_UPDATES = ['message', 'callback_query', 'inline_query'] as const;
/** Inline queries allowed per message allowed. */
const INLINE_ALLOWANCE = 5;

/**
 * Starts telegraf's long-polling loop (Telegraf#startPolling: private in telegraf's typings). The public
 * launch() runs getMe and deleteWebhook before it and offers no point between them to give up, so a
 * stop() during start-up could not keep polling from beginning; the adapter does those steps itself.
 */
function startPolling(bot: Telegraf, allowedUpdates: readonly string[]): Promise<void> {
  const pollable = bot as unknown as { startPolling(updates: string[]): Promise<void> };
  return pollable.startPolling([...allowedUpdates]);
}

/** Builds the Telegram adapter. See {@link TelegramAdapterOptions}. */
export function createTelegramAdapter(
  options: TelegramAdapterOptions,
): Adapter & { readonly bot: Telegraf; readonly sendQueue: SendQueue; idle(): Promise<void> } {
  const { planbot, logger, events } = options;
  setLabelPlanWords(planbot.planWords);
  setTelegramPlanWords(planbot.planWords);
  const bot = new Telegraf(options.token, {
    // webhookReply off: every reply is a real API call, so its errors are seen and retried.
    telegram: { webhookReply: false, ...(options.apiRoot !== undefined && { apiRoot: options.apiRoot }) },
  });
  const rateLimit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  const sendQueue = queueApiCalls(
    bot.telegram,
    { ...TELEGRAM_SEND_LIMITS, ...options.sendLimits },
    {
      onRateLimited: ({ chat, method, retryAfterMs }) =>
        logger.warn(
          { chatId: chat, method, retryAfterS: retryAfterMs / 1000 },
          'Telegram asked to slow down (429); this chat waits, the others go on',
        ),
      onDropped: ({ chat, method, waitedMs }) =>
        events.replyDropped('telegram', { chatId: chat, method, waitedMs }),
    },
    options.clock,
  );

  const shared = options.shared ?? memoryState();
  const deps: HandlerDeps = {
    planbot,
    logger,
    events,
    limiter: shared.rateLimiter('telegram', rateLimit),
    inlineLimiter: shared.rateLimiter('telegram-inline', {
      messages: rateLimit.messages * INLINE_ALLOWANCE,
      perMs: rateLimit.perMs,
    }),
    pages: shared.pages,
    feedback: new FeedbackStore(),
    me: () => ({ id: bot.botInfo?.id ?? 0, username: bot.botInfo?.username ?? '' }),
  };

  const inFlight = new Set<Promise<unknown>>();
  let accepting = false;
  let ready = false;
  let polling: Promise<void> | undefined;
  let starting: Promise<void> | undefined;
  let stopping = false;

  // The bot's id (the token's public part) keeps the update ids of bots sharing one Redis apart.
  const updateKey = (updateId: number) => `telegram:${options.token.split(':')[0]}:${updateId}`;
  bot.use((ctx, next) => {
    ctx.telegram.callApi = bot.telegram.callApi.bind(bot.telegram);
    // Not awaited: an update is done once its replies are queued, so a chat waiting out a 429 never
    // holds a webhook connection or the polling loop. Failures are handled here, not by bot.catch.
    // A redelivered update (another replica got it first, with REDIS_URL) is answered once.
    const handling = shared.dedupe
      .claim(updateKey(ctx.update.update_id))
      .then(async (first) => {
        if (first) await next();
        else logger.debug({ updateId: ctx.update.update_id }, 'update already answered elsewhere');
      })
      .catch((err: unknown) => failed(err, ctx));
    inFlight.add(handling);
    void handling.finally(() => inFlight.delete(handling));
    return Promise.resolve();
  });
  bot.on('message', (ctx) => onMessage(deps, ctx));
  bot.on('callback_query', (ctx) => onCallback(deps, ctx));
  bot.on('inline_query', (ctx) => onInlineQuery(deps, ctx));
  bot.catch((err, ctx) => failed(err, ctx));

  async function failed(err: unknown, ctx: Context): Promise<void> {
    // A dropped reply was logged and counted by the queue; its chat is throttled, so no apology.
    if (err instanceof SendDropped) return;
    const context = {
      updateId: ctx.update.update_id,
      updateType: ctx.updateType,
      chatId: ctx.chat?.id,
      userId: ctx.from?.id,
      text: ctx.text ?? ctx.inlineQuery?.query,
    };
    events.failed('telegram', err, context);
    await apologize(ctx).catch((apologyErr: unknown) =>
      logger.warn({ err: apologyErr, ...context }, 'could not send the apology either'),
    );
  }

  async function apologize(ctx: Context): Promise<void> {
    const lang = ctx.from?.language_code?.startsWith('en') ? 'en' : 'zh';
    const text = labels[lang].apology;
    if (ctx.callbackQuery) {
      await ctx.answerCbQuery(text);
    } else if (ctx.inlineQuery) {
      await ctx.answerInlineQuery([], { cache_time: 0 });
    } else if (ctx.chat) {
      const threadId =
        ctx.message && 'message_thread_id' in ctx.message ? ctx.message.message_thread_id : undefined;
      await ctx.telegram.sendMessage(
        ctx.chat.id,
        text,
        threadId === undefined ? {} : { message_thread_id: threadId },
      );
    }
  }

  async function connect(): Promise<void> {
    bot.botInfo = await bot.telegram.getMe();
    await registerCommands(bot.telegram);
    if (options.webhook) {
      const url = new URL(options.webhook.url);
      options.webhook.mount(
        url.pathname,
        webhookHandler({
          secret: options.webhook.secret,
          accepting: () => accepting,
          handleUpdate: (update) => bot.handleUpdate(update),
          logger,
        }),
      );
      accepting = true;
      await bot.telegram.setWebhook(options.webhook.url, {
        secret_token: options.webhook.secret,
        allowed_updates: [...ALLOWED_UPDATES],
      });
    } else {
      await bot.telegram.deleteWebhook({ drop_pending_updates: false });
      if (stopping) return;
      accepting = true;
      polling = startPolling(bot, ALLOWED_UPDATES).catch((err: unknown) => {
        ready = false;
        events.failed('telegram', err, { phase: 'polling' });
      });
    }
    if (stopping) return;
    ready = true;
    logger.info(
      { username: bot.botInfo.username, mode: options.webhook ? 'webhook' : 'polling' },
      'Telegram bot started',
    );
  }

  return {
    platform: 'telegram',
    bot,
    sendQueue,
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    async start() {
      stopping = false;
      sendQueue.resume();
      starting = connect();
      await starting;
    },
    async stop() {
      stopping = true;
      accepting = false;
      ready = false;
      // A stop during start-up waits for it, so polling cannot begin after stop() resolved.
      await starting?.catch(() => {});
      if (polling) {
        bot.stop('stop');
        await polling;
        polling = undefined;
      }
      // Replies waiting out a 429 are dropped (counted); the rest are sent before stop() resolves.
      const drained = sendQueue.stop();
      await Promise.allSettled([...inFlight]);
      await drained;
      await sendQueue.idle();
    },
    isReady: () => ready,
  };
}
