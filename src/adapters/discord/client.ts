import type { IIdentifyThrottler } from '@discordjs/ws';
import { Client, GatewayIntentBits, Options, Partials } from 'discord.js';

export interface ClientOptions {
  /** REST base URL (a proxy or a fake); the gateway address then comes from its /gateway/bot. */
  restApi?: string;
  /** Answer @mentions and DMs: needs the privileged MESSAGE_CONTENT intent. */
  messageContent?: boolean;
  /**
   * Paces IDENTIFY given the bot's max_concurrency (from GET /gateway/bot): shared by every machine of
   * a fleet when set; discord.js's per-process throttler otherwise.
   */
  identifyThrottler?: (maxConcurrency: number) => IIdentifyThrottler;
}

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

/** A discord.js client with small caches and no mention parsing by default. Does not connect. */
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
    ...(options.restApi ? { rest: { api: options.restApi } } : {}),
    allowedMentions: { parse: [], repliedUser: false },
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 25,
      GuildMemberManager: { maxSize: 200, keepOverLimit: (m) => m.id === m.client.user.id },
      UserManager: 1000,
    }),
  });
}
