/** The slice of Bot API objects the fake server produces and keeps (plain JSON, as on the wire). */

export interface TgUser {
  id: number;
  is_bot: boolean;
  first_name: string;
  username?: string;
  language_code?: string;
}

export interface TgChat {
  id: number;
  type: 'private' | 'group' | 'supergroup' | 'channel';
  title?: string;
  first_name?: string;
  username?: string;
  is_forum?: boolean;
}

export interface TgEntity {
  type: string;
  offset: number;
  length: number;
}

export interface TgInlineButton {
  text: string;
  callback_data?: string;
  url?: string;
  switch_inline_query?: string;
  switch_inline_query_current_chat?: string;
}

export interface TgReplyMarkup {
  inline_keyboard?: TgInlineButton[][];
}

export interface TgMessage {
  message_id: number;
  date: number;
  chat: TgChat;
  from?: TgUser;
  text?: string;
  entities?: TgEntity[];
  message_thread_id?: number;
  is_topic_message?: boolean;
  reply_to_message?: TgMessage;
  reply_markup?: TgReplyMarkup;
  /** A photo message: its sizes (one here), and the caption as the user sees it. */
  photo?: TgPhotoSize[];
  caption?: string;
}

export interface TgPhotoSize {
  file_id: string;
  file_unique_id: string;
  width: number;
  height: number;
  file_size: number;
}

export interface TgCallbackQuery {
  id: string;
  from: TgUser;
  chat_instance: string;
  message?: TgMessage;
  inline_message_id?: string;
  data?: string;
}

export interface TgInlineQuery {
  id: string;
  from: TgUser;
  query: string;
  offset: string;
  chat_type?: string;
}

export interface TgUpdate {
  update_id: number;
  message?: TgMessage;
  edited_message?: TgMessage;
  callback_query?: TgCallbackQuery;
  inline_query?: TgInlineQuery;
  [other: string]: unknown;
}

/** One API call the bot made, as the fake received and answered it. */
export interface RecordedCall {
  method: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- payloads are arbitrary JSON; tests read fields they know
  payload: Record<string, any>;
  /** HTTP status the fake answered with; 0 when the connection was dropped before an answer. */
  status: number;
  /** The connection was dropped (see the `drop` failure); `status` says whether the call took effect. */
  dropped?: 'before' | 'after';
  /** The JSON body the fake answered with. */
  response: { ok: boolean; result?: unknown; error_code?: number; description?: string; parameters?: object };
  /** Milliseconds since the fake started. */
  at: number;
}

/** A message the bot sent successfully, with the text the user sees (tags removed, entities decoded). */
export interface SentMessage {
  call: RecordedCall;
  message: TgMessage;
  /** What the user reads. */
  text: string;
}

/** A photo the bot sent successfully: the bytes it uploaded and the caption the user sees. */
export interface SentPhoto {
  call: RecordedCall;
  message: TgMessage;
  bytes: Buffer;
  caption: string;
}

/** A fault to inject into the next call(s) of a method. */
export type Failure =
  | { code: 429; retryAfter: number }
  | { code: 500 | 502 | 503 | 504; description?: string }
  | { code: 400 | 401 | 403 | 409; description: string }
  /** Answer normally, but only after `ms` milliseconds. */
  | { delayMs: number }
  /**
   * Drop the connection: `before` the call is carried out (nothing happens, the client sees a network
   * error), or `after` (the call takes effect, e.g. the message is sent, but its response is lost).
   */
  | { drop: 'before' | 'after' };
