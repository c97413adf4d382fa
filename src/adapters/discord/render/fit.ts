import type { APIEmbed } from 'discord.js';
import { clip, LIMITS } from '../limits.js';

/** The characters of an embed that count towards Discord's 6000 per message. */
export function embedSize(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/**
 * Clips every part of an embed to its own limit and drops empty parts (Discord rejects an empty
 * footer, author or field); an embed left with nothing to show gets a dash.
 */
export function clipEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (!out.title) delete out.title;
  if (!out.description) delete out.description;
  if (!out.footer?.text) delete out.footer;
  if (!out.author?.name) delete out.author;
  if (out.fields) {
    out.fields = out.fields.map((f) => ({ ...f, name: f.name || '—', value: f.value || '—' }));
    if (out.fields.length === 0) delete out.fields;
  }
  if (out.title === undefined && out.description === undefined && out.fields === undefined)
    out.description = '—';
  if (out.title !== undefined) out.title = clip(out.title, LIMITS.title);
  if (out.description !== undefined) out.description = clip(out.description, LIMITS.description);
  if (out.footer) out.footer = { ...out.footer, text: clip(out.footer.text, LIMITS.footer) };
  if (out.author) out.author = { ...out.author, name: clip(out.author.name, LIMITS.authorName) };
  if (out.fields) {
    out.fields = out.fields
      .slice(0, LIMITS.fields)
      .map((f) => ({ ...f, name: clip(f.name, LIMITS.fieldName), value: clip(f.value, LIMITS.fieldValue) }));
  }
  return out;
}

const MIN_USEFUL = 120;

const isEmpty = (embed: APIEmbed): boolean =>
  embed.title === undefined && embed.description === undefined && embed.fields === undefined;

/**
 * Makes a list of embeds fit one message: each part within its limit, at most 10 embeds and 6000
 * characters in all. Later embeds give way first: their descriptions and fields shrink, then they go.
 */
export function fitEmbeds(embeds: APIEmbed[], budget: number = LIMITS.embedTotal): APIEmbed[] {
  const out: APIEmbed[] = [];
  let used = 0;
  for (const raw of embeds.slice(0, LIMITS.embeds)) {
    let embed = clipEmbed(raw);
    const left = budget - used;
    if (embedSize(embed) > left) {
      embed = shrink(embed, left);
      if (embedSize(embed) > left || isEmpty(embed) || (out.length > 0 && left < MIN_USEFUL)) break;
    }
    out.push(embed);
    used += embedSize(embed);
  }
  // A message needs something to show, however the first embed fared.
  if (out.length === 0 && embeds.length > 0) out.push({ description: '—' });
  return out;
}

/** Cuts fields, then the description, then the title, until the embed fits in `room` characters. */
function shrink(embed: APIEmbed, room: number): APIEmbed {
  const out: APIEmbed = { ...embed, fields: [...(embed.fields ?? [])] };
  while (embedSize(out) > room && out.fields!.length > 0) out.fields!.pop();
  if (out.fields!.length === 0) delete out.fields;
  if (embedSize(out) > room && out.description !== undefined) {
    const over = embedSize(out) - room;
    out.description = clip(out.description, Math.max(0, out.description.length - over));
    if (out.description.length === 0) delete out.description;
  }
  for (const key of ['author', 'footer'] as const) {
    if (embedSize(out) > room && out[key]) delete out[key];
  }
  if (embedSize(out) > room && out.title !== undefined) {
    out.title = clip(out.title, Math.max(1, out.title.length - (embedSize(out) - room)));
  }
  return out;
}
