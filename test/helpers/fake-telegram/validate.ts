/** Bot API argument checks the fake applies, with the `description` strings Telegram answers with. */
import { checkTelegramHtml, visibleLength } from './html-check.js';
import type { TgReplyMarkup } from './types.js';

export class BadRequest extends Error {
  constructor(description: string) {
    super(description.startsWith('Bad Request') ? description : `Bad Request: ${description}`);
  }
}

const MAX_TEXT = 4096;
const MAX_CALLBACK_DATA_BYTES = 64;

/** Parses a message text as Telegram does for the given parse mode; returns the visible text. */
export function parseText(text: unknown, parseMode: unknown): string {
  if (typeof text !== 'string') throw new BadRequest('message text is empty');
  let visible = text;
  if (parseMode === 'HTML') {
    const checked = checkTelegramHtml(text);
    if (!checked.ok) throw new BadRequest(checked.error);
    visible = checked.text;
  } else if (parseMode !== undefined) {
    throw new BadRequest(`unsupported parse_mode in this fake: ${JSON.stringify(parseMode)}`);
  }
  if (visible.trim().length === 0) throw new BadRequest('message text is empty');
  if (visibleLength(visible) > MAX_TEXT) throw new BadRequest('message is too long');
  return visible.trim();
}

const MAX_CAPTION = 1024;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A file uploaded in a multipart request. */
export interface UploadedFile {
  filename: string;
  bytes: Buffer;
}

/** A photo caption as Telegram parses it: 0-1024 visible characters. Returns the visible text. */
export function parseCaption(caption: unknown, parseMode: unknown): string | undefined {
  if (caption === undefined || caption === '') return undefined;
  let visible = caption;
  if (typeof caption !== 'string') throw new BadRequest('caption must be a string');
  if (parseMode === 'HTML') {
    const checked = checkTelegramHtml(caption);
    if (!checked.ok) throw new BadRequest(checked.error);
    visible = checked.text;
  } else if (parseMode !== undefined) {
    throw new BadRequest(`unsupported parse_mode in this fake: ${JSON.stringify(parseMode)}`);
  }
  if (visibleLength(visible as string) > MAX_CAPTION) throw new BadRequest('message caption is too long');
  return (visible as string).trim();
}

/**
 * An uploaded photo: this fake takes PNG only and reads its size from the IHDR chunk, as Telegram
 * refuses a file it cannot decode ("IMAGE_PROCESS_FAILED").
 */
export function checkPhoto(photo: unknown): { width: number; height: number; bytes: Buffer } {
  const file = photo as UploadedFile | undefined;
  if (file === undefined || typeof file !== 'object' || !Buffer.isBuffer(file.bytes))
    throw new BadRequest('there is no photo in the request');
  const { bytes } = file;
  const ok =
    bytes.length >= 33 &&
    bytes.subarray(0, 8).equals(PNG_SIGNATURE) &&
    bytes.subarray(12, 16).toString('latin1') === 'IHDR';
  if (!ok) throw new BadRequest('IMAGE_PROCESS_FAILED');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  if (width === 0 || height === 0 || width + height > 10000) throw new BadRequest('PHOTO_INVALID_DIMENSIONS');
  return { width, height, bytes };
}

/** Checks an inline keyboard: button texts, one action each, callback data 1-64 bytes. */
export function checkReplyMarkup(markup: unknown): TgReplyMarkup | undefined {
  if (markup === undefined) return undefined;
  const parsed = (typeof markup === 'string' ? JSON.parse(markup) : markup) as TgReplyMarkup;
  const rows = parsed.inline_keyboard;
  if (rows === undefined) return parsed;
  if (!Array.isArray(rows) || rows.some((row) => !Array.isArray(row))) {
    throw new BadRequest('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays');
  }
  for (const button of rows.flat()) {
    if (typeof button.text !== 'string' || button.text.trim() === '')
      throw new BadRequest('BUTTON_TEXT_EMPTY');
    const actions = [
      'callback_data',
      'url',
      'switch_inline_query',
      'switch_inline_query_current_chat',
    ].filter((key) => key in button);
    if (actions.length !== 1) throw new BadRequest('can\'t find field "text"\' or the button has no action');
    if (button.callback_data !== undefined) {
      const bytes = Buffer.byteLength(button.callback_data, 'utf8');
      if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) throw new BadRequest('BUTTON_DATA_INVALID');
    }
    if (button.url !== undefined && !/^(https?|tg):\/\/\S+$/.test(button.url)) {
      throw new BadRequest(`inline keyboard button URL '${button.url}' is invalid: Wrong HTTP URL`);
    }
  }
  return parsed;
}

/** setMyCommands: 1-100 commands, names 1-32 of [a-z0-9_], descriptions 1-256 characters. */
export function checkCommands(commands: unknown): { command: string; description: string }[] {
  const list = (typeof commands === 'string' ? JSON.parse(commands) : commands) as {
    command: string;
    description: string;
  }[];
  if (!Array.isArray(list) || list.length > 100) throw new BadRequest('BOT_COMMANDS_TOO_MUCH');
  for (const { command, description } of list) {
    if (typeof command !== 'string' || !/^[a-z0-9_]{1,32}$/.test(command))
      throw new BadRequest('BOT_COMMAND_INVALID');
    if (typeof description !== 'string' || description.trim() === '' || [...description].length > 256) {
      throw new BadRequest('BOT_COMMAND_DESCRIPTION_INVALID');
    }
  }
  return list;
}

/** answerInlineQuery: at most 50 results, unique ids of 1-64 bytes, articles with a valid message, a valid button. */
export function checkInlineResults(results: unknown, nextOffset: unknown, button?: unknown): void {
  const list = (typeof results === 'string' ? JSON.parse(results) : results) as Record<string, unknown>[];
  if (!Array.isArray(list)) throw new BadRequest('results must be an array');
  if (list.length > 50) throw new BadRequest('RESULTS_TOO_MUCH');
  const ids = new Set<string>();
  for (const result of list) {
    const id = result.id;
    if (typeof id !== 'string' || Buffer.byteLength(id) < 1 || Buffer.byteLength(id) > 64) {
      throw new BadRequest('RESULT_ID_INVALID');
    }
    if (ids.has(id)) throw new BadRequest('RESULT_ID_DUPLICATE');
    ids.add(id);
    if (result.type !== 'article')
      throw new BadRequest(`this fake only knows article results, got ${String(result.type)}`);
    if (typeof result.title !== 'string' || result.title.trim() === '')
      throw new BadRequest('RESULT_TITLE_EMPTY');
    const content = result.input_message_content as Record<string, unknown> | undefined;
    if (!content) throw new BadRequest('Field "input_message_content" must be an Object');
    try {
      parseText(content.message_text, content.parse_mode);
    } catch (err) {
      if (err instanceof BadRequest && err.message === 'Bad Request: message text is empty') {
        throw new BadRequest('MESSAGE_EMPTY');
      }
      throw err;
    }
    checkReplyMarkup(result.reply_markup);
  }
  if (button !== undefined) {
    const { text, start_parameter: start } = button as { text?: unknown; start_parameter?: unknown };
    if (typeof text !== 'string' || text.trim() === '') throw new BadRequest('BUTTON_TEXT_EMPTY');
    if (start !== undefined && (typeof start !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(start))) {
      throw new BadRequest('START_PARAM_INVALID');
    }
  }
  if (nextOffset !== undefined && (typeof nextOffset !== 'string' || Buffer.byteLength(nextOffset) > 64)) {
    throw new BadRequest('NEXT_OFFSET_INVALID');
  }
}
