import type { Context } from 'telegraf';
import type { Request } from '../../core/types.js';
import { decodeAction, type ButtonAction } from './callback-data.js';
import { lineRequest, respond, type HandlerDeps } from './answer-request.js';
import { chooseLang, targetOf } from './send.js';
import { sendReply } from './chart.js';
import { onFeedbackPress, readFeedbackData } from './feedback.js';
import { labels } from '../shared/labels.js';
import { wordsFor } from './words.js';
import { welcomeExamples } from './on-message.js';

/** What a press asks for: a request, or a notice when the button is stale, forged or someone else's. */
type Press = { request: Request } | { notice: 'stale' | 'not-yours' };

async function pressOf(deps: HandlerDeps, data: string | undefined, userId: string): Promise<Press> {
  const action = decodeAction(data);
  if (action?.kind === 'more') {
    const stored = await deps.pages.get(action.key);
    if (!stored) return { notice: 'stale' };
    if (stored.ownerId !== userId) return { notice: 'not-yours' };
    return { request: { ...stored.request, offset: action.offset } };
  }
  const request = requestOf(deps, action);
  return request ? { request } : { notice: 'stale' };
}

/** The request behind a button that needs no stored page, or undefined when it is forged. */
function requestOf(deps: HandlerDeps, action: ButtonAction | null): Request | undefined {
  switch (action?.kind) {
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
 * (answerCallbackQuery), with a short notice when the button is stale, forged or over the rate limit,
 * and an alert when someone other than the asker presses "more".
 */
export async function onCallback(deps: HandlerDeps, ctx: Context): Promise<void> {
  const started = performance.now();
  const query = ctx.callbackQuery;
  if (!query) return;
  const userId = String(query.from.id);
  const data = 'data' in query ? query.data : undefined;
  const feedback = readFeedbackData(data);
  if (feedback) return onFeedbackPress(deps, ctx, feedback);
  const press = await pressOf(deps, data, userId);
  const request = 'request' in press ? press.request : undefined;
  const lang = request?.lang ?? chooseLang(query.from.language_code, '', deps.planbot.detectLang);
  const w = wordsFor(lang);
  const message =
    query.message && 'chat' in query.message && 'date' in query.message ? query.message : undefined;
  if ('notice' in press && press.notice === 'not-yours') {
    // Shown to the presser alone, as an alert: the page stays with its asker.
    await ctx.answerCbQuery(w.notYours, { show_alert: true });
    return;
  }
  if (!request || !message) {
    await ctx.answerCbQuery(w.staleButton);
    return;
  }
  const decision = await deps.limiter.hit(userId);
  if (decision !== 'allow') {
    deps.events.rateLimited('telegram');
    await ctx.answerCbQuery(labels[lang].errors['rate-limited']);
    return;
  }
  await ctx.answerCbQuery();
  const reply = await respond(deps, request, userId);
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
