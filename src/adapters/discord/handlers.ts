import { MessageFlags, type Interaction, type Message } from 'discord.js';
import type { AnsweredEvent } from '../adapter.js';
import { handleButton } from './buttons.js';
import { onFeedbackButton, readFeedbackId } from './feedback.js';
import type { SlashCommand } from './commands/index.js';
import type { DiscordContext, Outcome } from './context.js';
import { langOfLocale } from './locale.js';
import { handleMention, isForBot, notifyRateLimited } from './mentions.js';
import { wordsFor } from './words.js';

type EventCommand = AnsweredEvent['command'];

/** Tells the user something went wrong, in the only way still open: reply, or follow up. */
async function apologize(interaction: Interaction, ctx: DiscordContext): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  if (!interaction.isRepliable()) return;
  const content = wordsFor(langOfLocale(interaction.locale)).shared.apology;
  const note = { content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } } as const;
  if (interaction.replied || interaction.deferred) await interaction.followUp(note);
  else await interaction.reply(note);
  ctx.logger.debug({ interaction: interaction.id }, 'discord: apology sent');
}

/**
 * A command this code does not have (registered commands out of date, or a forged payload): not a
 * fault of the bot, so a debug line, and the user still gets an answer only they see.
 */
async function unknownCommand(interaction: Interaction, ctx: DiscordContext): Promise<void> {
  const name = 'commandName' in interaction ? interaction.commandName : undefined;
  ctx.logger.debug({ interaction: interaction.id, command: name }, 'discord: unknown command');
  await apologize(interaction, ctx);
}

function describe(interaction: Interaction): { command: EventCommand; text?: string } {
  if (interaction.isChatInputCommand()) {
    const text = interaction.options.data.map((o) => String(o.value ?? '')).join(' ');
    return { command: interaction.commandName as EventCommand, ...(text ? { text } : {}) };
  }
  if (interaction.isAutocomplete())
    return { command: 'autocomplete', text: String(interaction.options.getFocused()) };
  if (interaction.isButton()) return { command: 'callback', text: interaction.customId };
  return { command: 'callback' };
}

/** Routes one interaction to its handler; never throws (logs, reports and apologizes instead). */
export async function onInteraction(
  interaction: Interaction,
  ctx: DiscordContext,
  commands: Map<string, SlashCommand>,
): Promise<void> {
  const started = Date.now();
  const { command, text } = describe(interaction);
  try {
    let outcome: Outcome | undefined;
    if (interaction.isChatInputCommand() && (await ctx.limiter.hit(interaction.user.id)) !== 'allow') {
      // Every command must be acknowledged; a note only the user sees keeps the channel quiet.
      const note = wordsFor(langOfLocale(interaction.locale)).shared.errors['rate-limited'];
      await interaction.reply({
        content: note,
        flags: MessageFlags.Ephemeral,
        allowedMentions: { parse: [] },
      });
      outcome = { results: 0, answered: false };
    } else if (interaction.isChatInputCommand()) {
      const handler = commands.get(interaction.commandName);
      if (!handler) return await unknownCommand(interaction, ctx);
      outcome = await handler.execute(interaction, ctx);
    } else if (interaction.isAutocomplete()) {
      const handler = commands.get(interaction.commandName);
      if (!handler?.autocomplete) return await unknownCommand(interaction, ctx);
      const choices = await handler.autocomplete(interaction, ctx);
      outcome = { results: choices, answered: choices > 0 };
    } else if (interaction.isButton()) {
      const feedback = readFeedbackId(interaction.customId);
      // A 👍/👎 press is counted as feedback, not as an answer.
      if (feedback) await onFeedbackButton(interaction, ctx, feedback);
      else outcome = await handleButton(interaction, ctx);
    }
    if (!outcome) return;
    ctx.events.answered({
      platform: 'discord',
      command,
      latencyMs: Date.now() - started,
      results: outcome.results,
      answered: outcome.answered,
      userId: interaction.user.id,
      ...(text !== undefined ? { text } : {}),
      ...(outcome.declined !== undefined && { declined: outcome.declined }),
    });
  } catch (err) {
    const context = {
      interaction: interaction.id,
      command,
      guild: interaction.guildId,
      channel: interaction.channelId,
    };
    // events.failed writes the one error line (with the hashed user); logging here too made two.
    ctx.events.failed('discord', err, context);
    try {
      await apologize(interaction, ctx);
    } catch (apologyErr) {
      ctx.logger.warn({ err: apologyErr, ...context }, 'discord: could not apologize either');
    }
  }
}

/** Answers a message addressed to the bot (mention or DM); never throws. */
export async function onMessage(message: Message, ctx: DiscordContext, botId: string): Promise<void> {
  if (!isForBot(message, botId)) return;
  const started = Date.now();
  try {
    const decision = await ctx.limiter.hit(message.author.id);
    if (decision === 'drop') return;
    const outcome =
      decision === 'notify'
        ? await notifyRateLimited(message, ctx)
        : await handleMention(message, ctx, botId);
    ctx.events.answered({
      platform: 'discord',
      command: 'ask',
      latencyMs: Date.now() - started,
      results: outcome.results,
      answered: outcome.answered,
      userId: message.author.id,
      text: message.content,
      ...(outcome.declined !== undefined && { declined: outcome.declined }),
    });
  } catch (err) {
    const context = { message: message.id, channel: message.channelId, guild: message.guildId };
    ctx.events.failed('discord', err, context);
  }
}
