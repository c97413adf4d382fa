import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  type APIActionRowComponent,
  type APIButtonComponent,
  type ButtonInteraction,
} from 'discord.js';
import type { Answer } from '../../core/types.js';
import { FEEDBACK_WORDS, ratedAnswer, wantsFeedback, type Verdict } from '../shared/feedback.js';
import { inScript } from '../shared/script.js';
import type { DiscordContext } from './context.js';
import { langOfLocale, scriptOfLocale } from './locale.js';
import type { AnswerPayload } from './message-payload.js';

const FEEDBACK_ID = /^fb:([ud]):([A-Za-z0-9_-]{8})$/;
/** Discord shows at most five rows of buttons under a message. */
const MAX_ROWS = 5;

/** Reads a 👍/👎 button's custom_id (`fb:u:<key>` / `fb:d:<key>`); undefined for any other button. */
export function readFeedbackId(customId: string): { verdict: Verdict; key: string } | undefined {
  const match = FEEDBACK_ID.exec(customId);
  return match ? { verdict: match[1] === 'u' ? 'up' : 'down', key: match[2]! } : undefined;
}

/** The payload with a 👍/👎 row under an answer that takes feedback (see `wantsFeedback`). */
export function withFeedbackButtons<P extends Pick<AnswerPayload, 'components'> & { ephemeral?: boolean }>(
  ctx: Pick<DiscordContext, 'feedback'>,
  answer: Answer,
  payload: P,
): P {
  if (payload.ephemeral || !wantsFeedback(answer) || payload.components.length >= MAX_ROWS) return payload;
  const key = ctx.feedback.put(ratedAnswer(answer));
  const button = (verdict: Verdict, emoji: string): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    emoji: { name: emoji },
    custom_id: `fb:${verdict === 'up' ? 'u' : 'd'}:${key}`,
  });
  const row: APIActionRowComponent<APIButtonComponent> = {
    type: ComponentType.ActionRow,
    components: [button('up', '👍'), button('down', '👎')],
  };
  return { ...payload, components: [...payload.components, row] };
}

/** A 👍/👎 press: counted and logged once per user and verdict; the presser alone is thanked. */
export async function onFeedbackButton(
  interaction: ButtonInteraction,
  ctx: DiscordContext,
  press: { verdict: Verdict; key: string },
): Promise<void> {
  const userId = interaction.user.id;
  const { counted, answer } = ctx.feedback.vote(press.key, userId, press.verdict);
  if (counted)
    ctx.events.feedback({ platform: 'discord', verdict: press.verdict, userId, ...(answer && { answer }) });
  const words = FEEDBACK_WORDS[langOfLocale(interaction.locale)];
  await interaction.reply({
    content: inScript(counted ? words.thanks : words.again, scriptOfLocale(interaction.locale)),
    flags: MessageFlags.Ephemeral,
    allowedMentions: { parse: [] },
  });
}
