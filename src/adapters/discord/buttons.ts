import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { DiscordContext, Outcome } from './context.js';
import { PAGE_SIZE } from '../shared/paged.js';
import { computeInTime } from './in-time.js';
import { langOfLocale } from './locale.js';
import { answerPayload } from './message-payload.js';
import { parsePageCustomId } from './paging.js';
import { wordsFor } from './words.js';

/**
 * A page button: shows the requested page in place. Only the asker may turn pages; anyone else,
 * and anyone pressing a button whose query was forgotten, gets a short note only they can see.
 */
export async function handleButton(interaction: ButtonInteraction, ctx: DiscordContext): Promise<Outcome> {
  const w = wordsFor(langOfLocale(interaction.locale));
  const note = async (content: string): Promise<Outcome> => {
    await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    return { results: 0, answered: false };
  };
  const parsed = parsePageCustomId(interaction.customId);
  if (!parsed) return note(w.unknownButton);
  const query = await ctx.pages.get(parsed.key);
  if (!query) return note(w.expired);
  if (interaction.user.id !== query.ownerId) return note(w.notYours);

  const { request: stored } = query;
  const request = {
    ...stored,
    limit: stored.limit ?? PAGE_SIZE.discord[stored.command],
    offset: parsed.offset,
  };
  const { value, deferred } = await computeInTime(
    ctx,
    interaction.createdTimestamp,
    () => interaction.deferUpdate(),
    () => {
      const answer = ctx.planbot.run(request);
      return { answer, payload: answerPayload(answer, request, query.ownerId, parsed.key).payload };
    },
  );
  const { ephemeral: _ephemeral, ...payload } = value.payload;
  const page = { ...payload, content: payload.content ?? '' };
  if (deferred) await interaction.editReply(page);
  else await interaction.update(page);
  return { results: value.answer.results.length, answered: value.answer.answered };
}
