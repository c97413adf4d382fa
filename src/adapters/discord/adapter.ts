import { Events, RESTEvents, type Client, type Interaction } from 'discord.js';
import { setPlanWords as setLabelPlanWords } from '../shared/labels.js';
import { setPlanWords as setDiscordPlanWords } from './words.js';
import type { Adapter, AdapterDeps } from '../adapter.js';
import { AnswerQueue } from './answer-queue.js';
import { buildClient, type ClientOptions } from './client.js';
import { commandTable } from './commands/index.js';
import { DmChannelReaper } from './dm-channels.js';
import type { DiscordContext } from './context.js';
import { onInteraction, onMessage } from './handlers.js';
import { DEFAULT_REPLY_WITHIN_MS } from './in-time.js';
import { DEFAULT_RATE_LIMIT } from '../shared/rate-limit.js';
import { memoryState } from '../shared/shared-state.js';
import { FeedbackStore } from '../shared/feedback.js';

export interface DiscordAdapterOptions extends AdapterDeps, Pick<ClientOptions, 'identifyThrottler'> {
  token: string;
  /** DISCORD_REST_API: REST base URL; the gateway URL then comes from its /gateway/bot. */
  restApi?: string;
  /** DISCORD_GUILD_ID (used by `npm run register`, not at start-up). */
  guildId?: string;
  /** DISCORD_MESSAGE_CONTENT=true: answer @mentions and DMs (privileged intent). */
  messageContent?: boolean;
  /** Per-user pace of commands and mentions (default 6 per 20 s); autocomplete and page buttons are free. */
  rateLimit?: { messages: number; perMs: number };
  /**
   * Answer directly only when the answer can leave this soon (ms) after the user's action; otherwise
   * acknowledge first and edit the answer in (default 1500, within Discord's 3 s).
   */
  replyWithinMs?: number;
  /** How long `stop` waits for replies in flight before closing anyway. */
  drainTimeoutMs?: number;
  /** How often idle per-channel REST queues are dropped (see client.ts). */
  restSweepMs?: number;
  /** How long a REST call may take before it is retried (see client.ts). */
  restTimeoutMs?: number;
  /**
   * Milliseconds since the epoch, against which an interaction's age and an answer's cost are measured
   * (default: the system clock). Tests give a clock that advances with the work done.
   */
  clock?: () => number;
}

/**
 * Builds the Discord adapter: slash commands, autocomplete, page buttons and (optionally) mentions
 * and DMs. Building touches no network; `start` logs in and resolves once the client is ready.
 */
export function createDiscordAdapter(
  options: DiscordAdapterOptions,
): Adapter & { readonly client: Client; idle(): Promise<void> } {
  const logger = options.logger.child({ platform: 'discord' });
  setLabelPlanWords(options.planbot.planWords);
  setDiscordPlanWords(options.planbot.planWords);
  const shared = options.shared ?? memoryState();
  const ctx: DiscordContext = {
    planbot: options.planbot,
    logger,
    events: options.events,
    pages: shared.pages,
    feedback: new FeedbackStore(),
    limiter: shared.rateLimiter('discord', options.rateLimit ?? DEFAULT_RATE_LIMIT),
    answers: new AnswerQueue(undefined, undefined, options.clock),
    replyWithinMs: options.replyWithinMs ?? DEFAULT_REPLY_WITHIN_MS,
    now: options.clock ?? Date.now,
  };
  const commands = commandTable();
  const client = buildClient(options);
  const inFlight = new Set<Promise<void>>();
  let stopping = false;

  const track = (work: Promise<void>): void => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };

  const dms = new DmChannelReaper(client);
  // A gateway replay after a resume, or a second shard process during a hand-over, may deliver an
  // interaction twice; whoever claims its id first answers it.
  const answerOnce = async (interaction: Interaction): Promise<void> => {
    if (await shared.dedupe.claim(`discord:${interaction.id}`))
      await onInteraction(interaction, ctx, commands);
    else logger.debug({ interaction: interaction.id }, 'discord: interaction already answered elsewhere');
  };
  client.on(Events.InteractionCreate, (interaction) => {
    const release = dms.hold(interaction.channel);
    if (stopping) return release();
    track(answerOnce(interaction).finally(release));
  });
  client.on(Events.MessageCreate, (message) => {
    const release = dms.hold(message.channel);
    if (stopping || !options.messageContent || !client.user) return release();
    track(onMessage(message, ctx, client.user.id).finally(release));
  });
  client.on(Events.Error, (err) => {
    logger.error({ err }, 'discord: client error');
    options.events.failed('discord', err, { source: 'client' });
  });
  client.on(Events.ShardError, (err, shardId) =>
    logger.warn({ err, shardId }, 'discord: gateway connection error'),
  );
  client.on(Events.ShardReconnecting, (shardId) => logger.info({ shardId }, 'discord: gateway reconnecting'));
  client.on(Events.ShardResume, (shardId, replayed) =>
    logger.info({ shardId, replayed }, 'discord: gateway resumed'),
  );
  client.on(Events.Warn, (message) => logger.warn(message));
  // A 429 that reached us (interaction callbacks have no bucket, so discord.js only learns of one this way).
  client.rest.on(RESTEvents.Response, (request, response) => {
    if (response.status !== 429) return;
    logger.warn({ route: request.route, method: request.method }, 'discord: rate limited (429)');
    options.events.rateLimited('discord');
  });
  client.rest.on(RESTEvents.RateLimited, (info) =>
    logger.debug(
      { route: info.route, waitMs: info.timeToReset, global: info.global },
      'discord: waiting for a rate limit',
    ),
  );

  return {
    platform: 'discord',
    client,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(options.token);
      if (!client.isReady()) await ready;
      logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'discord: ready');
    },
    async stop() {
      stopping = true;
      const drainTimeoutMs = options.drainTimeoutMs ?? 5000;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, drainTimeoutMs)));
      await Promise.race([Promise.allSettled([...inFlight]), timeout]);
      clearTimeout(timer);
      await client.destroy();
    },
    isReady() {
      return !stopping && client.isReady();
    },
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
