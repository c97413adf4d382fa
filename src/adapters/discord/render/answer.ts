import type { APIEmbed } from 'discord.js';
import type { Answer, Lang, Result } from '../../../core/types.js';
import { clip, LIMITS } from '../limits.js';
import { wordsFor, type Words } from '../words.js';
import { COLORS, resultCard, resultField } from './cards.js';
import { fitEmbeds } from './fit.js';
import { inScript } from '../../shared/script.js';

/** A rendered answer: what goes into a message, before buttons. */
export interface RenderedAnswer {
  /**
   * The lead sentence (first line), then the page position ("第 1–3 条，共 20 条") or a note; never the
   * user's own text.
   */
  content?: string;
  embeds: APIEmbed[];
  /** The answer should only be shown to the asker (errors such as an empty question). */
  ephemeral: boolean;
  /** How many of the page's results made it into the message (the next page starts after them). */
  shown: number;
}

/** Commands whose results read best as one list embed with a field per result. */
const LIST_COMMANDS = new Set<Answer['command']>(['areas', 'sources']);

/** Lists read best as one embed with a field per result; figures and lookups as one card each. */
function isList(answer: Answer): boolean {
  if (LIST_COMMANDS.has(answer.command)) return true;
  if (answer.command === 'tasks') return answer.results.every((r) => r.kind === 'area');
  return answer.command === 'ask' && answer.intent === 'list';
}

/** The list's title: the command's, or for a question what its best result is a list of. */
function listTitle(answer: Answer, w: Words): string | undefined {
  if (answer.command === 'areas' || answer.command === 'sources') return w.titles[answer.command];
  if (answer.command === 'tasks') return w.titles.tasks;
  const kind = answer.results[0]?.kind;
  const areas = answer.results.filter((r) => r.kind === 'area');
  // One area card heading its tasks ("生态方面有哪些任务") is a list of tasks, not of the nine areas.
  if (areas.length > 1) return w.titles.areas;
  if (kind === 'area' || kind === 'task') {
    const area = areas[0];
    if (area === undefined) return w.titles.tasks;
    const name = answer.lang === 'en' ? (area.en ?? area.short) : area.short;
    return `${name}${answer.lang === 'en' ? ': ' : '：'}${w.titles.tasks}`;
  }
  if (kind === 'source') return w.titles.sources;
  return undefined;
}

/** Who asked what, shown as the embed author: plain text, so user input can neither ping nor format. */
function header(answer: Answer, w: Words): string | undefined {
  if (answer.query.length === 0) return undefined;
  if (answer.command === 'ask') return w.question(answer.query);
  if (answer.command === 'stats') return w.topic(answer.query);
  return undefined;
}

function listEmbed(title: string | undefined, results: Result[], lang: Lang): APIEmbed {
  return {
    ...(title ? { title } : {}),
    color: results[0]?.kind === 'source' ? COLORS.source : COLORS.area,
    fields: results.slice(0, LIMITS.fields).map((r) => resultField(r, lang)),
  };
}

function helpEmbeds(answer: Answer, w: Words): APIEmbed[] {
  const commands = Object.entries(w.shared.commands)
    .map(([name, what]) => `**/${name}** — ${what}`)
    .join('\n');
  const examples = answer.results.map((r) => `• ${r.text}`).join('\n');
  return [
    {
      title: w.titles.help,
      color: COLORS.area,
      description: `${w.helpIntro}\n\n${commands}`,
      ...(examples
        ? { fields: [{ name: w.shared.tryAsking, value: clip(examples, LIMITS.fieldValue) }] }
        : {}),
    },
  ];
}

function noMatchEmbed(answer: Answer, w: Words): APIEmbed {
  const suggestions = answer.results.filter((r) => r.kind === 'suggestion').map((r) => `• ${r.text}`);
  return {
    color: COLORS.suggestion,
    description: [w.shared.errors['no-match'], ...suggestions].join('\n'),
  };
}

function pageNote(answer: Answer, shown: number, w: Words): string | undefined {
  const { offset, total } = answer.page;
  if (shown === 0 || (offset === 0 && shown >= total)) return undefined;
  return w.page(offset + 1, offset + shown, total);
}

/**
 * Renders an answer as Discord embeds. Pure: no network, no state. Every limit (title 256,
 * description 4096, 25 fields of 256/1024, footer 2048, 10 embeds, 6000 in all, content 2000)
 * holds by construction, whatever the answer holds.
 */
export function renderAnswer(answer: Answer): RenderedAnswer {
  const rendered = renderInSimplified(answer);
  if (answer.script !== 'hant') return rendered;
  // A traditional-script asker reads traditional characters; each maps to one, so every limit still holds.
  const t = (text: string): string => inScript(text, answer.script);
  return {
    ...rendered,
    ...(rendered.content === undefined ? {} : { content: t(rendered.content) }),
    embeds: rendered.embeds.map((embed) => embedInScript(embed, t)),
  };
}

function embedInScript(embed: APIEmbed, t: (text: string) => string): APIEmbed {
  return {
    ...embed,
    ...(embed.title === undefined ? {} : { title: t(embed.title) }),
    ...(embed.description === undefined ? {} : { description: t(embed.description) }),
    ...(embed.author === undefined ? {} : { author: { ...embed.author, name: t(embed.author.name) } }),
    ...(embed.footer === undefined ? {} : { footer: { ...embed.footer, text: t(embed.footer.text) } }),
    ...(embed.fields === undefined
      ? {}
      : { fields: embed.fields.map((f) => ({ ...f, name: t(f.name), value: t(f.value) })) }),
  };
}

function renderInSimplified(answer: Answer): RenderedAnswer {
  const w = wordsFor(answer.lang);
  const author = header(answer, w);
  const withAuthor = (embeds: APIEmbed[]): APIEmbed[] =>
    author && embeds[0] ? [{ ...embeds[0], author: { name: author } }, ...embeds.slice(1)] : embeds;

  if (answer.error === 'empty' || answer.error === 'rate-limited' || answer.error === 'unknown-command') {
    return {
      embeds: [{ color: COLORS.error, description: w.shared.errors[answer.error] }],
      ephemeral: true,
      shown: 0,
    };
  }
  if (answer.error === 'unknown-area') {
    const embeds = fitEmbeds([listEmbed(w.shared.errors['unknown-area'], answer.results, answer.lang)]);
    return { embeds, ephemeral: true, shown: 0 };
  }
  if (answer.command === 'help')
    return { embeds: fitEmbeds(helpEmbeds(answer, w)), ephemeral: false, shown: 0 };
  if (!answer.answered || answer.results.length === 0) {
    return { embeds: fitEmbeds(withAuthor([noMatchEmbed(answer, w)])), ephemeral: false, shown: 0 };
  }

  let embeds: APIEmbed[];
  let shown: number;
  if (isList(answer)) {
    embeds = fitEmbeds(withAuthor([listEmbed(listTitle(answer, w), answer.results, answer.lang)]));
    shown = embeds[0]?.fields?.length ?? 0;
  } else {
    embeds = fitEmbeds(withAuthor(answer.results.map((r) => resultCard(r, answer.lang))));
    shown = embeds.length;
  }
  // The sentence that answers the question comes first, above the cards that back it.
  const notes = [
    answer.lead,
    answer.error === 'too-long' ? w.shared.errors['too-long'] : undefined,
    pageNote(answer, shown, w),
  ];
  const content = notes.filter(Boolean).join('\n');
  return { ...(content ? { content: clip(content, LIMITS.content) } : {}), embeds, ephemeral: false, shown };
}
