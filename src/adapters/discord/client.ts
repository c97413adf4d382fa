import { Client, GatewayIntentBits, Options, Partials } from 'discord.js';

export interface ClientOptions {
  /** REST base URL (a proxy or a fake); the gateway address then comes from its /gateway/bot. */
  restApi?: string;
  /** Answer @mentions and DMs: needs the privileged MESSAGE_CONTENT intent. */
  messageContent?: boolean;
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
  return new Client({
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
