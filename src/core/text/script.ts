import type { Script } from '../types.js';
import { createScriptConverter } from './script-converter.js';

// Character tables only ('tw', not 'twp'): phrase conversion rewrites words (软件 ↔ 軟體) in both
// directions, which says nothing about the script a character was typed in.
const toSimplified = createScriptConverter('tw', 'cn');
/** Simplified → traditional, characters only: the one conversion every adapter shows a 'hant' answer with. */
export const toTraditional = createScriptConverter('cn', 'tw');

function changedHan(text: string, converted: string): number {
  if (converted === text) return 0;
  const before = Array.from(text);
  const after = Array.from(converted);
  // OpenCC's character tables map one character to one, so positions line up.
  if (before.length !== after.length) return 0;
  let changed = 0;
  before.forEach((ch, i) => {
    if (ch !== after[i] && /\p{Script=Han}/u.test(ch)) changed += 1;
  });
  return changed;
}

/**
 * The script a line is written in: 'hant' when more of its Han characters are traditional-only (they
 * change under traditional → simplified) than simplified-only; 'hans' otherwise, including a line with
 * no script-specific characters at all (长三角, English, numbers).
 */
export function detectScript(text: string): Script {
  if (!/\p{Script=Han}/u.test(text)) return 'hans';
  const traditional = changedHan(text, toSimplified(text));
  // No traditional-only character: simplified whatever the other count (most lines end here).
  if (traditional === 0) return 'hans';
  const simplified = changedHan(text, toTraditional(text));
  return traditional > simplified ? 'hant' : 'hans';
}
