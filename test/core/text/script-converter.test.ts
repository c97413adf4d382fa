import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { createScriptConverter, OpenCC } from '../../../src/core/text/script-converter.js';
import { HELD_OUT } from '../held-out-questions.js';
import { QUESTIONS } from '../questions.js';

const PAIRS = [
  ['twp', 'cn'],
  ['tw', 'cn'],
  ['cn', 'tw'],
] as const;

// Characters that OpenCC rewrites alone or only inside a phrase, among plain ones, and phrases it rewrites
// although none of their characters changes alone (A肝 → 甲肝, 一目瞭然 → 一目了然, 一只 → 一隻), so
// random lines hit the skip test's edge cases: phrases, entries mapping a phrase to itself, surrogates.
const ALPHABET = [
  ...Array.from('么才乾淨軟體資訊一家三口长三角發展计划為着著干幹里裡後后台臺A型肝炎 ，？𠵾㗲⿰'),
  ...['A肝', '一目瞭然', '反覆', '一只', '一周年', '一家三口'],
];

describe('createScriptConverter', () => {
  test('converts every question of the question sets exactly as OpenCC does', () => {
    const lines = [...QUESTIONS, ...HELD_OUT].flatMap((c) => [c.q, c.q.normalize('NFKC').toLowerCase()]);
    for (const [from, to] of PAIRS) {
      const fast = createScriptConverter(from, to);
      const opencc = OpenCC.Converter({ from, to });
      for (const line of lines) assert.equal(fast(line), opencc(line), `${from}→${to}: ${line}`);
    }
  });

  test('converts any line of script-specific characters exactly as OpenCC does', () => {
    const line = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 12 }).map((chars) => chars.join(''));
    for (const [from, to] of PAIRS) {
      const fast = createScriptConverter(from, to);
      const opencc = OpenCC.Converter({ from, to });
      fc.assert(
        fc.property(line, (text) => fast(text) === opencc(text)),
        { numRuns: 500 },
      );
    }
  });

  test('still converts what needs it: traditional lines and Taiwan phrases', () => {
    const toSimplified = createScriptConverter('twp', 'cn');
    assert.equal(toSimplified('長三角軟體資訊'), '长三角软件信息');
    assert.equal(createScriptConverter('cn', 'tw')('长三角发展'), '長三角發展');
    // Phrases none of whose characters changes alone.
    assert.equal(toSimplified('A肝'), '甲肝');
    assert.equal(createScriptConverter('tw', 'cn')('反覆'), '反复');
    assert.equal(createScriptConverter('cn', 'tw')('一只'), '一隻');
  });
});
