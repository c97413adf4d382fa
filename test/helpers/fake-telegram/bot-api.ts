/**
 * The Bot API methods the fake implements, over an in-memory world of chats, messages and open
 * queries. No HTTP here: `server.ts` routes requests to `call()`.
 */
import {
  BadRequest,
  checkCommands,
  checkInlineResults,
  checkPhoto,
  checkReplyMarkup,
  parseCaption,
  parseText,
} from './validate.js';
import type { TgChat, TgMessage, TgUser } from './types.js';

type Payload = Record<string, unknown>;

export interface CommandSet {
  scope: string;
  language_code: string;
  commands: { command: string; description: string }[];
}

export interface WebhookInfo {
  url: string;
  secret_token?: string;
}

const TOO_OLD = 'query is too old and response timeout expired or query ID is invalid';

export class FakeBotApi {
  readonly chats = new Map<number, TgChat>();
  /** Every message in every chat, users' and the bot's, keyed `chat:message`. */
  readonly messages = new Map<string, TgMessage>();
  /** Forum topics per chat (message_thread_id values seen in updates). */
  readonly topics = new Map<number, Set<number>>();
  readonly openCallbackQueries = new Set<string>();
  readonly openInlineQueries = new Set<string>();
  readonly commandSets: CommandSet[] = [];
  webhook: WebhookInfo | null = null;
  private nextMessageId = 1;

  constructor(readonly me: TgUser) {}

  newMessageId(): number {
    return this.nextMessageId++;
  }

  remember(message: TgMessage): void {
    this.chats.set(message.chat.id, message.chat);
    this.messages.set(`${message.chat.id}:${message.message_id}`, message);
    if (message.is_topic_message && message.message_thread_id !== undefined) {
      const topics = this.topics.get(message.chat.id) ?? new Set<number>();
      topics.add(message.message_thread_id);
      this.topics.set(message.chat.id, topics);
    }
  }

  /** Runs one method; throws BadRequest with Telegram's description when the arguments are wrong. */
  call(method: string, payload: Payload): unknown {
    switch (method) {
      case 'getMe':
        return this.me;
      case 'deleteWebhook':
        this.webhook = null;
        return true;
      case 'setWebhook':
        return this.setWebhook(payload);
      case 'getWebhookInfo':
        return { url: this.webhook?.url ?? '', has_custom_certificate: false, pending_update_count: 0 };
      case 'setMyCommands':
        return this.setMyCommands(payload);
      case 'getMyCommands':
        return this.findCommands(payload)?.commands ?? [];
      case 'sendMessage':
        return this.sendMessage(payload);
      case 'sendPhoto':
        return this.sendPhoto(payload);
      case 'editMessageText':
        return this.editMessageText(payload);
      case 'editMessageReplyMarkup':
        return this.editMessageReplyMarkup(payload);
      case 'answerCallbackQuery':
        return this.answerQuery(this.openCallbackQueries, payload.callback_query_id, () => {
          if (typeof payload.text === 'string' && [...payload.text].length > 200)
            throw new BadRequest('MESSAGE_TOO_LONG');
        });
      case 'answerInlineQuery':
        return this.answerQuery(this.openInlineQueries, payload.inline_query_id, () =>
          checkInlineResults(payload.results, payload.next_offset, payload.button),
        );
      case 'sendChatAction':
        this.chatOf(payload.chat_id);
        return true;
      default:
        throw new NotFound();
    }
  }

  private setWebhook(payload: Payload): true {
    const url = payload.url;
    if (typeof url !== 'string' || !/^https?:\/\//.test(url))
      throw new BadRequest('bad webhook: Failed to resolve host');
    const secret = payload.secret_token;
    if (secret !== undefined && (typeof secret !== 'string' || !/^[A-Za-z0-9_-]{1,256}$/.test(secret))) {
      throw new BadRequest('bad webhook: secret token contains unallowed characters');
    }
    this.webhook = { url, ...(typeof secret === 'string' ? { secret_token: secret } : {}) };
    return true;
  }

  private scopeKey(payload: Payload): string {
    const scope = payload.scope as { type?: string } | undefined;
    return scope?.type ?? 'default';
  }

  private findCommands(payload: Payload): CommandSet | undefined {
    const scope = this.scopeKey(payload);
    const language = typeof payload.language_code === 'string' ? payload.language_code : '';
    return this.commandSets.find((set) => set.scope === scope && set.language_code === language);
  }

  private setMyCommands(payload: Payload): true {
    const commands = checkCommands(payload.commands);
    const language = payload.language_code;
    if (language !== undefined && (typeof language !== 'string' || !/^([a-z]{2})?$/.test(language))) {
      throw new BadRequest('LANG_CODE_INVALID');
    }
    const existing = this.findCommands(payload);
    if (existing) existing.commands = commands;
    else this.commandSets.push({ scope: this.scopeKey(payload), language_code: language ?? '', commands });
    return true;
  }

  private chatOf(chatId: unknown): TgChat {
    const chat = this.chats.get(Number(chatId));
    if (!chat) throw new BadRequest('chat not found');
    return chat;
  }

  /** Photos the bot uploaded, by message (`chat:message`). */
  readonly photos = new Map<string, Buffer>();

  private sendMessage(payload: Payload): TgMessage {
    const chat = this.chatOf(payload.chat_id);
    const text = parseText(payload.text, payload.parse_mode);
    return this.postMessage(chat, payload, { text });
  }

  /** sendPhoto with an uploaded file (multipart/form-data): a PNG, and a caption of at most 1024 characters. */
  private sendPhoto(payload: Payload): TgMessage {
    const chat = this.chatOf(payload.chat_id);
    const caption = parseCaption(payload.caption, payload.parse_mode);
    const { width, height, bytes } = checkPhoto(payload.photo);
    const id = `photo${this.nextMessageId}`;
    const photo = [{ file_id: id, file_unique_id: id, width, height, file_size: bytes.length }];
    const message = this.postMessage(chat, payload, { photo, ...(caption !== undefined && { caption }) });
    this.photos.set(`${chat.id}:${message.message_id}`, bytes);
    return message;
  }

  private postMessage(chat: TgChat, payload: Payload, content: Partial<TgMessage>): TgMessage {
    const markup = checkReplyMarkup(payload.reply_markup);
    const message: TgMessage = {
      message_id: this.newMessageId(),
      date: Math.floor(Date.now() / 1000),
      chat,
      from: this.me,
      ...content,
    };
    const threadId = payload.message_thread_id;
    if (threadId !== undefined) {
      if (!this.topics.get(chat.id)?.has(Number(threadId))) throw new BadRequest('message thread not found');
      message.message_thread_id = Number(threadId);
      message.is_topic_message = true;
    }
    const reply = (
      typeof payload.reply_parameters === 'string'
        ? JSON.parse(payload.reply_parameters)
        : payload.reply_parameters
    ) as { message_id?: number; chat_id?: number; allow_sending_without_reply?: boolean } | undefined;
    if (reply !== undefined) {
      const target = this.messages.get(`${reply.chat_id ?? chat.id}:${reply.message_id}`);
      if (target) message.reply_to_message = target;
      else if (!reply.allow_sending_without_reply) throw new BadRequest('message to be replied not found');
    }
    if (markup) message.reply_markup = markup;
    this.remember(message);
    return message;
  }

  private botMessage(payload: Payload): TgMessage {
    if (payload.inline_message_id !== undefined)
      throw new BadRequest('this fake does not edit inline messages');
    const chat = this.chatOf(payload.chat_id);
    const message = this.messages.get(`${chat.id}:${String(payload.message_id)}`);
    if (!message) throw new BadRequest('message to edit not found');
    if (message.from?.id !== this.me.id) throw new BadRequest("message can't be edited");
    return message;
  }

  private editMessageText(payload: Payload): TgMessage {
    const message = this.botMessage(payload);
    const text = parseText(payload.text, payload.parse_mode);
    const markup = checkReplyMarkup(payload.reply_markup);
    if (text === message.text && JSON.stringify(markup) === JSON.stringify(message.reply_markup)) {
      throw new BadRequest(
        'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
      );
    }
    message.text = text;
    if (markup) message.reply_markup = markup;
    else delete message.reply_markup;
    return message;
  }

  private editMessageReplyMarkup(payload: Payload): TgMessage {
    const message = this.botMessage(payload);
    const markup = checkReplyMarkup(payload.reply_markup);
    if (JSON.stringify(markup) === JSON.stringify(message.reply_markup)) {
      throw new BadRequest(
        'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
      );
    }
    if (markup) message.reply_markup = markup;
    else delete message.reply_markup;
    return message;
  }

  private answerQuery(open: Set<string>, id: unknown, check: () => void): true {
    if (typeof id !== 'string' || !open.has(id)) throw new BadRequest(TOO_OLD);
    check();
    open.delete(id);
    return true;
  }
}

/** An unknown method: Telegram answers 404 "Not Found". */
export class NotFound extends Error {
  constructor() {
    super('Not Found');
  }
}
