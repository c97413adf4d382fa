import type { IIdentifyThrottler } from '@discordjs/ws';
import { Client, GatewayIntentBits, Options, Partials } from 'discord.js';

export interface ClientOptions {
  /** REST base URL (a proxy or a fake); the gateway address then comes from its /gateway/bot. */
  restApi?: string;
  /** Answer @mentions and DMs: needs the privileged MESSAGE_CONTENT intent. */
  messageContent?: boolean;
  /** How often idle REST queues are dropped (default a minute; benches shorten it). */
  restSweepMs?: number;
  /**
   * How long a REST call may take before discord.js aborts and retries it (its default, 15 s). Tests
   * raise it: their fake server shares the bot's event loop, and on a saturated machine a reply already
   * sent can reach the client after 15 s, whose retry of an interaction callback Discord refuses.
   */
  restTimeoutMs?: number;
  /**
   * Paces IDENTIFY given the bot's max_concurrency (from GET /gateway/bot): shared by every machine of
   * a fleet when set; discord.js's per-process throttler otherwise.
   */
  identifyThrottler?: (maxConcurrency: number) => IIdentifyThrottler;
}

/**
 * discord.js keeps one REST queue per channel it posted to, swept hourly by default: a bot answering
 * DMs from ever new users would hold an hour of them. Idle queues hold no rate-limit state worth keeping.
 */
const REST_SWEEP_MS = 60_000;

/** The intents the bot asks for: slash commands need only Guilds; mentions and DMs need messages. */
export function intentsFor(messageContent: boolean): GatewayIntentBits[] {
  return messageContent
    ? [
        GatewayIntentBits.Guilds,
        GatewayIntentBits.GuildMessages,
        GatewayIntentBits.DirectMessages,
        GatewayIntentBits.MessageContent,
      ]
    : [GatewayIntentBits.Guilds];
}

/** Users kept in cache besides the bot itself; handlers hold the users they need by reference. */
export const USER_CACHE_LIMIT = 100;

/**
 * A discord.js client with small caches and no mention parsing by default. Does not connect.
 * The bot needs no message history: no message is cached, users are capped (and swept hourly), and
 * DM channels, which no cache setting reaches, are dropped after use (see DmChannelReaper).
 */
export function buildClient(options: ClientOptions): Client {
  const messageContent = options.messageContent === true;
  const { identifyThrottler } = options;
  return new Client({
    ...(identifyThrottler && {
      ws: {
        buildIdentifyThrottler: async (manager) => {
          const gateway = await manager.fetchGatewayInformation();
          return identifyThrottler(gateway.session_start_limit.max_concurrency);
        },
      },
    }),
    intents: intentsFor(messageContent),
    // DM channels arrive uncached; without the Channel partial discord.js drops their messages.
    partials: messageContent ? [Partials.Channel] : [],
    rest: {
      ...(options.restApi ? { api: options.restApi } : {}),
      handlerSweepInterval: options.restSweepMs ?? REST_SWEEP_MS,
      ...(options.restTimeoutMs !== undefined ? { timeout: options.restTimeoutMs } : {}),
    },
    allowedMentions: { parse: [], repliedUser: false },
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      GuildMemberManager: { maxSize: 200, keepOverLimit: (m) => m.id === m.client.user.id },
      UserManager: { maxSize: USER_CACHE_LIMIT, keepOverLimit: (u) => u.id === u.client.user.id },
      ReactionManager: 0,
      PresenceManager: 0,
      ThreadMemberManager: 0,
    }),
    sweepers: {
      ...Options.DefaultSweeperSettings,
      users: { interval: 3_600, filter: () => (user) => user.id !== user.client.user.id },
    },
  });
}
