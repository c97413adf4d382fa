/**
 * A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests of the real telegraf client: queue
 * updates as users would send them, let the bot long-poll (or receive webhooks), record every call,
 * check what the bot sends the way Telegram does, and inject faults (429 with retry_after, 5xx, delays).
 *
 * ```ts
 * const tg = await FakeTelegram.start();
 * const bot = createTelegramAdapter({ token: tg.token, apiRoot: tg.apiRoot, ... });
 * await bot.start();
 * const { updateId, message } = tg.userSays(tg.user(), '/areas');
 * await tg.processed(updateId);
 * tg.sentMessages()  // what the bot answered
 * ```
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BadRequest, parseText, type UploadedFile } from './validate.js';
import { FakeBotApi, NotFound } from './bot-api.js';
import { detectEntities } from './entities.js';
import type {
  Failure,
  RecordedCall,
  SentMessage,
  SentPhoto,
  TgChat,
  TgMessage,
  TgUpdate,
  TgUser,
} from './types.js';
import { HANG_GUARD_MS } from '../hang-guard.js';

export interface FakeTelegramOptions {
  /** The bot's @username (default `PlanBot`). */
  username?: string;
  /** Longest a getUpdates request is held when nothing is queued (default 500 ms; the bot's own timeout wins when shorter). */
  maxPollHoldMs?: number;
}

interface PollWaiter {
  res: ServerResponse;
  call: RecordedCall;
  offset: number;
  limit: number;
  timer: NodeJS.Timeout;
}

interface CallWaiter {
  check: () => boolean;
}

const BOT_ID = 7_000_000_001;

export class FakeTelegram {
  /** A syntactically valid token; calls with any other token get 401 Unauthorized. */
  readonly token = `${BOT_ID}:AAFakeTokenForTestsOnly_abcdefghijklmno`;
  readonly api: FakeBotApi;
  /** Every call the bot made, in arrival order (getUpdates included). */
  readonly calls: RecordedCall[] = [];
  /** Status of every webhook delivery, in order. */
  readonly webhookDeliveries: { updateId: number; status: number }[] = [];
  /**
   * The bot's own "everything taken so far is handled" (its replies sent), awaited by {@link processed}:
   * a bot that acknowledges an update before its replies go out is otherwise done too early for tests.
   */
  settle: () => Promise<void> = () => Promise.resolve();

  private readonly server: Server;
  private readonly started = Date.now();
  private readonly pending: TgUpdate[] = [];
  private readonly failures = new Map<string, Failure[]>();
  private readonly throttled = new Map<number, number>();
  private readonly waiters = new Set<CallWaiter>();
  private readonly processedIds = new Set<number>();
  private poll: PollWaiter | null = null;
  private confirmedOffset = 0;
  private nextUpdateId = 1;
  private nextUserId = 1001;
  private nextQueryId = 1;
  private readonly maxPollHoldMs: number;

  private constructor(server: Server, options: FakeTelegramOptions) {
    this.server = server;
    this.maxPollHoldMs = options.maxPollHoldMs ?? 500;
    this.api = new FakeBotApi({
      id: BOT_ID,
      is_bot: true,
      first_name: 'PlanBot',
      username: options.username ?? 'PlanBot',
    });
  }

  /** Starts a fake on 127.0.0.1, on a free port. */
  static async start(options: FakeTelegramOptions = {}): Promise<FakeTelegram> {
    const holder: { fake?: FakeTelegram } = {};
    const server = createServer((req, res) => void holder.fake!.handle(req, res));
    const fake = new FakeTelegram(server, options);
    holder.fake = fake;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** Base URL to give telegraf as `telegram.apiRoot`. */
  get apiRoot(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  get me(): TgUser {
    return this.api.me;
  }

  async close(): Promise<void> {
    if (this.poll) this.answerPoll([]);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- faults ------------------------------------------------------------------------------------

  /** The next `times` calls of `method` fail (or are delayed) as described, in order after earlier ones. */
  failNext(method: string, failure: Failure, times = 1): void {
    const queue = this.failures.get(method) ?? [];
    for (let i = 0; i < times; i += 1) queue.push(failure);
    this.failures.set(method, queue);
  }

  /**
   * Every call into `chatId` answers 429 with `retryAfterS` until {@link unthrottleChat}, as Telegram
   * does for a group over its 20 messages a minute (the fake keeps no clock: the test decides when it ends).
   */
  throttleChat(chatId: number, retryAfterS: number): void {
    this.throttled.set(chatId, retryAfterS);
  }

  unthrottleChat(chatId: number): void {
    this.throttled.delete(chatId);
  }

  // ---- users' side -----------------------------------------------------------------------------

  /** A new user (fresh id), Chinese-speaking unless told otherwise. */
  user(fields: Partial<TgUser> = {}): TgUser {
    const id = this.nextUserId++;
    return {
      id,
      is_bot: false,
      first_name: `User${id}`,
      username: `user${id}`,
      language_code: 'zh-hans',
      ...fields,
    };
  }

  /** A group chat (a supergroup; a forum when `forum` is set). */
  group(id: number, options: { title?: string; forum?: boolean } = {}): TgChat {
    const chat: TgChat = {
      id,
      type: 'supergroup',
      title: options.title ?? `Group ${-id}`,
      is_forum: options.forum,
    };
    this.api.chats.set(id, chat);
    return chat;
  }

  /** `from` sends `text` (in a private chat unless `chat` is given); commands and mentions carry entities. */
  userSays(
    from: TgUser,
    text: string,
    options: { chat?: TgChat; threadId?: number; replyTo?: TgMessage } = {},
  ): { updateId: number; message: TgMessage } {
    const message = this.userMessage(from, text, options);
    return { updateId: this.queueUpdate({ message }), message };
  }

  /** A message as {@link userSays} builds it, known to the fake but not delivered (for hand-made deliveries). */
  userMessage(
    from: TgUser,
    text: string,
    options: { chat?: TgChat; threadId?: number; replyTo?: TgMessage } = {},
  ): TgMessage {
    const chat = options.chat ?? {
      id: from.id,
      type: 'private',
      first_name: from.first_name,
      username: from.username,
    };
    const message: TgMessage = {
      message_id: this.api.newMessageId(),
      date: Math.floor(Date.now() / 1000),
      chat,
      from,
      text,
    };
    const entities = detectEntities(text);
    if (entities.length > 0) message.entities = entities;
    if (options.threadId !== undefined) {
      message.message_thread_id = options.threadId;
      message.is_topic_message = true;
    }
    if (options.replyTo) message.reply_to_message = options.replyTo;
    this.api.remember(message);
    return message;
  }

  /** `from` presses an inline button with `data` under `message` (any data: forged presses are a test case). */
  userPresses(from: TgUser, message: TgMessage, data: string): { updateId: number; callbackQueryId: string } {
    const id = `cbq${this.nextQueryId++}`;
    this.api.openCallbackQueries.add(id);
    const updateId = this.queueUpdate({
      callback_query: { id, from, chat_instance: `ci${message.chat.id}`, message, data },
    });
    return { updateId, callbackQueryId: id };
  }

  /** `from` types `@bot query` in any chat; `offset` is the next_offset of the previous answer. */
  userTypesInline(from: TgUser, query: string, offset = ''): { updateId: number; inlineQueryId: string } {
    const id = `iq${this.nextQueryId++}`;
    this.api.openInlineQueries.add(id);
    const updateId = this.queueUpdate({ inline_query: { id, from, query, offset, chat_type: 'private' } });
    return { updateId, inlineQueryId: id };
  }

  /** Whether a getUpdates long poll is being held open now. */
  get pollHeld(): boolean {
    return this.poll !== null;
  }

  /** Queues any update (an update_id is assigned); delivered by getUpdates, or posted when a webhook is set. */
  queueUpdate(update: Omit<TgUpdate, 'update_id'>): number {
    const full = { ...update, update_id: this.nextUpdateId++ } as TgUpdate;
    if (this.api.webhook) {
      void this.deliverWebhook(full);
    } else {
      this.pending.push(full);
      if (this.poll) this.answerPoll(this.takeUpdates(this.poll.offset, this.poll.limit));
    }
    return full.update_id;
  }

  /**
   * Posts an update to the registered webhook URL as Telegram would, with the registered secret unless
   * `secretToken` overrides it (`null`: no header). Resolves with the HTTP status once the bot answered.
   */
  async deliverWebhook(update: TgUpdate, secretToken?: string | null): Promise<number> {
    const hook = this.api.webhook;
    if (!hook) throw new Error('FakeTelegram: no webhook is set');
    const secret = secretToken === undefined ? hook.secret_token : secretToken;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (secret !== null && secret !== undefined) headers['x-telegram-bot-api-secret-token'] = secret;
    let status = 0;
    try {
      const res = await fetch(hook.url, { method: 'POST', headers, body: JSON.stringify(update) });
      await res.arrayBuffer();
      status = res.status;
    } finally {
      this.webhookDeliveries.push({ updateId: update.update_id, status });
      this.processedIds.add(update.update_id);
      this.notify();
    }
    return status;
  }

  // ---- the bot's side, as recorded -----------------------------------------------------------------

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Messages the bot sent successfully, with the text the user sees. */
  sentMessages(filter: (sent: SentMessage) => boolean = () => true): SentMessage[] {
    return this.callsTo('sendMessage')
      .filter((call) => call.response.ok)
      .map((call) => {
        const message = call.response.result as TgMessage;
        return { call, message, text: message.text ?? '' };
      })
      .filter(filter);
  }

  /** Photos the bot sent successfully, with the uploaded bytes and the caption the user sees. */
  sentPhotos(filter: (sent: SentPhoto) => boolean = () => true): SentPhoto[] {
    return this.callsTo('sendPhoto')
      .filter((call) => call.response.ok)
      .map((call) => {
        const message = call.response.result as TgMessage;
        const bytes = this.api.photos.get(`${message.chat.id}:${message.message_id}`) ?? Buffer.alloc(0);
        return { call, message, bytes, caption: message.caption ?? '' };
      })
      .filter(filter);
  }

  /**
   * What the bot said in one chat, as the user reads it, in order: the texts of its messages, and the
   * captions of its photos (a chart sent with its answer as the caption).
   */
  textsIn(chatId: number): string[] {
    const inChat = (m: TgMessage) => m.chat.id === chatId;
    const texts = this.sentMessages((sent) => inChat(sent.message)).map((sent) => sent.message);
    const captioned = this.sentPhotos((p) => inChat(p.message) && p.caption !== '').map((p) => p.message);
    return [...texts, ...captioned]
      .sort((a, b) => a.message_id - b.message_id)
      .map((m) => m.text ?? m.caption ?? '');
  }

  /**
   * Resolves once the bot has finished handling the update: with polling, when it asks for the next
   * updates past it (telegraf handles a batch fully before polling again); with a webhook, when its
   * response to the delivery ends.
   */
  async processed(updateId: number, timeoutMs = 5000): Promise<void> {
    await this.until(() => this.processedIds.has(updateId), timeoutMs, `update ${updateId} to be processed`);
    await this.settle();
  }

  /** Acknowledged (webhook answered, or polled past) without waiting for the bot's replies. */
  acknowledged(updateId: number, timeoutMs = 5000): Promise<void> {
    return this.until(
      () => this.processedIds.has(updateId),
      timeoutMs,
      `update ${updateId} to be acknowledged`,
    );
  }

  /** Resolves with the matching calls once there are at least `count` of them. */
  async waitForCalls(
    method: string,
    count = 1,
    filter: (call: RecordedCall) => boolean = () => true,
    timeoutMs = HANG_GUARD_MS,
  ): Promise<RecordedCall[]> {
    const matching = () => this.callsTo(method).filter(filter);
    await this.until(() => matching().length >= count, timeoutMs, `${count} ${method} call(s)`);
    return matching();
  }

  /** Resolves with the sent messages matching `filter` once there are at least `count`. */
  async waitForMessages(
    count: number,
    filter: (sent: SentMessage) => boolean = () => true,
    timeoutMs = HANG_GUARD_MS,
  ): Promise<SentMessage[]> {
    await this.until(() => this.sentMessages(filter).length >= count, timeoutMs, `${count} sent message(s)`);
    return this.sentMessages(filter);
  }

  private until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter: CallWaiter = {
        check: () => {
          if (!check()) return false;
          clearTimeout(timer);
          resolve();
          return true;
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const recent = this.calls.slice(-5).map((c) => `${c.method} ${c.status}`);
        reject(new Error(`FakeTelegram: timed out waiting for ${what}; last calls: ${recent.join(', ')}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) if (waiter.check()) this.waiters.delete(waiter);
  }

  // ---- HTTP ----------------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    let payload: Record<string, unknown> = Object.fromEntries(url.searchParams);
    try {
      const body = await readBody(req);
      const type = req.headers['content-type'] ?? '';
      if (type.startsWith('multipart/form-data')) payload = { ...payload, ...(await readForm(body, type)) };
      else if (body.length > 0)
        payload = { ...payload, ...(JSON.parse(body.toString('utf8')) as Record<string, unknown>) };
    } catch {
      return this.reply(res, this.record('?', payload), 400, {
        ok: false,
        error_code: 400,
        description: 'Bad Request: invalid JSON',
      });
    }
    if (!match)
      return this.reply(res, this.record('?', payload), 404, {
        ok: false,
        error_code: 404,
        description: 'Not Found',
      });
    const [, token, method] = match as unknown as [string, string, string];
    const call = this.record(method, payload);
    if (token !== this.token)
      return this.reply(res, call, 401, { ok: false, error_code: 401, description: 'Unauthorized' });

    const retryAfter = this.throttled.get(Number(payload.chat_id));
    if (retryAfter !== undefined) return this.fail(res, call, { code: 429, retryAfter });
    const failure = this.failures.get(method)?.shift();
    if (failure && 'delayMs' in failure) await new Promise((resolve) => setTimeout(resolve, failure.delayMs));
    else if (failure && 'drop' in failure && failure.drop === 'before') return this.drop(res, call, 'before');
    else if (failure && 'code' in failure) return this.fail(res, call, failure);

    if (method === 'getUpdates') return this.getUpdates(req, res, call, payload);
    try {
      const result = this.api.call(method, payload);
      if (failure && 'drop' in failure) {
        call.status = 200;
        call.response = { ok: true, result };
        return this.drop(res, call, 'after');
      }
      this.reply(res, call, 200, { ok: true, result });
    } catch (err) {
      if (err instanceof NotFound)
        return this.reply(res, call, 404, { ok: false, error_code: 404, description: 'Not Found' });
      if (err instanceof BadRequest)
        return this.reply(res, call, 400, { ok: false, error_code: 400, description: err.message });
      return this.reply(res, call, 500, {
        ok: false,
        error_code: 500,
        description: `fake bug: ${String(err)}`,
      });
    }
  }

  /** Destroys the connection without an answer; the call is recorded as dropped. */
  private drop(res: ServerResponse, call: RecordedCall, when: 'before' | 'after'): void {
    call.dropped = when;
    res.socket?.destroy();
    this.notify();
  }

  private fail(res: ServerResponse, call: RecordedCall, failure: Extract<Failure, { code: number }>): void {
    if (failure.code === 429) {
      const retryAfter = failure.retryAfter;
      return this.reply(res, call, 429, {
        ok: false,
        error_code: 429,
        description: `Too Many Requests: retry after ${retryAfter}`,
        parameters: { retry_after: retryAfter },
      });
    }
    const description =
      failure.description ?? (failure.code >= 500 ? 'Internal Server Error' : 'Bad Request');
    this.reply(res, call, failure.code, { ok: false, error_code: failure.code, description });
  }

  private getUpdates(
    req: IncomingMessage,
    res: ServerResponse,
    call: RecordedCall,
    payload: Record<string, unknown>,
  ): void {
    if (this.api.webhook) {
      return this.reply(res, call, 409, {
        ok: false,
        error_code: 409,
        description:
          "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      });
    }
    const offset = Number(payload.offset ?? 0);
    const limit = Math.min(Math.max(Number(payload.limit ?? 100), 1), 100);
    this.confirm(offset);
    if (this.poll) {
      this.reply(this.poll.res, this.poll.call, 409, {
        ok: false,
        error_code: 409,
        description:
          'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
      });
      clearTimeout(this.poll.timer);
      this.poll = null;
    }
    const ready = this.takeUpdates(offset, limit);
    const holdMs = Math.min(Number(payload.timeout ?? 0) * 1000, this.maxPollHoldMs);
    if (ready.length > 0 || holdMs <= 0) return this.reply(res, call, 200, { ok: true, result: ready });
    const timer = setTimeout(() => this.answerPoll([]), holdMs);
    this.poll = { res, call, offset, limit, timer };
    req.on('close', () => {
      if (this.poll?.res === res) {
        clearTimeout(this.poll.timer);
        this.poll = null;
      }
    });
  }

  /** Updates below `offset` are confirmed: the bot has handled them. */
  private confirm(offset: number): void {
    if (offset <= this.confirmedOffset) return;
    this.confirmedOffset = offset;
    while (this.pending.length > 0 && this.pending[0]!.update_id < offset) this.pending.shift();
    for (let id = 1; id < offset; id += 1) this.processedIds.add(id);
    this.notify();
  }

  private takeUpdates(offset: number, limit: number): TgUpdate[] {
    return this.pending.filter((update) => update.update_id >= offset).slice(0, limit);
  }

  private answerPoll(updates: TgUpdate[]): void {
    const poll = this.poll;
    if (!poll) return;
    clearTimeout(poll.timer);
    this.poll = null;
    this.reply(poll.res, poll.call, 200, { ok: true, result: updates });
  }

  private record(method: string, payload: Record<string, unknown>): RecordedCall {
    const call: RecordedCall = {
      method,
      payload,
      status: 0,
      response: { ok: false },
      at: Date.now() - this.started,
    };
    this.calls.push(call);
    return call;
  }

  private reply(
    res: ServerResponse,
    call: RecordedCall,
    status: number,
    body: RecordedCall['response'],
  ): void {
    call.status = status;
    call.response = body;
    if (!res.writableEnded && !res.destroyed) {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    }
    this.notify();
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** A multipart/form-data body (uploads: sendPhoto): text fields as strings, files as {@link UploadedFile}. */
async function readForm(body: Buffer, contentType: string): Promise<Record<string, unknown>> {
  const form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  const payload: Record<string, unknown> = {};
  for (const [name, value] of form.entries()) {
    payload[name] =
      typeof value === 'string'
        ? value
        : ({ filename: value.name, bytes: Buffer.from(await value.arrayBuffer()) } satisfies UploadedFile);
  }
  return payload;
}

/** What a user sees of an HTML text the bot sent (for checking renderer output without a server). */
export function visibleText(html: string): string {
  return parseText(html, 'HTML');
}
