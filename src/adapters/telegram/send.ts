import type { Telegram } from 'telegraf';
import type { Lang, Script } from '../../core/types.js';
import type { TelegramMessage } from './render.js';

/** Where a reply goes: the chat, its forum topic, and (in groups) the message it answers. */
export interface ReplyTarget {
  chatId: number;
  threadId?: number;
  replyTo?: number;
}

/** The target for answering `message`: same chat and topic; in groups, as a reply to it. */
export function targetOf(message: {
  message_id: number;
  chat: { id: number; type: string };
  message_thread_id?: number;
  is_topic_message?: boolean;
}): ReplyTarget {
  const target: ReplyTarget = { chatId: message.chat.id };
  if (message.is_topic_message && message.message_thread_id !== undefined)
    target.threadId = message.message_thread_id;
  if (message.chat.type !== 'private') target.replyTo = message.message_id;
  return target;
}

/**
 * Sends rendered messages in order, HTML with link previews off; the first part replies to the
 * question (still sent when the question was deleted meanwhile).
 */
export async function sendMessages(
  telegram: Telegram,
  target: ReplyTarget,
  messages: readonly TelegramMessage[],
): Promise<void> {
  for (const [index, message] of messages.entries()) {
    await telegram.sendMessage(target.chatId, message.text, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(target.threadId !== undefined && { message_thread_id: target.threadId }),
      ...(index === 0 &&
        target.replyTo !== undefined && {
          reply_parameters: { message_id: target.replyTo, allow_sending_without_reply: true },
        }),
      ...(message.reply_markup && { reply_markup: message.reply_markup }),
    });
  }
}

/** Telegram users get English when their client is English or they wrote in English; Chinese otherwise. */
export function chooseLang(
  languageCode: string | undefined,
  text: string,
  detect: (text: string) => Lang,
): Lang {
  if (languageCode?.toLowerCase().startsWith('en')) return 'en';
  return text.trim().length > 0 ? detect(text) : 'zh';
}

/** The script a Telegram client's language reads: traditional for zh-Hant, zh-TW, zh-HK. */
export function chooseScript(languageCode: string | undefined): { script?: Script } {
  return languageCode !== undefined && /^zh-(hant|tw|hk|mo)/i.test(languageCode) ? { script: 'hant' } : {};
}
