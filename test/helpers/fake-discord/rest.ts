/* eslint-disable @typescript-eslint/no-explicit-any -- wire bodies are arbitrary JSON that tests inspect freely */
import { InteractionType, type APIInteraction, type APIMessage } from 'discord.js';
import { snowflake } from './ids.js';
import { message, type World } from './payloads.js';
import { choiceProblems, commandProblems, messageProblems } from './validate.js';

/** An interaction the fake dispatched, with what the bot has done with it so far. */
export interface InteractionRecord {
  id: string;
  token: string;
  payload: APIInteraction;
  dispatchedAt: number;
  /** The body of the first accepted POST .../callback. */
  callback?: { type: number; data?: any };
  /** Id of the interaction's original response message (for components: the message they sit on). */
  originalId?: string;
  /** Ids of follow-up messages, in order. */
  followUpIds: string[];
}

/** A file uploaded with a message (multipart `files[n]`). */
export interface UploadedFile {
  field: string;
  name: string;
  bytes: Buffer;
}

/** A multipart/form-data request as discord.js sends one with files: `payload_json` and `files[n]`. */
export async function readMultipart(
  bytes: Buffer,
  contentType: string,
): Promise<{ body: unknown; files: UploadedFile[] }> {
  const form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
  let body: unknown;
  const files: UploadedFile[] = [];
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') {
      if (field === 'payload_json') body = JSON.parse(value);
    } else {
      files.push({ field, name: value.name, bytes: Buffer.from(await value.arrayBuffer()) });
    }
  }
  return { body, files };
}

/**
 * Attachments of a message from its uploads, as Discord lists them; problems when an embed image
 * names an `attachment://` file that was not uploaded (Discord would show nothing).
 */
function attachmentsOf(body: any, files: UploadedFile[]): { attachments: any[]; problems: string[] } {
  const attachments = files.map((f, i) => ({
    id: snowflake(),
    filename: f.name,
    size: f.bytes.length,
    url: `https://cdn.fake-discord.test/attachments/${i}/${f.name}`,
    proxy_url: `https://media.fake-discord.test/attachments/${i}/${f.name}`,
    content_type: f.name.endsWith('.png') ? 'image/png' : 'application/octet-stream',
  }));
  const problems: string[] = [];
  (Array.isArray(body?.embeds) ? body.embeds : []).forEach((embed: any, i: number) => {
    for (const key of ['image', 'thumbnail'] as const) {
      const url = embed?.[key]?.url;
      if (typeof url !== 'string') continue;
      const name = /^attachment:\/\/(.+)$/.exec(url)?.[1];
      if (name !== undefined) {
        if (!files.some((f) => f.name === name))
          problems.push(`embeds.${i}.${key}.url: no uploaded file is named ${name}`);
      } else if (!/^https?:\/\/\S+$/.test(url))
        problems.push(`embeds.${i}.${key}.url: not a well formed URL`);
    }
  });
  return { attachments, problems };
}

export interface RestReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RestState {
  world: World;
  token: string;
  gatewayUrl: () => string;
  shards: () => number;
  interactionTimeoutMs: number;
  clock: () => number;
  interactions: Map<string, InteractionRecord>;
  messages: Map<string, APIMessage>;
  commands: Map<string, unknown[]>;
  /** DM channels opened beyond the world's own (one per new user, see FakeDiscord.openDm). */
  dmChannels: Set<string>;
  /** Called when a bot message lands in a channel (for tests that await it). */
  onMessage: (msg: APIMessage) => void;
}

const json = (status: number, body?: unknown): RestReply => ({ status, body });
const error = (status: number, code: number, message: string, errors?: unknown): RestReply =>
  json(status, { message, code, ...(errors ? { errors } : {}) });
const invalidForm = (problems: string[]): RestReply => error(400, 50035, 'Invalid Form Body', problems);

/** Routes that need `Authorization: Bot <token>`; interaction callbacks and webhooks are token-in-URL. */
function needsAuth(path: string): boolean {
  return !path.startsWith('/interactions/') && !path.startsWith('/webhooks/');
}

/** Answers Discord REST routes (paths without the `/api/v10` prefix). */
export function handleRest(
  state: RestState,
  method: string,
  path: string,
  query: URLSearchParams,
  authorization: string | undefined,
  body: unknown,
  files: UploadedFile[] = [],
): RestReply {
  if (needsAuth(path) && authorization !== `Bot ${state.token}`) return error(401, 0, '401: Unauthorized');
  const { world } = state;
  let m: RegExpMatchArray | null;

  if (method === 'GET' && path === '/gateway/bot') {
    return json(200, {
      url: state.gatewayUrl(),
      shards: state.shards(),
      session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
    });
  }
  if (method === 'GET' && path === '/gateway') return json(200, { url: state.gatewayUrl() });
  if (method === 'GET' && path === '/users/@me') return json(200, world.bot);
  if (method === 'GET' && (path === '/applications/@me' || path === '/oauth2/applications/@me')) {
    return json(200, {
      id: world.applicationId,
      name: world.bot.username,
      bot: world.bot,
      flags: 0,
      description: '',
    });
  }

  if ((m = path.match(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/))) {
    const [, app, guild] = m;
    if (app !== world.applicationId) return error(403, 50001, 'Missing Access');
    if (guild !== undefined && guild !== world.guildId) return error(404, 10004, 'Unknown Guild');
    const key = guild ?? 'global';
    if (method === 'GET') return json(200, state.commands.get(key) ?? []);
    if (method === 'PUT') {
      const problems = commandProblems(body);
      if (problems.length > 0) return invalidForm(problems);
      const saved = (body as Record<string, unknown>[]).map((c) => ({
        id: snowflake(),
        application_id: app,
        ...(guild ? { guild_id: guild } : {}),
        version: snowflake(),
        type: 1,
        default_member_permissions: null,
        ...c,
      }));
      state.commands.set(key, saved);
      return json(200, saved);
    }
  }

  if (method === 'POST' && (m = path.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/))) {
    return interactionCallback(state, m[1]!, m[2]!, query, body, files);
  }

  if ((m = path.match(/^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/))) {
    const [, app, token, messageId] = m;
    const record = [...state.interactions.values()].find((r) => r.token === token);
    if (app !== world.applicationId || !record || !record.callback)
      return error(404, 10015, 'Unknown Webhook');
    return webhook(state, record, method, messageId, body, files);
  }

  if ((m = path.match(/^\/channels\/(\d+)\/messages$/)) && method === 'POST') {
    const channelId = m[1]!;
    if (channelId !== world.channelId && channelId !== world.dmChannelId && !state.dmChannels.has(channelId))
      return error(404, 10003, 'Unknown Channel');
    const uploads = attachmentsOf(body, files);
    const problems = [...messageProblems(body), ...uploads.problems];
    if (problems.length > 0) return invalidForm(problems);
    const b = body as Record<string, any>;
    if (!b.content && !(b.embeds?.length > 0) && files.length === 0)
      return error(400, 50006, 'Cannot send an empty message');
    const reference = b.message_reference;
    const msg = message({
      channel_id: channelId,
      ...(channelId === world.channelId ? { guild_id: world.guildId } : {}),
      author: world.bot,
      type: reference ? 19 : 0,
      content: b.content ?? '',
      embeds: b.embeds ?? [],
      components: b.components ?? [],
      flags: b.flags ?? 0,
      attachments: uploads.attachments,
      ...(reference ? { message_reference: reference } : {}),
    });
    state.messages.set(msg.id, msg);
    state.onMessage(msg);
    return json(200, msg);
  }
  if ((m = path.match(/^\/channels\/(\d+)\/typing$/)) && method === 'POST') return json(204);

  return error(404, 0, `404: Not Found (${method} ${path})`);
}

function interactionCallback(
  state: RestState,
  id: string,
  token: string,
  query: URLSearchParams,
  body: unknown,
  files: UploadedFile[],
): RestReply {
  const record = state.interactions.get(id);
  if (!record || record.token !== token) return error(404, 10062, 'Unknown interaction');
  if (state.clock() - record.dispatchedAt > state.interactionTimeoutMs)
    return error(404, 10062, 'Unknown interaction');
  if (record.callback) return error(400, 40060, 'Interaction has already been acknowledged.');
  const b = body as { type?: number; data?: any };
  const { world } = state;
  const base = {
    channel_id: world.channelId,
    author: world.bot,
    webhook_id: world.applicationId,
    application_id: world.applicationId,
  };
  switch (b.type) {
    case 4: // CHANNEL_MESSAGE_WITH_SOURCE
    case 5: {
      // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
      const uploads = attachmentsOf(b.data, files);
      if (b.type === 4) {
        const problems = [...messageProblems(b.data), ...uploads.problems];
        if (problems.length > 0) return invalidForm(problems);
        if (!b.data?.content && !(b.data?.embeds?.length > 0) && files.length === 0)
          return error(400, 50006, 'Cannot send an empty message');
      }
      const msg = message({
        ...base,
        channel_id: record.payload.channel?.id ?? world.channelId,
        type: record.payload.type === InteractionType.ApplicationCommand ? 20 : 0,
        content: b.type === 4 ? (b.data?.content ?? '') : '',
        embeds: b.type === 4 ? (b.data?.embeds ?? []) : [],
        components: b.type === 4 ? (b.data?.components ?? []) : [],
        attachments: b.type === 4 ? uploads.attachments : [],
        // 128 = LOADING: "PlanBot is thinking..."
        flags: (b.data?.flags ?? 0) | (b.type === 5 ? 128 : 0),
      });
      state.messages.set(msg.id, msg);
      record.originalId = msg.id;
      break;
    }
    case 6: // DEFERRED_UPDATE_MESSAGE
      if (record.payload.type !== InteractionType.MessageComponent)
        return error(400, 50035, 'Invalid Form Body', ['type: only for components']);
      break;
    case 7: {
      // UPDATE_MESSAGE
      if (record.payload.type !== InteractionType.MessageComponent)
        return error(400, 50035, 'Invalid Form Body', ['type: only for components']);
      const problems = messageProblems(b.data);
      if (problems.length > 0) return invalidForm(problems);
      const original = state.messages.get(record.originalId ?? '');
      if (original)
        Object.assign(original, pickMessageFields(b.data), { edited_timestamp: new Date().toISOString() });
      break;
    }
    case 8: {
      // APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
      if (record.payload.type !== InteractionType.ApplicationCommandAutocomplete)
        return error(400, 50035, 'Invalid Form Body', ['type: only for autocomplete']);
      const problems = choiceProblems(b.data);
      if (problems.length > 0) return invalidForm(problems);
      break;
    }
    case 9: // MODAL
      break;
    default:
      return invalidForm([`type: unknown interaction callback type ${String(b.type)}`]);
  }
  record.callback = { type: b.type, data: b.data };
  if (query.get('with_response') === 'true') {
    const resource = record.originalId
      ? { type: b.type, message: state.messages.get(record.originalId) }
      : { type: b.type };
    return json(200, { interaction: { id, type: record.payload.type }, resource });
  }
  return json(204);
}

function pickMessageFields(data: any): Partial<APIMessage> {
  const out: Record<string, unknown> = {};
  for (const key of ['content', 'embeds', 'components', 'flags'] as const)
    if (data?.[key] !== undefined) out[key] = data[key];
  return out;
}

function webhook(
  state: RestState,
  record: InteractionRecord,
  method: string,
  messageId: string | undefined,
  body: unknown,
  files: UploadedFile[],
): RestReply {
  const { world } = state;
  const uploads = attachmentsOf(body, files);
  if (messageId === undefined && method === 'POST') {
    const problems = [...messageProblems(body), ...uploads.problems];
    if (problems.length > 0) return invalidForm(problems);
    const b = body as Record<string, any>;
    if (!b.content && !(b.embeds?.length > 0) && files.length === 0)
      return error(400, 50006, 'Cannot send an empty message');
    const msg = message({
      channel_id: record.payload.channel?.id ?? world.channelId,
      author: world.bot,
      webhook_id: world.applicationId,
      application_id: world.applicationId,
      content: b.content ?? '',
      embeds: b.embeds ?? [],
      components: b.components ?? [],
      flags: b.flags ?? 0,
      attachments: uploads.attachments,
    });
    state.messages.set(msg.id, msg);
    record.followUpIds.push(msg.id);
    return json(200, msg);
  }
  const id = messageId === '@original' ? record.originalId : messageId;
  const target = id === undefined ? undefined : state.messages.get(id);
  if (!target) return error(404, 10008, 'Unknown Message');
  if (method === 'GET') return json(200, target);
  if (method === 'DELETE') {
    state.messages.delete(target.id);
    return json(204);
  }
  if (method === 'PATCH') {
    const problems = [...messageProblems(body), ...uploads.problems];
    if (problems.length > 0) return invalidForm(problems);
    const fields = pickMessageFields(body);
    if (files.length > 0) (fields as any).attachments = uploads.attachments;
    // Editing a deferred reply ends its LOADING state but keeps EPHEMERAL.
    const flags = ((target.flags ?? 0) & ~128) | (fields.flags ?? 0);
    Object.assign(target, fields, { flags, edited_timestamp: new Date().toISOString() });
    return json(200, target);
  }
  return error(405, 0, '405: Method Not Allowed');
}
