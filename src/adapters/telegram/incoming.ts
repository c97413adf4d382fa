import type { MessageEntity } from 'telegraf/types';

/** Commands the Telegram bot knows (the core's six, plus /start). */
export const TELEGRAM_COMMANDS = ['start', 'help', 'ask', 'stats', 'tasks', 'areas', 'sources'] as const;
export type TelegramCommand = (typeof TELEGRAM_COMMANDS)[number];

/** A message the bot should answer: a command with its argument, or a question. */
export type Incoming =
  | { kind: 'command'; command: TelegramCommand; arg: string }
  | { kind: 'unknown-command'; command: string }
  | { kind: 'question'; text: string };

/** The parts of a Telegram message that decide whether it is for the bot. */
export interface MessageLike {
  text?: string;
  caption?: string;
  entities?: MessageEntity[];
  caption_entities?: MessageEntity[];
  chat: { type: string };
  reply_to_message?: { from?: { id: number } };
}

const isKnown = (name: string): name is TelegramCommand =>
  (TELEGRAM_COMMANDS as readonly string[]).includes(name);

/**
 * Decides whether a message is addressed to the bot and what it asks. In a private chat every message
 * is (a question unless it is a command). In a group only commands (bare `/cmd` for our commands,
 * `/cmd@ThisBot` for any), mentions `@ThisBot ...` and replies to the bot's own messages are; `null`
 * means stay silent.
 */
export function readIncoming(message: MessageLike, bot: { id: number; username: string }): Incoming | null {
  const text = message.text ?? message.caption ?? '';
  const entities = message.entities ?? message.caption_entities ?? [];
  const isPrivate = message.chat.type === 'private';
  const first = entities[0];

  if (first?.type === 'bot_command' && first.offset === 0) {
    const token = text.slice(1, first.length);
    const [rawName = '', target] = token.split('@');
    const name = rawName.toLowerCase();
    const forUs = target === undefined ? undefined : target.toLowerCase() === bot.username.toLowerCase();
    if (forUs === false) return null;
    const arg = text.slice(first.length).trim();
    if (isKnown(name)) return { kind: 'command', command: name, arg };
    return isPrivate || forUs ? { kind: 'unknown-command', command: `/${rawName}` } : null;
  }

  if (isPrivate) return { kind: 'question', text };

  const mention = `@${bot.username.toLowerCase()}`;
  const mentions = entities.filter(
    (entity) =>
      entity.type === 'mention' &&
      text.slice(entity.offset, entity.offset + entity.length).toLowerCase() === mention,
  );
  if (mentions.length > 0) {
    let question = text;
    for (const entity of [...mentions].reverse()) {
      question = question.slice(0, entity.offset) + question.slice(entity.offset + entity.length);
    }
    return { kind: 'question', text: question.trim() };
  }
  if (message.reply_to_message?.from?.id === bot.id) return { kind: 'question', text };
  return null;
}
