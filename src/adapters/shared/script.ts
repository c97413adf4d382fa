import type { Answer, Script } from '../../core/types.js';
// Characters only ('tw'), not Taiwan phrases ('twp'): phrase conversion rewrites the data's words
// (发布 → 釋出, 项目 → 專案), which would put words into a quote that its source never used.
import { toTraditional } from '../../core/text/script.js';

/**
 * Text as the asker writes it: in traditional characters for a 'hant' answer, unchanged otherwise.
 * Latin letters, digits, markup and URLs are left alone, and each character maps to one, so a text
 * keeps its length (platform limits measured before still hold). Quotes are converted too: a quote in
 * the other script is the same sentence of its source, so this is display, not a change of wording.
 */
export function inScript(text: string, script: Script | undefined): string {
  return script === 'hant' ? toTraditional(text) : text;
}

/** inScript for an answer: `inAnswerScript(answer, html)` shows `html` in the script the user wrote in. */
export function inAnswerScript(answer: Pick<Answer, 'script'>, text: string): string {
  return inScript(text, answer.script);
}
