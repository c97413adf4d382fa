import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import type { Request } from '../../core/answer.js';
import type { DiscordContext, Outcome } from './context.js';
import { langOfLocale } from './locale.js';
import { answerPayload } from './message-payload.js';
import { runPaged } from './run.js';

/**
 * Discord drops an interaction not acknowledged within 3 s of its creation. Past this age (it may
 * have waited in a queue, or the answer took long) the bot acknowledges first and edits after.
 */
export const DEFER_AFTER_MS = 1500;

const ageOf = (interaction: ChatInputCommandInteraction): number => Date.now() - interaction.createdTimestamp;

/**
 * Answers a slash command: runs the request in the asker's language, renders it and replies
 * (with page buttons that only the asker can press).
 */
export async function answerInteraction(
  interaction: ChatInputCommandInteraction,
  ctx: DiscordContext,
  request: Request,
): Promise<Outcome> {
  if (ageOf(interaction) > DEFER_AFTER_MS) await interaction.deferReply();
  const { answer, request: full } = runPaged(ctx.planbot, {
    ...request,
    lang: langOfLocale(interaction.locale),
  });
  const { ephemeral, ...payload } = answerPayload(ctx, answer, full, interaction.user.id);
  if (!interaction.deferred && ageOf(interaction) > DEFER_AFTER_MS) await interaction.deferReply();
  if (interaction.deferred) {
    await interaction.editReply(payload);
  } else {
    await interaction.reply({ ...payload, ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
  }
  return { results: answer.results.length, answered: answer.answered };
}
