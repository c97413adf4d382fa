import type { Message } from 'discord.js';
import type { DiscordContext, Outcome } from './context.js';
import { answerPayload, NO_MENTIONS } from './message-payload.js';
import { runPaged } from '../shared/paged.js';
import { wordsFor } from './words.js';
import { withChart } from './chart.js';
import { withFeedbackButtons } from './feedback.js';
import { declinedQuestion } from '../shared/feedback.js';

/** The line a user addressed to the bot: the message without the bot's own mention. */
export function lineFromMention(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').trim();
}

/**
 * Whether a message is for the bot: any DM, or a guild message that mentions the bot itself
 * (not @everyone, not a role). Other bots are never answered.
 */
export function isForBot(message: Message, botId: string): boolean {
  if (message.author.bot || message.author.id === botId) return false;
  if (!message.inGuild()) return true;
  return message.mentions.users.has(botId);
}

/** Tells a user, once per window, that they are asking too fast (in the language of their message). */
export async function notifyRateLimited(message: Message, ctx: DiscordContext): Promise<Outcome> {
  const lang = ctx.planbot.detectLang(message.content);
  await message.reply({
    content: wordsFor(lang).shared.errors['rate-limited'],
    allowedMentions: NO_MENTIONS,
  });
  return { results: 0, answered: false };
}

function answerLine(ctx: DiscordContext, line: string, ownerId: string) {
  const parsed = line.length === 0 ? { command: 'help' as const, arg: '' } : ctx.planbot.parseLine(line);
  const { answer, request } = runPaged(ctx.planbot, parsed, 'discord');
  const { payload, newPage } = answerPayload(answer, request, ownerId);
  const { ephemeral: _ephemeral, ...message } = payload;
  return { answer, payload: message, newPage };
}

/** Answers `@PlanBot question` in a channel or any DM with a reply to the user's message. */
export async function handleMention(message: Message, ctx: DiscordContext, botId: string): Promise<Outcome> {
  const line = lineFromMention(message.content, botId);
  // A message reply has no 3 s window, but its CPU work takes turns with the interactions' (which do).
  const done = await ctx.answers.turn();
  let answered: ReturnType<typeof answerLine>;
  try {
    answered = answerLine(ctx, line, message.author.id);
  } finally {
    done();
  }
  const { answer, newPage } = answered;
  if (newPage) await ctx.pages.put(newPage.key, newPage.page);
  const payload = await withChart(ctx, answer, withFeedbackButtons(ctx, answer, answered.payload));
  await message.reply(payload);
  return { results: answer.results.length, answered: answer.answered, ...declinedQuestion(answer) };
}
