/**
 * Discord's message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits)
 * and the one clipping function every renderer goes through, so no payload can exceed them.
 */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  /** Sum of title, description, field names and values, footer and author name of all embeds. */
  embedTotal: 6000,
  customId: 100,
  buttonLabel: 80,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

const ELLIPSIS = '…';

/**
 * Cuts `text` to at most `max` UTF-16 code units (the strictest way to count Discord's characters),
 * never splitting a surrogate pair, and marks the cut with an ellipsis.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max - ELLIPSIS.length) break;
    out += ch;
  }
  return out.trimEnd() + ELLIPSIS;
}
