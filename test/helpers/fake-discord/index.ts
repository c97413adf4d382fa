/* eslint-disable @typescript-eslint/no-explicit-any -- wire bodies are arbitrary JSON that tests inspect freely */
/**
 * A fake Discord for end-to-end tests: REST (node:http) and the gateway (ws) on one 127.0.0.1 port.
 * The real discord.js connects to it with `rest: { api: fake.restApi }`; tests dispatch interactions
 * and messages as users, await what the bot sends back, and inject REST failures or gateway drops.
 *
 * ```ts
 * const fake = await FakeDiscord.start();
 * // ... start the bot with token fake.token, restApi fake.restApi, then:
 * await fake.ready();
 * const ask = fake.slash('ask', { question: '...' });
 * const reply = await fake.reply(ask); // the message the user sees
 * await fake.stop();
 * ```
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { APIInteraction, APIMessage, APIUser } from 'discord.js';
import { WebSocketServer } from 'ws';
import { faultReply, FaultPlan, type Fault } from './faults.js';
import { FakeGateway, Intents, type GatewayLogEntry } from './gateway.js';
import { opaqueToken, snowflake } from './ids.js';
import {
  commandOptions,
  dmChannel,
  guildChannel,
  makeWorld,
  member,
  message,
  type OptionValues,
  type World,
} from './payloads.js';
import { handleRest, readMultipart, type InteractionRecord, type UploadedFile } from './rest.js';
import { HANG_GUARD_MS } from '../hang-guard.js';

export { embedProblems, messageProblems } from './validate.js';
export type { Fault } from './faults.js';
export type { World } from './payloads.js';
export type { InteractionRecord, UploadedFile } from './rest.js';
export { Intents } from './gateway.js';

/** One REST request the bot made, as the fake received it. */
export interface RecordedRequest {
  method: string;
  /** Path without the `/api/v10` prefix, e.g. `/interactions/123/abc/callback`. */
  path: string;
  query: URLSearchParams;
  body: any;
  /** Files uploaded with the request (multipart/form-data: `files[n]` beside `payload_json`). */
  files: UploadedFile[];
  headers: IncomingMessage['headers'];
  /** Status the fake answered with. */
  status: number;
  at: number;
}

export interface FakeDiscordOptions {
  /** Bot token the fake accepts (REST `Authorization: Bot <token>`, gateway IDENTIFY). */
  token?: string;
  /** Heartbeat interval sent in HELLO. */
  heartbeatIntervalMs?: number;
  /** Shards recommended by GET /gateway/bot. */
  shards?: number;
  /** After this long an interaction can no longer be acknowledged (Discord: 3 s). */
  interactionTimeoutMs?: number;
  /** Dispatches a gateway session keeps for RESUME (default 1000); older ones are gone. */
  replayLimit?: number;
  /**
   * Milliseconds since the epoch (default Date.now): when interactions are created (their snowflakes),
   * dispatched and acknowledged, and so whether an acknowledgement came within `interactionTimeoutMs`.
   * Give the bot under test the same clock to judge its timing by the work it did, not by the machine.
   */
  clock?: () => number;
}

export interface InteractionOptions {
  user?: APIUser;
  /** The user's client language, e.g. `en-US`, `zh-CN`, `zh-TW`. */
  locale?: string;
  /** In the guild channel (default) or in the DM with the user. */
  dm?: boolean;
  /** How long ago the user acted: the interaction id (a snowflake) then dates from then. */
  ageMs?: number;
}

const DEFAULT_TOKEN = 'MTA.fake-discord-token.for-tests-only';

export class FakeDiscord {
  readonly world: World = makeWorld();
  readonly token: string;
  /** Every REST request, in arrival order. */
  readonly requests: RecordedRequest[] = [];
  /** Every REST request as it arrives, before any delay a fault adds (method and path only). */
  readonly arrivals: { method: string; path: string }[] = [];
  /** Gateway connections, identifies, resumes and closes, in order. */
  readonly gatewayLog: GatewayLogEntry[] = [];
  readonly interactions = new Map<string, InteractionRecord>();
  readonly messages = new Map<string, APIMessage>();
  /** Registered commands by scope: `global` or a guild id. */
  readonly commands = new Map<string, unknown[]>();
  /** DM channels opened with {@link openDm}. */
  readonly dmChannels = new Set<string>();
  private readonly faults = new FaultPlan();
  private readonly gateway: FakeGateway;
  private readonly wss: WebSocketServer;
  private readonly waiters = new Set<() => void>();
  private readonly options: Required<FakeDiscordOptions>;
  private port = 0;

  private constructor(
    private readonly server: Server,
    options: FakeDiscordOptions,
  ) {
    this.options = {
      token: DEFAULT_TOKEN,
      heartbeatIntervalMs: 41_250,
      shards: 1,
      interactionTimeoutMs: 3000,
      replayLimit: 1000,
      clock: Date.now,
      ...options,
    };
    this.token = this.options.token;
    this.gateway = new FakeGateway({
      world: this.world,
      token: this.token,
      heartbeatIntervalMs: this.options.heartbeatIntervalMs,
      replayLimit: this.options.replayLimit,
      resumeUrl: () => this.gatewayUrl,
      log: (entry) => {
        this.gatewayLog.push(entry);
        this.notify();
      },
    });
    this.wss = new WebSocketServer({ noServer: true });
    server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/gateway')) {
        socket.destroy();
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.gateway.accept(ws, req));
    });
    server.on('request', (req, res) => void this.onHttp(req, res));
  }

  /** Starts the fake on 127.0.0.1 at a free port. */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const server = createServer();
    const fake = new FakeDiscord(server, options);
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    fake.port = (server.address() as AddressInfo).port;
    return fake;
  }

  /** REST base URL for discord.js (`rest: { api }`) and DISCORD_REST_API. */
  get restApi(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** Gateway URL as GET /gateway/bot reports it (and READY's resume_gateway_url). */
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  /** Open gateway sockets plus open HTTP connections: 0 once every client has hung up. */
  async openConnections(): Promise<number> {
    const http = await new Promise<number>((resolve) => this.server.getConnections((_e, n) => resolve(n)));
    return http;
  }

  // ---- waiting -------------------------------------------------------------------------------

  /** Resolves with the first value `probe` returns that is not undefined, checked on every change. */
  async until<T>(probe: () => T | undefined, timeoutMs = HANG_GUARD_MS, what = 'condition'): Promise<T> {
    const now = probe();
    if (now !== undefined) return now;
    return new Promise<T>((resolve, reject) => {
      const check = (): void => {
        const value = probe();
        if (value === undefined) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(value);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`FakeDiscord: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      this.waiters.add(check);
    });
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  /** Waits until a client has identified (or resumed) and received its guild. */
  async ready(timeoutMs = HANG_GUARD_MS): Promise<void> {
    await this.until(
      () => (this.gatewayLog.some((e) => e.kind === 'identify') ? true : undefined),
      timeoutMs,
      'a gateway IDENTIFY',
    );
  }

  /** The first REST request (already made or still to come) that matches. */
  request(
    match: (r: RecordedRequest) => boolean,
    timeoutMs = HANG_GUARD_MS,
    what = 'a REST request',
  ): Promise<RecordedRequest> {
    return this.until(() => this.requests.find(match), timeoutMs, what);
  }

  // ---- acting as users -----------------------------------------------------------------------

  private interactionBase(type: number, options: InteractionOptions): Record<string, unknown> {
    const user = options.user ?? this.world.users.alice;
    const where = options.dm
      ? { channel: dmChannel(this.world, user), channel_id: this.world.dmChannelId, user, context: 1 }
      : {
          channel: guildChannel(this.world),
          channel_id: this.world.channelId,
          guild_id: this.world.guildId,
          guild_locale: 'zh-CN',
          member: member(user),
          guild: { id: this.world.guildId, locale: 'zh-CN', features: [] },
          context: 0,
        };
    return {
      id: snowflake(this.options.clock() - (options.ageMs ?? 0)),
      application_id: this.world.applicationId,
      type,
      token: opaqueToken(),
      version: 1,
      locale: options.locale ?? 'zh-CN',
      app_permissions: '2251799813685247',
      entitlements: [],
      authorizing_integration_owners: { '0': this.world.guildId },
      attachment_size_limit: 10_485_760,
      ...where,
    };
  }

  /** Sends any INTERACTION_CREATE payload; returns its record (id, token, what the bot answered). */
  dispatchInteraction(payload: Record<string, unknown>): InteractionRecord {
    const record: InteractionRecord = {
      id: String(payload.id),
      token: String(payload.token),
      payload: payload as unknown as APIInteraction,
      dispatchedAt: this.options.clock(),
      followUpIds: [],
    };
    this.interactions.set(record.id, record);
    const guildId = typeof payload.guild_id === 'string' ? payload.guild_id : undefined;
    if (!this.gateway.dispatch('INTERACTION_CREATE', payload, guildId)) {
      throw new Error('FakeDiscord: no gateway session to dispatch the interaction to');
    }
    return record;
  }

  /** A user runs a slash command, e.g. `slash('ask', { question: '...' })`. */
  slash(name: string, values: OptionValues = {}, options: InteractionOptions = {}): InteractionRecord {
    const payload = this.interactionBase(2, options);
    payload.data = { id: this.commandId(name), name, type: 1, options: commandOptions(values) };
    return this.dispatchInteraction(payload);
  }

  /** A user types into an autocompleted option; `focused` names the option being typed. */
  autocomplete(
    name: string,
    values: OptionValues,
    focused: string,
    options: InteractionOptions = {},
  ): InteractionRecord {
    const payload = this.interactionBase(4, options);
    payload.data = { id: this.commandId(name), name, type: 1, options: commandOptions(values, focused) };
    return this.dispatchInteraction(payload);
  }

  /** A user presses the button `customId` on `onMessage` (a message the bot sent). */
  press(customId: string, onMessage: APIMessage, options: InteractionOptions = {}): InteractionRecord {
    const payload = this.interactionBase(3, options);
    payload.data = { custom_id: customId, component_type: 2 };
    payload.message = onMessage;
    const record = this.dispatchInteraction(payload);
    record.originalId = onMessage.id;
    return record;
  }

  /**
   * A user posts a message, in the guild channel or (dm) in the DM with the bot. As real Discord does,
   * the content reaches the bot only with the MESSAGE_CONTENT intent, or in DMs and mentions of it.
   * Returns the message, or undefined when the bot's intents mean it never receives it.
   */
  post(
    content: string,
    options: { user?: APIUser; dm?: boolean; dmChannelId?: string; mentionsBot?: boolean } = {},
  ): APIMessage | undefined {
    const author = options.user ?? this.world.users.alice;
    const mentionsBot = options.mentionsBot ?? content.includes(`<@${this.world.bot.id}>`);
    const msg = message({
      channel_id: options.dm ? (options.dmChannelId ?? this.world.dmChannelId) : this.world.channelId,
      author,
      content,
      mentions: mentionsBot ? [this.world.bot] : [],
      mention_everyone: /@everyone|@here/.test(content),
    });
    this.messages.set(msg.id, msg);
    const guildId = options.dm ? undefined : this.world.guildId;
    const intents = this.gateway.intentsOf(guildId) ?? 0;
    const needed = options.dm ? Intents.DirectMessages : Intents.GuildMessages;
    if ((intents & needed) === 0) return undefined;
    const seesContent = (intents & Intents.MessageContent) !== 0 || options.dm || mentionsBot;
    const dispatched = {
      ...msg,
      content: seesContent ? content : '',
      // Discord adds the channel type to MESSAGE_CREATE; discord.js needs it to build an uncached DM channel.
      channel_type: options.dm ? 1 : 0,
      ...(guildId ? { guild_id: guildId, member: { ...member(author), user: undefined } } : {}),
    };
    this.gateway.dispatch('MESSAGE_CREATE', dispatched, guildId);
    return msg;
  }

  /** A new DM channel (for a user who never wrote to the bot before); pass its id to `post` as `dmChannelId`. */
  openDm(): string {
    const id = snowflake();
    this.dmChannels.add(id);
    return id;
  }

  private commandId(name: string): string {
    const registered = [...this.commands.values()].flat() as { id: string; name: string }[];
    return registered.find((c) => c.name === name)?.id ?? snowflake();
  }

  // ---- what the bot answered -----------------------------------------------------------------

  /** The body of the bot's interaction callback (`{ type, data }`), once it arrives. */
  async callback(
    record: InteractionRecord,
    timeoutMs = HANG_GUARD_MS,
  ): Promise<{ type: number; data?: any }> {
    return this.until(() => record.callback, timeoutMs, `the callback of interaction ${record.id}`);
  }

  /**
   * The message the user sees as the answer: the reply itself, or for a deferred reply the
   * message once the bot has edited it (no longer "thinking").
   */
  async reply(record: InteractionRecord, timeoutMs = HANG_GUARD_MS): Promise<APIMessage> {
    return this.until(
      () => {
        const msg = this.original(record);
        if (!record.callback || !msg) return undefined;
        if ((record.callback.type === 5 || record.callback.type === 6) && !msg.edited_timestamp)
          return undefined;
        return msg;
      },
      timeoutMs,
      `the reply to interaction ${record.id}`,
    );
  }

  /** The interaction's original message as it stands now. */
  original(record: InteractionRecord): APIMessage | undefined {
    return record.originalId === undefined ? undefined : this.messages.get(record.originalId);
  }

  /** Follow-up messages of an interaction, waiting until there are at least `count`. */
  async followUps(record: InteractionRecord, count = 1, timeoutMs = HANG_GUARD_MS): Promise<APIMessage[]> {
    return this.until(
      () =>
        record.followUpIds.length >= count
          ? record.followUpIds.map((id) => this.messages.get(id)!)
          : undefined,
      timeoutMs,
      `${count} follow-up(s) of interaction ${record.id}`,
    );
  }

  /** The bot's reply to a user's message (POST /channels/:id/messages referencing it). */
  async replyTo(userMessage: APIMessage, timeoutMs = HANG_GUARD_MS): Promise<APIMessage> {
    return this.until(
      () =>
        [...this.messages.values()].find(
          (m) => m.author.id === this.world.bot.id && m.message_reference?.message_id === userMessage.id,
        ),
      timeoutMs,
      `the reply to message ${userMessage.id}`,
    );
  }

  // ---- faults --------------------------------------------------------------------------------

  /**
   * The next `times` requests matching `method` and `path` (without /api/v10) get `fault`:
   * a 5xx, a 429 with Retry-After and the X-RateLimit-* headers, or a delay.
   */
  fail(match: { method?: string; path: RegExp | string }, fault: Fault, times = 1): void {
    this.faults.add({ ...match, fault, remaining: times });
  }

  /** Closes every gateway connection with `code`; 4000 (unknown error) makes discord.js resume. */
  dropGateway(code = 4000): void {
    this.gateway.closeAll(code);
  }

  /** How many dispatches each gateway session keeps for replay (bounded by `replayLimit`). */
  replayBacklogs(): number[] {
    return [...this.gateway.sessions.values()].map((s) => s.events.length);
  }

  /** Sends opcode 7 RECONNECT to every client. */
  requestReconnect(): void {
    this.gateway.requestReconnect();
  }

  // ---- lifecycle -----------------------------------------------------------------------------

  /** Closes the gateway, every HTTP connection and the server. */
  async stop(): Promise<void> {
    for (const waiter of this.waiters) this.waiters.delete(waiter);
    this.gateway.terminateAll();
    this.wss.close();
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = decodeURIComponent(url.pathname).replace(/^\/api(\/v\d+)?/, '');
    const method = req.method ?? 'GET';
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    const type = req.headers['content-type'] ?? '';
    let body: unknown;
    let files: UploadedFile[] = [];
    if (type.startsWith('multipart/form-data')) {
      ({ body, files } = await readMultipart(bytes, type));
    } else {
      const raw = bytes.toString('utf8');
      try {
        body = raw.length > 0 ? JSON.parse(raw) : undefined;
      } catch {
        body = raw;
      }
    }
    this.arrivals.push({ method, path });
    const fault = this.faults.take(method, path);
    let reply: { status: number; body?: unknown; headers?: Record<string, string> };
    if (fault && 'delayMs' in fault) await sleep(fault.delayMs);
    if (fault && !('delayMs' in fault))
      reply = faultReply(fault, `bucket-${method}-${path.split('/')[1] ?? ''}`);
    else {
      reply = handleRest(
        {
          world: this.world,
          token: this.token,
          gatewayUrl: () => this.gatewayUrl,
          shards: () => this.options.shards,
          interactionTimeoutMs: this.options.interactionTimeoutMs,
          clock: this.options.clock,
          interactions: this.interactions,
          messages: this.messages,
          commands: this.commands,
          dmChannels: this.dmChannels,
          onMessage: () => {},
        },
        method,
        path,
        url.searchParams,
        req.headers.authorization,
        body,
        files,
      );
    }
    this.requests.push({
      method,
      path,
      query: url.searchParams,
      body,
      files,
      headers: req.headers,
      status: reply.status,
      at: this.options.clock(),
    });
    const headers: Record<string, string> = { ...reply.headers };
    if (reply.body !== undefined) headers['content-type'] = 'application/json';
    res.writeHead(reply.status, headers);
    res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
    this.notify();
  }
}
