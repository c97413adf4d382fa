import type { SharedState } from '../../../src/adapters/shared/shared-state.js';
import pino, { type Logger } from 'pino';
import type { AdapterEvents, AnsweredEvent, FeedbackEvent, Platform } from '../../../src/adapters/adapter.js';
import { createDiscordAdapter } from '../../../src/adapters/discord/index.js';
import { createPlanBot, type PlanBot } from '../../../src/core/planbot.js';
import { FakeDiscord, type FakeDiscordOptions } from '../../helpers/fake-discord/index.js';

let sharedPlanbot: PlanBot | undefined;
/** One planbot per test file: building it loads and indexes the data. */
export function planbot(): PlanBot {
  sharedPlanbot ??= createPlanBot();
  return sharedPlanbot;
}

/** Adapter events, kept for assertions. */
export class RecordedEvents implements AdapterEvents {
  readonly answeredEvents: AnsweredEvent[] = [];
  readonly failures: { platform: Platform; err: unknown; context: Record<string, unknown> }[] = [];
  rateLimits = 0;
  answered(event: AnsweredEvent): void {
    this.answeredEvents.push(event);
  }
  failed(platform: Platform, err: unknown, context: Record<string, unknown>): void {
    this.failures.push({ platform, err, context });
  }
  rateLimited(): void {
    this.rateLimits += 1;
  }
  readonly feedbackEvents: FeedbackEvent[] = [];
  feedback(event: FeedbackEvent): void {
    this.feedbackEvents.push(event);
  }
  replyDropped(): void {}
}

/** Log lines as objects, for tests that check what was logged. */
export function memoryLogger(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}

export interface Bot {
  fake: FakeDiscord;
  adapter: ReturnType<typeof createDiscordAdapter>;
  events: RecordedEvents;
  lines: Record<string, unknown>[];
  stop(): Promise<void>;
}

/** The real adapter (real discord.js) connected to a fresh fake Discord, ready for interactions. */
export async function startBot(
  options: {
    messageContent?: boolean;
    fake?: FakeDiscordOptions;
    planbot?: PlanBot;
    rateLimit?: { messages: number; perMs: number };
    replyWithinMs?: number;
    shared?: SharedState;
  } = {},
): Promise<Bot> {
  const fake = await FakeDiscord.start(options.fake);
  const events = new RecordedEvents();
  const { logger, lines } = memoryLogger();
  const adapter = createDiscordAdapter({
    planbot: options.planbot ?? planbot(),
    logger,
    events,
    token: fake.token,
    restApi: fake.restApi,
    messageContent: options.messageContent ?? false,
    // Tests ask many questions as one user; the pace limit has its own test.
    rateLimit: options.rateLimit ?? { messages: 10_000, perMs: 60_000 },
    ...(options.replyWithinMs !== undefined ? { replyWithinMs: options.replyWithinMs } : {}),
    ...(options.shared ? { shared: options.shared } : {}),
  });
  await adapter.start();
  return {
    fake,
    adapter,
    events,
    lines,
    async stop() {
      await adapter.stop();
      await fake.stop();
    },
  };
}
