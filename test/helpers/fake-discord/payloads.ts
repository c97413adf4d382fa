import type {
  APIApplicationCommandInteractionDataOption,
  APIInteractionGuildMember,
  GuildMemberFlags,
  APIMessage,
  APIUser,
} from 'discord.js';
import { snowflake } from './ids.js';

/** The people, places and ids of a fake Discord world. */
export interface World {
  applicationId: string;
  bot: APIUser;
  guildId: string;
  guildName: string;
  /** A text channel in the guild. */
  channelId: string;
  /** The DM channel between the bot and `users.alice`. */
  dmChannelId: string;
  users: { alice: APIUser; bob: APIUser };
}

export function makeUser(username: string, bot = false): APIUser {
  return {
    id: snowflake(),
    username,
    discriminator: '0',
    global_name: username,
    avatar: null,
    ...(bot ? { bot: true } : {}),
  };
}

export function makeWorld(): World {
  const bot = makeUser('PlanBot', true);
  return {
    applicationId: bot.id,
    bot,
    guildId: snowflake(),
    guildName: '长三角 Test Server',
    channelId: snowflake(),
    dmChannelId: snowflake(),
    users: { alice: makeUser('alice'), bob: makeUser('bob') },
  };
}

/** Every permission bit set: the fake never refuses for want of a permission. */
export const ALL_PERMISSIONS = '2251799813685247';

/** A guild member as interactions carry it (with the member's permissions in the channel). */
export function member(user: APIUser): APIInteractionGuildMember {
  return {
    avatar: null,
    banner: null,
    user,
    roles: [],
    joined_at: '2024-01-01T00:00:00.000Z',
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    permissions: ALL_PERMISSIONS,
  };
}

export function guildChannel(world: World): Record<string, unknown> {
  return {
    id: world.channelId,
    type: 0,
    guild_id: world.guildId,
    name: 'general',
    position: 0,
    permission_overwrites: [],
    nsfw: false,
    parent_id: null,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0,
  };
}

export function dmChannel(world: World, user: APIUser): Record<string, unknown> {
  return {
    id: world.dmChannelId,
    type: 1,
    recipients: [user],
    last_message_id: null,
    flags: 0,
  };
}

/** The GUILD_CREATE payload: the guild with one text channel, the @everyone role and the bot as member. */
export function guildCreate(world: World): Record<string, unknown> {
  return {
    id: world.guildId,
    name: world.guildName,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: world.users.alice.id,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      {
        id: world.guildId,
        name: '@everyone',
        color: 0,
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position: 0,
        permissions: ALL_PERMISSIONS,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: 'zh-CN',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    joined_at: '2024-01-01T00:00:00.000Z',
    large: false,
    unavailable: false,
    member_count: 3,
    voice_states: [],
    members: [member(world.bot)],
    channels: [guildChannel(world)],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** A message as Discord returns it from REST or dispatches it over the gateway. */
export function message(
  fields: Partial<APIMessage> & { channel_id: string; author: APIUser; content?: string },
): APIMessage {
  return {
    id: snowflake(),
    type: 0,
    content: '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    flags: 0,
    ...fields,
  } as APIMessage;
}

/** Option values as a user fills them in; numbers become INTEGER options, strings STRING options. */
export type OptionValues = Record<string, string | number | boolean>;

export function commandOptions(
  values: OptionValues,
  focused?: string,
): APIApplicationCommandInteractionDataOption[] {
  return Object.entries(values).map(([name, value]) => {
    const type =
      typeof value === 'number' ? (Number.isInteger(value) ? 4 : 10) : typeof value === 'boolean' ? 5 : 3;
    return {
      name,
      type,
      value,
      ...(name === focused ? { focused: true } : {}),
    } as APIApplicationCommandInteractionDataOption;
  });
}
