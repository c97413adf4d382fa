import type { Context } from 'telegraf';
import type { Request } from '../../core/types.js';
import { decodeAction } from './callback-data.js';
import { lineRequest, respond, type HandlerDeps } from './answer-request.js';
import { chooseLang, targetOf } from './send.js';
import { sendReply } from './chart.js';
import { onFeedbackPress, readFeedbackData } from './feedback.js';
import { labels } from '../shared/labels.js';
import { wordsFor } from './words.js';
import { welcomeExamples } from './on-message.js';

/** The request behind a button, or undefined when the button is stale or forged. */
function requestOf(deps: HandlerDeps, data: string | undefined): Request | undefined {
  const action = decodeAction(data);
  switch (action?.kind) {
    case 'more': {
      const stored = deps.queries.get(action.key);
      return stored && { ...stored, offset: action.offset };
    }
    case 'area': {
      const known = deps.planbot.knowledge.areas.some((area) => area.id === action.area);
      return known ? { command: 'tasks', arg: action.area, lang: action.lang } : undefined;
    }
    case 'example': {
      const question = welcomeExamples(deps, action.lang)[action.index];
      return question === undefined ? undefined : lineRequest(deps.planbot, question, action.lang);
    }
    default:
      return undefined;
  }
}

/**
 * A button press: 👍/👎, "more", an area of the picker, or an example question. Every press is answered
 * (answerCallbackQuery), with a short notice when the button is stale, forged or over the rate limit.
 */
export async function onCallback(deps: HandlerDeps, ctx: Context): Promise<void> {
  const started = performance.now();
  const query = ctx.callbackQuery;
  if (!query) return;
  const userId = String(query.from.id);
  const data = 'data' in query ? query.data : undefined;
  const feedback = readFeedbackData(data);
  if (feedback) return onFeedbackPress(deps, ctx, feedback);
  const request = requestOf(deps, data);
  const lang = request?.lang ?? chooseLang(query.from.language_code, '', deps.planbot.detectLang);
  const w = wordsFor(lang);
  const message =
    query.message && 'chat' in query.message && 'date' in query.message ? query.message : undefined;
  if (!request || !message) {
    await ctx.answerCbQuery(w.staleButton);
    return;
  }
  const decision = deps.limiter.hit(userId);
  if (decision !== 'allow') {
    deps.events.rateLimited('telegram');
    await ctx.answerCbQuery(labels[lang].errors['rate-limited']);
    return;
  }
  await ctx.answerCbQuery();
  const reply = respond(deps, request);
  const { answer } = reply;
  await sendReply(ctx.telegram, targetOf(message), reply, deps.logger);
  deps.events.answered({
    platform: 'telegram',
    command: 'callback',
    latencyMs: performance.now() - started,
    results: answer.results.length,
    answered: answer.answered,
    userId,
  });
}
