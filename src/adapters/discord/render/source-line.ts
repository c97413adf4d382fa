import type { SourceRef } from '../../../core/types.js';
import type { Words } from '../words.js';
import { isUnverified, sourceLink } from '../../shared/describe.js';

/** "来源：publisher · date · title", the text of an embed footer. */
export function sourceLine(source: SourceRef, words: Words): string {
  const mark = isUnverified(source) ? ` · ${words.unverified}` : '';
  return `${words.sourcePrefix}${source.publisher} · ${source.date} · ${source.title}${mark}`;
}

/** The source as a markdown line for a field value: a link when the source has a URL. */
export function sourceMarkdown(source: SourceRef, words: Words): string {
  const label = `${source.publisher}, ${source.date}`;
  const link = sourceLink(source);
  const mark = isUnverified(source) ? ` (${words.unverified})` : '';
  return (link !== undefined ? `[${escapeLinkText(label)}](${link})` : label) + mark;
}

function escapeLinkText(text: string): string {
  return text.replace(/[[\]]/g, (c) => `\\${c}`);
}
