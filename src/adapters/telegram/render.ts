/**
 * Answer → Telegram messages (HTML text and inline keyboard). Pure: no network, no state, so tests and
 * fuzzers can call it directly. Every string from the data or the user is escaped here.
 */
import { cutText } from '../../core/text/cut.js';
import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'telegraf/types';
import type { Answer, AreaResult, Lang, Result, SourceRef } from '../../core/types.js';
import { encodeAction } from './callback-data.js';
import { blockquote, bold, escapeHtml, italic, link } from './html.js';
import { splitHtml, TELEGRAM_TEXT_LIMIT } from './split.js';
import { describeResult, describeSource, sourceLink } from '../shared/describe.js';
import { labels } from '../shared/labels.js';
import { inScript } from '../shared/script.js';
import { wordsFor, type TelegramWords } from './words.js';

/** One message as sendMessage takes it. */
export interface TelegramMessage {
  /** HTML (parse_mode 'HTML'), at most 4096 visible characters. */
  text: string;
  reply_markup?: InlineKeyboardMarkup;
}

export interface RenderOptions {
  /** Callback data of the "more" button, when the answer has a next page. */
  moreData?: string;
  /** Visible characters per message (Telegram's limit unless a test asks for less). */
  limit?: number;
}

const e = escapeHtml;

/** A source line (shared wording), linking to the article when its address is known. */
export function sourceLine(text: string, url: string | undefined): string {
  return italic(url ? link(url, e(text)) : e(text));
}

function resultBlock(result: Result, answer: Answer, withSource: boolean): string {
  const words = describeResult(result, answer.lang);
  const lines: string[] = [];
  switch (result.kind) {
    case 'stat':
    case 'plan':
      lines.push(bold(e(words.title)));
      if (words.body) lines.push(result.kind === 'stat' ? blockquote(e(words.body)) : e(words.body));
      break;
    case 'task':
      lines.push(`• ${e(words.title)}`);
      // Under /tasks <area> the heading already names the area.
      if (words.body && answer.command !== 'tasks') lines.push(`   ${italic(e(words.body))}`);
      break;
    case 'area':
      lines.push(`${bold(e(words.title))}${words.body ? ` — ${e(words.body)}` : ''}`);
      break;
    case 'source':
      lines.push(bold(words.url ? link(words.url, e(words.title)) : e(words.title)), e(words.body));
      return lines.join('\n');
    case 'passage':
      lines.push(italic(e(words.title)), blockquote(e(words.body)));
      break;
    case 'suggestion':
      return `• ${e(words.title)}`;
  }
  if (withSource && words.sourceLine) lines.push(sourceLine(words.sourceLine, words.url));
  return lines.join('\n');
}

/** One result as a message of its own (an inline-mode article), with its source. */
export function resultHtml(result: Result, answer: Answer): string {
  return splitHtml(resultBlock(result, answer, true))[0] ?? '';
}

/** A result as one line of plain text (titles of inline articles). */
export function resultTitle(result: Result, lang: Lang): string {
  return describeResult(result, lang).title;
}

function title(answer: Answer, w: TelegramWords): string | undefined {
  switch (answer.command) {
    case 'stats':
      return answer.query ? w.statsTitle(cutText(answer.query, 40)) : w.headlineTitle;
    case 'tasks': {
      if (!answer.area) return w.areasTitle;
      const first = answer.results[0];
      const name = first?.kind === 'task' ? first.area_name : undefined;
      return w.tasksOf(name ?? answer.query);
    }
    case 'areas':
      return w.areasTitle;
    case 'sources':
      return w.sourcesTitle;
    default:
      return undefined;
  }
}

function lead(answer: Answer, w: TelegramWords): string[] {
  const l = labels[answer.lang];
  if (answer.error !== undefined && answer.error !== 'too-long') {
    // An empty question is answered with help's examples (as buttons) under this line; a no-exact one
    // first says what the sources lack.
    const missing = answer.lead === undefined ? [] : [bold(e(answer.lead))];
    return [...missing, e(l.errors[answer.error])];
  }
  if (answer.command === 'help') return [e(l.help), e(l.tryAsking)];
  const heading = title(answer, w);
  const parts = heading ? [bold(e(heading))] : [];
  if (answer.error === 'too-long') parts.unshift(italic(e(l.errors['too-long'])));
  return parts;
}

/** Records shown under a lead sentence besides the best one, whose source line follows the lead. */
const SUPPORTING_RECORDS = 2;

/** The answer is shown as its lead sentence: not for a no-exact answer, whose results are only the nearest. */
function ledByLead(answer: Answer): answer is Answer & { lead: string } {
  return answer.lead !== undefined && answer.error !== 'no-exact' && answer.results.length > 0;
}

/** How many of the page's results a reply shows (a lead shows the best and at most two more). */
export function shownResults(answer: Answer): number {
  return ledByLead(answer) ? Math.min(answer.results.length, 1 + SUPPORTING_RECORDS) : answer.results.length;
}

/** The lead in bold, the best result's source line, then at most two supporting records with theirs. */
function leadHtml(answer: Answer & { lead: string }): string {
  const [best, ...rest] = answer.results.slice(0, shownResults(answer));
  const blocks = [bold(e(answer.lead))];
  const words = describeResult(best!, answer.lang);
  if (words.sourceLine) blocks.push(sourceLine(words.sourceLine, words.url));
  for (const result of rest) blocks.push(resultBlock(result, answer, true));
  const { offset, total } = answer.page;
  const shown = 1 + rest.length;
  if (total > shown) blocks.push(italic(e(labels[answer.lang].pageRange(offset + 1, offset + shown, total))));
  if (answer.error === 'too-long') blocks.unshift(italic(e(labels[answer.lang].errors['too-long'])));
  return inScript(blocks.join('\n\n'), answer.script);
}

/** The whole answer as one HTML text (before splitting). */
export function answerHtml(answer: Answer): string {
  if (ledByLead(answer)) return leadHtml(answer);
  const w = wordsFor(answer.lang);
  const perResultSource = answer.command === 'ask' || answer.command === 'stats';
  // Help's example questions are buttons (see answerKeyboard), not text.
  const listed = answer.command === 'help' ? [] : answer.results;
  // Results from one article in a row share one source line, under the last of them.
  const items = listed.map((r, i) =>
    resultBlock(r, answer, perResultSource && listed[i + 1]?.source?.id !== r.source?.id),
  );
  // A run of one-line items of one kind (tasks, areas, suggestions) sits on consecutive lines; cards are paragraphs.
  const body = items.reduce((html, item, i) => {
    if (i === 0) return item;
    const tight = !items[i - 1]!.includes('\n') && listed[i - 1]!.kind === listed[i]!.kind;
    return `${html}${tight ? '\n' : '\n\n'}${item}`;
  }, '');
  const blocks = [...lead(answer, w), ...(body ? [body] : [])];
  if (!perResultSource && answer.command !== 'sources') {
    const seen = new Map<string, SourceRef>();
    for (const result of listed)
      if (result.source && result.kind !== 'suggestion') seen.set(result.source.id, result.source);
    const lines = [...seen.values()].map((s) => sourceLine(describeSource(s, answer.lang), sourceLink(s)));
    if (lines.length > 0) blocks.push(lines.join('\n'));
  }
  const { offset, total } = answer.page;
  if (total > listed.length && listed.length > 0 && listed[0]?.kind !== 'suggestion') {
    blocks.push(italic(e(labels[answer.lang].pageRange(offset + 1, offset + listed.length, total))));
  }
  // A traditional-script asker reads traditional characters; markup and URLs are Latin and unchanged.
  return inScript(blocks.join('\n\n'), answer.script);
}

/**
 * Buttons under an answer: the example questions under help, one per area when it lists areas,
 * and "more" when there is a next page.
 */
export function answerKeyboard(answer: Answer, moreData?: string): InlineKeyboardMarkup | undefined {
  if (answer.command === 'help') {
    return exampleKeyboard(
      answer.results.map((r) => r.text),
      answer.lang,
    );
  }
  const rows: InlineKeyboardButton[][] = [];
  const areas = answer.results.filter((r): r is AreaResult => r.kind === 'area');
  // A list of areas (possibly beside the count of areas) gets a picker; one area card among other answers does not.
  if (areas.length > 1 || (areas.length === 1 && answer.results.length === 1)) {
    const buttons = areas.map((area) => ({
      text: answer.lang === 'en' ? cutWords(area.en ?? area.short, 48) : inScript(area.short, answer.script),
      callback_data: encodeAction({ kind: 'area', area: area.id, lang: answer.lang }),
    }));
    // English names are long: one per row keeps them readable.
    const perRow = answer.lang === 'en' ? 1 : 3;
    for (let i = 0; i < buttons.length; i += perRow) rows.push(buttons.slice(i, i + perRow));
  }
  const hasMore = answer.page.offset + shownResults(answer) < answer.page.total;
  if (hasMore && moreData && answer.results[0]?.kind !== 'suggestion')
    rows.push([{ text: inScript(labels[answer.lang].more, answer.script), callback_data: moreData }]);
  return rows.length > 0 ? { inline_keyboard: rows } : undefined;
}

/** Cuts English at a word boundary. */
function cutWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * Renders an answer as one or more messages within Telegram's limit; the keyboard goes under the last,
 * where the reader ends up.
 */
export function renderAnswer(answer: Answer, options: RenderOptions = {}): TelegramMessage[] {
  const parts = splitHtml(answerHtml(answer), options.limit ?? TELEGRAM_TEXT_LIMIT);
  const keyboard = answerKeyboard(answer, options.moreData);
  const messages: TelegramMessage[] = parts.map((text) => ({ text }));
  if (keyboard && messages.length > 0) messages[messages.length - 1]!.reply_markup = keyboard;
  return messages;
}

/** Example questions as buttons that ask them (under /start and /help). */
export function exampleKeyboard(examples: readonly string[], lang: Lang): InlineKeyboardMarkup {
  return {
    inline_keyboard: examples.map((question, index) => [
      { text: cutText(question, 60), callback_data: encodeAction({ kind: 'example', index, lang }) },
    ]),
  };
}
