/** Starts the real adapter (real telegraf, bundled data) against a fresh fake Bot API. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type {
  AdapterEvents,
  AnsweredEvent,
  FeedbackEvent,
  HttpHandler,
} from '../../../src/adapters/adapter.js';
import { createTelegramAdapter, type TelegramAdapterOptions } from '../../../src/adapters/telegram/index.js';
import { createPlanBot, type PlanBot } from '../../../src/core/planbot.js';
import { ManualClock } from '../../helpers/manual-clock.js';
import { FakeTelegram, type FakeTelegramOptions } from '../../helpers/fake-telegram/index.js';

let shared: PlanBot | undefined;
/** One core for all Telegram tests in a process (loading and indexing the data is the slow part). */
export function planbot(): PlanBot {
  shared ??= createPlanBot();
  return shared;
}

/** AdapterEvents that remember what they heard. */
export class RecordingEvents implements AdapterEvents {
  readonly answeredEvents: AnsweredEvent[] = [];
  readonly failures: { err: unknown; context: Record<string, unknown> }[] = [];
  rateLimitedCount = 0;
  answered(event: AnsweredEvent): void {
    this.answeredEvents.push(event);
  }
  failed(_platform: string, err: unknown, context: Record<string, unknown>): void {
    this.failures.push({ err, context });
  }
  rateLimited(): void {
    this.rateLimitedCount += 1;
  }
  readonly feedbackEvents: FeedbackEvent[] = [];
  feedback(event: FeedbackEvent): void {
    this.feedbackEvents.push(event);
  }
  readonly dropped: Record<string, unknown>[] = [];
  replyDropped(_platform: string, context: Record<string, unknown>): void {
    this.dropped.push(context);
  }
}

export interface Harness {
  tg: FakeTelegram;
  adapter: ReturnType<typeof createTelegramAdapter>;
  events: RecordingEvents;
  /** The webhook server (webhook mode only). */
  webhookServer?: Server;
  stop(): Promise<void>;
}

export interface HarnessOptions extends FakeTelegramOptions {
  rateLimit?: TelegramAdapterOptions['rateLimit'];
  /** Webhook mode with this secret: a local HTTP server stands in for the service's. */
  webhookSecret?: string;
  /** Leave the adapter built but not started. */
  noStart?: boolean;
  /** Another core (default: the bundled data's, shared). */
  planbot?: PlanBot;
  /** Telegram's real send limits by default are lifted here so tests run fast; these override. */
  sendLimits?: TelegramAdapterOptions['sendLimits'];
  clock?: TelegramAdapterOptions['clock'];
}

/** No per-chat, group or global pacing, and back-offs of milliseconds. */
const FAST_SENDS = { perChatMs: 0, groupPerMinute: 1e9, globalPerSecond: 1e9, backoffMs: () => 5 };

/** Builds and starts the adapter on a new fake; back-offs are shortened so retries take milliseconds. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const tg = await FakeTelegram.start({ maxPollHoldMs: 300, ...options });
  const events = new RecordingEvents();
  let webhookServer: Server | undefined;
  let webhook: TelegramAdapterOptions['webhook'];
  if (options.webhookSecret !== undefined) {
    const mounts = new Map<string, HttpHandler>();
    webhookServer = createServer((req, res) => {
      const handler = mounts.get(new URL(req.url ?? '/', 'http://x').pathname);
      if (handler) void handler(req, res);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => webhookServer!.listen(0, '127.0.0.1', resolve));
    const port = (webhookServer.address() as AddressInfo).port;
    webhook = {
      url: `http://127.0.0.1:${port}/telegram/hook`,
      secret: options.webhookSecret,
      mount: (path, handler) => mounts.set(path, handler),
    };
  }
  const adapter = createTelegramAdapter({
    planbot: options.planbot ?? planbot(),
    logger: pino({ level: 'silent' }),
    events,
    token: tg.token,
    apiRoot: tg.apiRoot,
    sendLimits: { ...FAST_SENDS, ...options.sendLimits },
    ...(options.clock && { clock: options.clock }),
    ...(options.rateLimit && { rateLimit: options.rateLimit }),
    ...(webhook && { webhook }),
  });
  tg.settle = () => adapter.idle();
  if (!options.noStart) await adapter.start();
  return {
    tg,
    adapter,
    events,
    ...(webhookServer && { webhookServer }),
    async stop() {
      const stopped = adapter.stop();
      // On a manual clock the send queue's grace period passes only when time is moved on.
      if (options.clock instanceof ManualClock) await options.clock.advanceUntil(stopped);
      await stopped;
      webhookServer?.closeAllConnections();
      webhookServer?.close();
      await tg.close();
    },
  };
}
