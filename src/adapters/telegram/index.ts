/**
 * The Telegram adapter: telegraf wired to the core. Building it touches no network; `start()` connects
 * (long polling, or a webhook mounted on the service's HTTP server).
 */
import { Telegraf, type Context } from 'telegraf';
import type { Adapter, AdapterDeps, HttpHandler } from '../adapter.js';
import { QueryStore } from './callback-data.js';
import { registerCommands } from './commands.js';
import { onCallback } from './on-callback.js';
import { onInlineQuery } from './on-inline.js';
import { onMessage } from './on-message.js';
import { DEFAULT_RATE_LIMIT, UserRateLimiter } from '../shared/rate-limit.js';
import type { HandlerDeps } from './answer-request.js';
import { DEFAULT_RETRY_POLICY, retryApiCalls, type RetryPolicy } from './retry.js';
import { labels } from '../shared/labels.js';
import { FeedbackStore } from '../shared/feedback.js';

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
  /** How Bot API calls are retried after 429 and 5xx (tests shorten the back-off). */
  retry?: Partial<RetryPolicy>;
}

const ALLOWED_UPDATES = ['message', 'callback_query', 'inline_query'] as const;
/** Inline queries allowed per message allowed. */
const INLINE_ALLOWANCE = 5;

/** Builds the Telegram adapter. See {@link TelegramAdapterOptions}. */
export function createTelegramAdapter(options: TelegramAdapterOptions): Adapter & { readonly bot: Telegraf } {
  const { planbot, logger, events } = options;
  const bot = new Telegraf(options.token, {
    // webhookReply off: every reply is a real API call, so its errors are seen and retried.
    telegram: { webhookReply: false, ...(options.apiRoot !== undefined && { apiRoot: options.apiRoot }) },
    handlerTimeout: 120_000,
  });
  const retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const rateLimit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  const onTelegramRateLimit = (method: string, retryAfterS: number) =>
    logger.warn({ method, retryAfterS }, 'Telegram asked to slow down (429); retrying after the wait');
  retryApiCalls(bot.telegram, retry, onTelegramRateLimit);

  const deps: HandlerDeps = {
    planbot,
    logger,
    events,
    limiter: new UserRateLimiter(rateLimit),
    inlineLimiter: new UserRateLimiter({
      messages: rateLimit.messages * INLINE_ALLOWANCE,
      perMs: rateLimit.perMs,
    }),
    queries: new QueryStore(),
    feedback: new FeedbackStore(),
    me: () => ({ id: bot.botInfo?.id ?? 0, username: bot.botInfo?.username ?? '' }),
  };

  const inFlight = new Set<Promise<unknown>>();
  let accepting = false;
  let ready = false;
  let polling: Promise<void> | undefined;
  let starting: Promise<void> | undefined;
  let stopping = false;

  bot.use(async (ctx, next) => {
    retryApiCalls(ctx.telegram, retry, onTelegramRateLimit);
    const handling = next();
    inFlight.add(handling);
    try {
      await handling;
    } finally {
      inFlight.delete(handling);
    }
  });
  bot.on('message', (ctx) => onMessage(deps, ctx));
  bot.on('callback_query', (ctx) => onCallback(deps, ctx));
  bot.on('inline_query', (ctx) => onInlineQuery(deps, ctx));
  bot.catch(async (err, ctx) => {
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
  });

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

  function webhookHandler(hookPath: string, secret: string): HttpHandler {
    const callback = bot.webhookCallback(hookPath, { secretToken: secret });
    return (req, res) => {
      if (!accepting) {
        // Telegram retries later, when this instance or its successor is taking updates again.
        res.writeHead(503, { 'retry-after': '5' }).end();
        return;
      }
      return callback(req, res);
    };
  }

  async function connect(): Promise<void> {
    bot.botInfo = await bot.telegram.getMe();
    await registerCommands(bot.telegram);
    if (options.webhook) {
      const url = new URL(options.webhook.url);
      options.webhook.mount(url.pathname, webhookHandler(url.pathname + url.search, options.webhook.secret));
      accepting = true;
      await bot.telegram.setWebhook(options.webhook.url, {
        secret_token: options.webhook.secret,
        allowed_updates: [...ALLOWED_UPDATES],
      });
    } else {
      await bot.telegram.deleteWebhook({ drop_pending_updates: false });
      if (stopping) return;
      accepting = true;
      // launch() would call getMe and deleteWebhook again; startPolling is the part we need.
      polling = bot['startPolling']([...ALLOWED_UPDATES]).catch((err: unknown) => {
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
    async start() {
      stopping = false;
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
      await Promise.allSettled([...inFlight]);
    },
    isReady: () => ready,
  };
}
