import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadKnowledge } from '../../../src/core/data/load.js';
import { namesForeignCountry } from '../../../src/core/question/countries.js';
import { foldText } from '../../../src/core/text/fold.js';

const knowledge = loadKnowledge();
const names = (question: string): boolean => namesForeignCountry(knowledge, foldText(question));

describe('countries the sources never mention', () => {
  test('are found in English and in Chinese', () => {
    assert.ok(names('what is the capital of australia'));
    assert.ok(names('澳大利亞的首都是哪裡'));
    assert.ok(names('New Zealand'));
  });

  test('a name inside another word is no country (江苏丹阳 holds 苏丹, 增加纳入 holds 加纳, woman holds oman)', () => {
    assert.ok(!names('江苏丹阳有什么项目'));
    assert.ok(!names('新增加纳入医保的项目有几项'));
    assert.ok(!names('a woman asked about the plan'));
  });

  test('a country the sources mention is not one of them, nor is China', () => {
    assert.ok(!names('Finland'));
    assert.ok(!names('中国'));
  });
});
