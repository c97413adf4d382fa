import type { Answer } from '../../core/types.js';
import { describeResult } from './describe.js';
import { labelsIn } from './labels.js';
import { inScript } from './script.js';

/**
 * An answer as plain terminal text, in the script the user wrote in: the lead sentence first when there
 * is one, then the error line when there is one,
 * each result with its detail and source indented under it, and the page range with a hint (given in
 * the answer's language; converted here) when more results follow.
 */
export function answerAsPlainText(answer: Answer, moreHint = ''): string {
  const l = labelsIn(answer.lang, answer.script);
  const lines: string[] = [];
  if (answer.lead !== undefined) lines.push(inScript(answer.lead, answer.script));
  if (answer.error !== undefined) lines.push(l.errors[answer.error]);
  if (answer.command === 'help' && answer.error === undefined) lines.push(l.help, '', l.tryAsking);
  answer.results.forEach((result, i) => {
    const words = describeResult(result, answer.lang, answer.script);
    const bullet = result.kind === 'suggestion' ? '  •' : `${answer.page.offset + i + 1}.`;
    lines.push(`${bullet} ${words.title}`);
    if (words.body.length > 0) lines.push(...words.body.split('\n').map((b) => `   ${b}`));
    if (words.sourceLine.length > 0) lines.push(`   ${words.sourceLine}${words.url ? ` ${words.url}` : ''}`);
    else if (result.kind === 'source' && words.url) lines.push(`   ${words.url}`);
  });
  const { offset, total, hasMore } = answer.page;
  if (
    total > answer.results.length &&
    answer.results.length > 0 &&
    answer.results[0]?.kind !== 'suggestion'
  ) {
    const range = l.pageRange(offset + 1, offset + answer.results.length, total);
    const hint = inScript(moreHint, answer.script);
    lines.push(hasMore && hint.length > 0 ? `(${range}; ${hint})` : `(${range})`);
  }
  return lines.join('\n');
}
