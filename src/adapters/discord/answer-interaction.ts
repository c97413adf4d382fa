import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import type { Request, Script } from '../../core/types.js';
import type { DiscordContext, Outcome } from './context.js';
import { computeInTime } from './in-time.js';
import { langOfLocale, scriptOfLocale } from './locale.js';
import { answerPayload } from './message-payload.js';
import { runPaged } from '../shared/paged.js';
import { withChart } from './chart.js';
import { withFeedbackButtons } from './feedback.js';
import { declinedQuestion } from '../shared/feedback.js';

/**
 * Answers a slash command: runs the request in the asker's language, renders it and replies (with
 * page buttons that only the asker can press), deferring first when a direct reply could be late.
 * Error notes (an empty question, an unknown area) are shown to the asker only, deferred or not.
 */
export async function answerInteraction(
  interaction: ChatInputCommandInteraction,
  ctx: DiscordContext,
  request: Request,
): Promise<Outcome> {
  const { value, deferred } = await computeInTime(
    ctx,
    interaction.createdTimestamp,
    () => interaction.deferReply(),
    () => {
      const { answer, request: full } = runPaged(
        ctx.planbot,
        {
          ...request,
          lang: langOfLocale(interaction.locale),
          ...scriptRequest(interaction.locale),
        },
        'discord',
      );
      return { answer, ...answerPayload(answer, full, interaction.user.id) };
    },
  );
  const { answer, newPage } = value;
  if (newPage) await ctx.pages.put(newPage.key, newPage.page);
  const { ephemeral, ...payload } = await withChart(
    ctx,
    answer,
    withFeedbackButtons(ctx, answer, value.payload),
  );
  if (!deferred) {
    await interaction.reply({ ...payload, ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
  } else if (!ephemeral) {
    await interaction.editReply(payload);
  } else {
    // The deferred placeholder is public and cannot turn private: the note goes to the asker alone
    // and the placeholder is removed, so the channel never shows someone's error.
    await interaction.followUp({ ...payload, flags: MessageFlags.Ephemeral });
    await interaction.deleteReply().catch((err: unknown) => {
      ctx.logger.warn({ err, interaction: interaction.id }, 'discord: could not remove the placeholder');
    });
  }
  return { results: answer.results.length, answered: answer.answered, ...declinedQuestion(answer) };
}

function scriptRequest(locale: string | null | undefined): { script?: Script } {
  const script = scriptOfLocale(locale);
  return script === undefined ? {} : { script };
}
