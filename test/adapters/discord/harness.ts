import { HANG_GUARD_MS } from '../../helpers/hang-guard.js';
import type { SharedState } from '../../../src/adapters/shared/shared-state.js';
import type { AdapterEvents, AnsweredEvent, FeedbackEvent, Platform } from '../../../src/adapters/adapter.js';
import { createDiscordAdapter } from '../../../src/adapters/discord/index.js';
import { createPlanBot, type PlanBot } from '../../../src/core/planbot.js';
import { memoryLogger } from '../../helpers/memory-logger.js';
import { FakeDiscord, type FakeDiscordOptions } from '../../helpers/fake-discord/index.js';

let sharedPlanbot: PlanBot | undefined;
/** One planbot per test file: building it loads and indexes the data. */
export function planbot(): PlanBot {
  sharedPlanbot ??= createPlanBot();
  return sharedPlanbot;
}

/**
 * Time as the adapter and the fake Discord see it (startBot's `clock`): it moves only when an answer
 * is computed, by a set cost each (see slowPlanbot). Whether an interaction was acknowledged within its
 * window then depends on how many answers the adapter computed first, not on how busy the machine is.
 */
export function workClock(): { now: () => number; work: (ms: number) => void } {
  let now = Date.now();
  return { now: () => now, work: (ms) => (now += ms) };
}

/** The real core, made slow: every answer first spends `ms` of the work clock. */
export function slowPlanbot(clock: ReturnType<typeof workClock>, ms: number): PlanBot {
  const base = planbot();
  return {
    ...base,
    run(request) {
      clock.work(ms);
      return base.run(request);
    },
  };
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
export { memoryLogger };

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
    /** One clock for the fake and the adapter (see FakeDiscordOptions.clock). */
    clock?: () => number;
  } = {},
): Promise<Bot> {
  const fake = await FakeDiscord.start({
    ...options.fake,
    ...(options.clock !== undefined ? { clock: options.clock } : {}),
  });
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
    ...(options.clock !== undefined ? { clock: options.clock } : {}),
    // The fake answers on this event loop: a busy machine must not turn a slow reply into a retry.
    restTimeoutMs: HANG_GUARD_MS,
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
