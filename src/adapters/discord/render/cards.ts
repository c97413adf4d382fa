import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Lang, Result } from '../../../core/types.js';
import { statWhenEn, statWhenZh } from '../../../core/text/figures.js';
import { clip, LIMITS } from '../limits.js';
import { wordsFor } from '../words.js';
import { figureOf } from './figure.js';
import { sourceLine, sourceMarkdown } from './source-line.js';
import { seriesLine, sourceLink } from '../../shared/describe.js';

/** Embed colours by result kind, so a figure, a task and an area look different at a glance. */
export const COLORS = {
  stat: 0x2b6cb0,
  task: 0x2f855a,
  plan: 0x6b46c1,
  document: 0x553c9a,
  event: 0x2c7a7b,
  area: 0xb7791f,
  source: 0x4a5568,
  passage: 0x718096,
  suggestion: 0xa0aec0,
  error: 0xc53030,
} as const;

/** Statistics of the whole region name no scope; others say which province or city. */
const REGION = '长三角';

const quoteBlock = (quote: string | undefined): string => (quote ? `\n> ${quote.replace(/\n+/g, ' ')}` : '');

/** Both renderings where the data has an English one: the reader's language first. */
function bilingual(zh: string, en: string | undefined, lang: Lang): string {
  return lang === 'en' && en ? `${en}\n*${zh}*` : zh;
}

/**
 * One result as an embed card: the figure or the task first (title and description), the backing
 * quote, and the source in the footer, the title linking to the article when it has a URL.
 */
export function resultCard(result: Result, lang: Lang): APIEmbed {
  const w = wordsFor(lang);
  const card: APIEmbed = { color: COLORS[result.kind] };
  switch (result.kind) {
    case 'stat': {
      card.title = figureOf(result, lang);
      const metric = lang === 'en' ? result.metric_en : result.metric;
      const when = lang === 'en' ? statWhenEn(result) : statWhenZh(result);
      const regional = result.scope === REGION || metric.includes(result.scope);
      const scope = regional ? '' : lang === 'en' ? ` (${result.scope})` : `（${result.scope}）`;
      const chain = seriesLine(result, lang);
      card.description = `**${metric}${scope}**${when}${chain ? `\n${chain}` : ''}${quoteBlock(result.quote)}`;
      break;
    }
    case 'task':
      card.title = result.area_name ?? result.plan;
      card.description =
        bilingual(result.text, result.en, lang) +
        quoteBlock(result.quote?.replace(/[。.!！]$/, '') === result.text ? undefined : result.quote);
      break;
    case 'document':
    case 'event':
      card.title =
        result.fact === undefined
          ? lang === 'en'
            ? (result.en ?? result.text)
            : result.text
          : lang === 'en'
            ? result.fact.title_en
            : result.fact.title;
      card.description =
        result.fact !== undefined
          ? bilingual(result.text, result.en, lang)
          : result.kind === 'event'
            ? (result.theme ?? '')
            : [result.issuer, result.issued].filter(Boolean).join(' · ');
      break;
    case 'plan': {
      if (result.fact !== undefined) {
        // A fact of a plan (when it was issued, by whom…): the plan names it, the fact is the answer.
        card.title = lang === 'en' ? result.fact.title_en : result.fact.title;
        card.description = bilingual(result.text, result.en, lang);
        break;
      }
      card.title = `${result.period} · ${w.shared.tasksStated(result.task_count)}`;
      const completion = lang === 'en' ? (result.completion_en ?? result.completion) : result.completion;
      card.description = bilingual(result.text, result.en, lang) + (completion ? `\n**${completion}**` : '');
      break;
    }
    case 'area':
      card.title =
        lang === 'en'
          ? `Area ${result.order}: ${result.en ?? result.short}`
          : `第${result.order}方面：${result.short}`;
      card.description = [
        lang === 'en' ? `*${result.text}*` : result.text,
        result.task_count !== undefined ? w.shared.tasksStated(result.task_count) : undefined,
      ]
        .filter(Boolean)
        .join('\n');
      break;
    case 'source':
      // A byline answer's text names the author; a listed source's text is its title.
      card.title = lang === 'en' ? (result.en ?? result.text) : result.text;
      card.description = `${result.source.publisher} · ${result.source.date}`;
      break;
    case 'passage':
      card.description = result.text;
      if (result.source) card.title = result.source.title;
      break;
    case 'suggestion':
      card.description = result.text;
      break;
  }
  if (result.source) {
    if (result.kind !== 'source') card.footer = { text: sourceLine(result.source, w) };
    const link = sourceLink(result.source);
    if (link !== undefined) card.url = link;
  }
  return card;
}

/** One result as a field of a list embed (areas, sources, tasks of an area). */
export function resultField(result: Result, lang: Lang): APIEmbedField {
  const w = wordsFor(lang);
  let name: string;
  let value: string;
  switch (result.kind) {
    case 'area': {
      name = `${result.order}. ${result.short}${lang === 'en' && result.en ? ` — ${result.en}` : ''}`;
      const counts = [
        result.task_count !== undefined ? w.shared.tasksStated(result.task_count) : undefined,
        result.listed ? w.shared.tasksListed(result.listed) : undefined,
      ].filter(Boolean);
      value = [result.text, counts.join(' · ')].filter(Boolean).join('\n');
      break;
    }
    case 'source':
      name = lang === 'en' ? (result.en ?? result.text) : result.text;
      value = sourceMarkdown(result.source, w);
      break;
    case 'stat': {
      const metric = lang === 'en' ? result.metric_en : result.metric;
      name = `${metric}: ${figureOf(result, lang)}`;
      value = [
        result.quote ? `> ${result.quote}` : undefined,
        result.source ? sourceMarkdown(result.source, w) : undefined,
      ]
        .filter(Boolean)
        .join('\n');
      break;
    }
    default: {
      const card = resultCard(result, lang);
      name = card.title ?? w.shared.source;
      value = [card.description, result.source ? sourceMarkdown(result.source, w) : undefined]
        .filter(Boolean)
        .join('\n');
    }
  }
  return {
    name: clip(name || '—', LIMITS.fieldName),
    value: clip(value || '—', LIMITS.fieldValue),
  };
}
