import type { Context } from 'telegraf';
import type { Message } from 'telegraf/types';
import type { Lang, Request } from '../../core/types.js';
import { escapeHtml } from './html.js';
import { readIncoming, type Incoming } from './incoming.js';
import { exampleKeyboard, type TelegramMessage } from './render.js';
import { lineRequest, respond, type HandlerDeps } from './answer-request.js';
import { chooseLang, chooseScript, sendMessages, targetOf } from './send.js';
import { sendReply } from './chart.js';
import { declinedQuestion } from '../shared/feedback.js';
import { labels } from '../shared/labels.js';

function requestFor(deps: HandlerDeps, incoming: Incoming, language: Lang): Request {
  switch (incoming.kind) {
    case 'question':
      return lineRequest(deps.planbot, incoming.text, language);
    case 'unknown-command':
      return { command: 'help', arg: incoming.command, lang: language };
    case 'command':
      return {
        command: incoming.command === 'start' ? 'help' : incoming.command,
        arg: incoming.arg,
        lang: language,
      };
  }
}

/** How many example questions /start offers as buttons: the questions, not the commands after them. */
const WELCOME_EXAMPLES = 5;

/** The example questions behind /start's buttons, by position. */
export function welcomeExamples(deps: HandlerDeps, lang: Lang): string[] {
  return deps.planbot.exampleQuestions(lang).slice(0, WELCOME_EXAMPLES);
}

/** /start: a short welcome, and example questions as buttons that ask them. */
function welcome(deps: HandlerDeps, lang: Lang): TelegramMessage {
  const l = labels[lang];
  const examples = welcomeExamples(deps, lang);
  return {
    text: `${escapeHtml(l.welcome)}\n\n${escapeHtml(l.tryAsking)}`,
    reply_markup: exampleKeyboard(examples, lang),
  };
}

/** Answers a message when it is addressed to the bot (see readIncoming); stays silent otherwise. */
export async function onMessage(deps: HandlerDeps, ctx: Context): Promise<void> {
  const started = performance.now();
  const message = ctx.message as (Message.TextMessage & Message.CaptionableMessage) | undefined;
  if (!message || !ctx.from || ctx.from.is_bot) return;
  const incoming = readIncoming(message, deps.me());
  if (!incoming) return;

  const userId = String(ctx.from.id);
  const target = targetOf(message);
  const text = incoming.kind === 'question' ? incoming.text : incoming.kind === 'command' ? incoming.arg : '';
  const lang = chooseLang(ctx.from.language_code, text, deps.planbot.detectLang);
  const decision = await deps.limiter.hit(userId);
  if (decision !== 'allow') {
    deps.events.rateLimited('telegram');
    if (decision === 'notify') {
      await sendMessages(ctx.telegram, target, [{ text: escapeHtml(labels[lang].errors['rate-limited']) }]);
    }
    return;
  }

  if (incoming.kind === 'command' && incoming.command === 'start') {
    await sendMessages(ctx.telegram, target, [welcome(deps, lang)]);
    deps.events.answered({
      platform: 'telegram',
      command: 'start',
      latencyMs: performance.now() - started,
      results: 0,
      answered: true,
      userId,
    });
    return;
  }

  const request = { ...requestFor(deps, incoming, lang), ...chooseScript(ctx.from.language_code) };
  const reply = await respond(deps, request, userId);
  const { answer } = reply;
  await sendReply(ctx.telegram, target, reply, deps.logger);
  deps.events.answered({
    platform: 'telegram',
    command: answer.command,
    latencyMs: performance.now() - started,
    results: answer.results.length,
    answered: answer.answered,
    userId,
    text: message.text ?? message.caption ?? '',
    ...declinedQuestion(answer),
  });
}
