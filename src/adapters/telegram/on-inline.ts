import type { Context } from 'telegraf';
import type { InlineQueryResultArticle } from 'telegraf/types';
import type { Answer, Result } from '../../core/types.js';
import { inScript } from '../shared/script.js';
import { INLINE_PAGE_SIZE } from '../shared/paged.js';
import { cutText } from '../../core/text/cut.js';
import { resultHtml, resultTitle } from './render.js';
import { lineRequest, type HandlerDeps } from './answer-request.js';
import { chooseLang } from './send.js';
import { wordsFor } from './words.js';

/** Telegram may cache an inline answer this long (seconds); the data changes only with a release. */
const INLINE_CACHE_S = 300;

function article(result: Result, answer: Answer, index: number): InlineQueryResultArticle {
  const source = result.source;
  const description = source ? `${source.publisher} · ${source.date}` : undefined;
  return {
    type: 'article',
    id: String(index),
    title: cutText(inScript(resultTitle(result, answer.lang), answer.script), 120),
    ...(description && { description: cutText(description, 120) }),
    input_message_content: {
      message_text: inScript(resultHtml(result, answer), answer.script),
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
    },
  };
}

/**
 * Inline mode (`@bot question` in any chat): the answers as articles to pick from, paged with
 * offset / next_offset. An empty or unanswered query offers a button to open the private chat.
 */
export async function onInlineQuery(deps: HandlerDeps, ctx: Context): Promise<void> {
  const started = performance.now();
  const query = ctx.inlineQuery;
  if (!query) return;
  const text = query.query.trim();
  const lang = chooseLang(query.from.language_code, text, deps.planbot.detectLang);
  const w = wordsFor(lang);
  const offset = /^\d{1,4}$/.test(query.offset) ? Number(query.offset) : 0;
  if ((await deps.inlineLimiter.hit(String(query.from.id))) !== 'allow') {
    deps.events.rateLimited('telegram');
    await ctx.answerInlineQuery([], { cache_time: 0, is_personal: true });
    return;
  }
  if (text.length === 0) {
    await ctx.answerInlineQuery([], {
      cache_time: INLINE_CACHE_S,
      button: { text: w.inlineHint, start_parameter: 'inline' },
    });
    return;
  }
  const answer = deps.planbot.run({
    ...lineRequest(deps.planbot, text, lang),
    offset,
    limit: INLINE_PAGE_SIZE,
  });
  const results = answer.page.offset === offset ? answer.results : [];
  const articles = results
    .filter((r) => r.kind !== 'suggestion')
    .map((r, i) => article(r, answer, offset + i));
  const nextOffset = answer.page.hasMore && results.length > 0 ? String(offset + INLINE_PAGE_SIZE) : '';
  await ctx.answerInlineQuery(articles, {
    cache_time: INLINE_CACHE_S,
    next_offset: nextOffset,
    ...(articles.length === 0 &&
      offset === 0 && {
        button: { text: cutText(w.inlineNothing(answer.query), 60), start_parameter: 'inline' },
      }),
  });
  deps.events.answered({
    platform: 'telegram',
    command: 'inline',
    latencyMs: performance.now() - started,
    results: articles.length,
    answered: answer.answered,
    userId: String(query.from.id),
  });
}
