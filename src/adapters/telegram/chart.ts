import type { Telegram } from 'telegraf';
import type { Answer } from '../../core/types.js';
import type { Logger } from 'pino';
import { answerChart } from '../shared/chart/index.js';
import type { TelegramMessage } from './render.js';
import { sendMessages, type ReplyTarget } from './send.js';

/** Telegram's limit on a photo's caption, in visible characters. */
export const CAPTION_LIMIT = 1024;

/** An answer as Telegram shows it: its messages, and the same as one caption when it fits in one. */
export interface TelegramReply {
  answer: Answer;
  messages: TelegramMessage[];
  /** The whole answer within {@link CAPTION_LIMIT}, when it fits: then it is the chart's caption. */
  caption?: TelegramMessage;
}

/**
 * Sends a reply. An answer with a chart goes as a photo: with the answer as its caption when it fits,
 * else the photo first and the messages after it. Without a chart (or when drawing it failed), messages.
 */
export async function sendReply(
  telegram: Telegram,
  target: ReplyTarget,
  reply: TelegramReply,
  logger: Logger,
): Promise<void> {
  const png = await answerChart(reply.answer, (err) =>
    logger.warn({ err, metric: reply.answer.series?.metric }, 'chart could not be drawn; sent as text'),
  );
  if (png === undefined) return sendMessages(telegram, target, reply.messages);
  const caption = reply.caption;
  await telegram.sendPhoto(
    target.chatId,
    { source: png, filename: 'chart.png' },
    {
      ...(caption && { caption: caption.text, parse_mode: 'HTML' as const }),
      ...(caption?.reply_markup && { reply_markup: caption.reply_markup }),
      ...(target.threadId !== undefined && { message_thread_id: target.threadId }),
      // telegraf's multipart upload JSON-encodes only a few known fields (reply_markup among them) and
      // would take any other object for a file, so this one is sent already encoded.
      ...(target.replyTo !== undefined && {
        reply_parameters: JSON.stringify({
          message_id: target.replyTo,
          allow_sending_without_reply: true,
        }) as unknown as { message_id: number },
      }),
    },
  );
  if (caption === undefined) {
    const { replyTo: _replyTo, ...rest } = target;
    await sendMessages(telegram, rest, reply.messages);
  }
}
