import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import type { Answer, Request } from '../../core/types.js';
import { newPageKey, type StoredPage } from '../shared/page-store.js';
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

/** A page the caller must put in the page store before sending the payload whose buttons name it. */
export interface NewPage {
  key: string;
  page: StoredPage;
}

/**
 * The message for an answer, with page buttons bound to `ownerId` when there is more than one page.
 * `pageKey` reuses the stored query of the message being paged; without it, a new page comes back.
 */
export function answerPayload(
  answer: Answer,
  request: Request & { limit: number },
  ownerId: string,
  pageKey?: string,
): { payload: AnswerPayload; newPage?: NewPage } {
  const rendered = renderAnswer(answer);
  let components: AnswerPayload['components'] = [];
  let newPage: NewPage | undefined;
  const paged = answer.page.offset > 0 || answer.page.offset + rendered.shown < answer.page.total;
  if (!rendered.ephemeral && rendered.shown > 0 && paged) {
    let key = pageKey;
    if (key === undefined) {
      key = newPageKey();
      newPage = { key, page: { ownerId, request: { ...request, offset: 0 } } };
    }
    components = pageButtons(answer, rendered.shown, key);
  }
  const payload: AnswerPayload = {
    ...(rendered.content ? { content: rendered.content } : {}),
    embeds: rendered.embeds,
    components,
    allowedMentions: NO_MENTIONS,
    ephemeral: rendered.ephemeral,
  };
  return newPage ? { payload, newPage } : { payload };
}
