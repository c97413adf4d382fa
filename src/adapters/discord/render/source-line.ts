import type { SourceRef } from '../../../core/types.js';
import type { Words } from '../words.js';

/** "来源：publisher · date · title", the text of an embed footer. */
export function sourceLine(source: SourceRef, words: Words): string {
  return `${words.sourcePrefix}${source.publisher} · ${source.date} · ${source.title}`;
}

/** The source as a markdown line for a field value: a link when the source has a URL. */
export function sourceMarkdown(source: SourceRef): string {
  const label = `${source.publisher}, ${source.date}`;
  return source.url ? `[${escapeLinkText(label)}](${source.url})` : label;
}

function escapeLinkText(text: string): string {
  return text.replace(/[[\]]/g, (c) => `\\${c}`);
}
