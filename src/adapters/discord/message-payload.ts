import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import type { Answer, Request } from '../../core/types.js';
import type { DiscordContext } from './context.js';
import { pageButtons } from './paging.js';
import { renderAnswer } from './render/answer.js';

/** Mentions are never parsed from what the bot sends: no @everyone, role or user ping, ever. */
export const NO_MENTIONS = { parse: [] as never[], repliedUser: false };

export interface AnswerPayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: typeof NO_MENTIONS;
  ephemeral: boolean;
}

/**
 * The message for an answer, with page buttons bound to `ownerId` when there is more than one page.
 * `pageKey` reuses the stored query of the message being paged.
 */
export function answerPayload(
  ctx: Pick<DiscordContext, 'pages'>,
  answer: Answer,
  request: Request & { limit: number },
  ownerId: string,
  pageKey?: string,
): AnswerPayload {
  const rendered = renderAnswer(answer);
  let components: AnswerPayload['components'] = [];
  const paged = answer.page.offset > 0 || answer.page.offset + rendered.shown < answer.page.total;
  if (!rendered.ephemeral && rendered.shown > 0 && paged) {
    const key = pageKey ?? ctx.pages.save({ ownerId, request: { ...request, offset: 0 } });
    components = pageButtons(answer, rendered.shown, key);
  }
  return {
    ...(rendered.content ? { content: rendered.content } : {}),
    embeds: rendered.embeds,
    components,
    allowedMentions: NO_MENTIONS,
    ephemeral: rendered.ephemeral,
  };
}
