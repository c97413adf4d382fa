import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanLine } from '../../../src/core/text/clean.js';

/** Every code point Unicode classes as a format character (Cf). */
function formatCharacters(): string[] {
  const out: string[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp += 1) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const char = String.fromCodePoint(cp);
    if (/\p{Cf}/u.test(char)) out.push(char);
  }
  return out;
}

describe('cleanLine', () => {
  test('removes every bidi and invisible format character (\\p{Cf}), the named ones included', () => {
    const all = formatCharacters();
    for (const named of [
      '\u061c',
      '\u200b',
      '\u200e',
      '\u200f',
      '\u202a',
      '\u202e',
      '\u2066',
      '\u2069',
      '\ufeff',
    ])
      assert.ok(all.includes(named), `U+${named.codePointAt(0)!.toString(16)} is Cf`);
    for (const char of all) {
      const cp = char.codePointAt(0)!.toString(16);
      assert.equal(cleanLine(`长${char}三角`).text, '长三角', `U+${cp}`);
    }
  });

  test('control characters become spaces, runs collapse, lone surrogates become U+FFFD', () => {
    assert.equal(cleanLine('a\u0000b\u0007\u001b[31mc\u007f\u0085d').text, 'a b [31mc d');
    assert.equal(cleanLine('x\ud800y').text, 'x\ufffdy');
    assert.equal(cleanLine('  a \t\n b  ').text, 'a b');
  });
});
