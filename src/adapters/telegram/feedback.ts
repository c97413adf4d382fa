import type { Context } from 'telegraf';
import type { InlineKeyboardButton } from 'telegraf/types';
import type { Answer } from '../../core/types.js';
import { FEEDBACK_WORDS, ratedAnswer, wantsFeedback, type Verdict } from '../shared/feedback.js';
import { inScript } from '../shared/script.js';
import type { TelegramMessage } from './render.js';
import type { HandlerDeps } from './answer-request.js';
import { chooseLang } from './send.js';

const FEEDBACK_DATA = /^f:([ud]):([A-Za-z0-9_-]{8})$/;

/** A 👍/👎 row's callback data: `f:u:<key>` / `f:d:<key>` (12 bytes, far under Telegram's 64). */
export function feedbackData(verdict: Verdict, key: string): string {
  return `f:${verdict === 'up' ? 'u' : 'd'}:${key}`;
}

/** Reads a press's callback data; undefined for anything that is not a feedback button. */
export function readFeedbackData(data: string | undefined): { verdict: Verdict; key: string } | undefined {
  const match = data === undefined ? null : FEEDBACK_DATA.exec(data);
  return match ? { verdict: match[1] === 'u' ? 'up' : 'down', key: match[2]! } : undefined;
}

/** The 👍/👎 row for an answer that takes feedback (see `wantsFeedback`); undefined for any other. */
export function feedbackRow(deps: HandlerDeps, answer: Answer): InlineKeyboardButton[] | undefined {
  if (!wantsFeedback(answer)) return undefined;
  const key = deps.feedback.put(ratedAnswer(answer));
  return [
    { text: '👍', callback_data: feedbackData('up', key) },
    { text: '👎', callback_data: feedbackData('down', key) },
  ];
}

/** The messages with `row` added under the last one's buttons. */
export function withRow(
  messages: TelegramMessage[],
  row: InlineKeyboardButton[] | undefined,
): TelegramMessage[] {
  const last = messages[messages.length - 1];
  if (last === undefined || row === undefined) return messages;
  const keyboard = [...(last.reply_markup?.inline_keyboard ?? []), row];
  return [...messages.slice(0, -1), { ...last, reply_markup: { inline_keyboard: keyboard } }];
}

/** A 👍/👎 press: counted and logged once per user and verdict, thanked with a notice only they see. */
export async function onFeedbackPress(
  deps: HandlerDeps,
  ctx: Context,
  press: { verdict: Verdict; key: string },
): Promise<void> {
  const query = ctx.callbackQuery!;
  const userId = String(query.from.id);
  const { counted, answer } = deps.feedback.vote(press.key, userId, press.verdict);
  if (counted)
    deps.events.feedback({ platform: 'telegram', verdict: press.verdict, userId, ...(answer && { answer }) });
  const lang = chooseLang(query.from.language_code, '', deps.planbot.detectLang);
  const words = FEEDBACK_WORDS[lang];
  const script = /^zh-(hant|tw|hk|mo)/i.test(query.from.language_code ?? '') ? 'hant' : undefined;
  await ctx.answerCbQuery(inScript(counted ? words.thanks : words.again, script));
}
