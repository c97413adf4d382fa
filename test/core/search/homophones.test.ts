import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createHomophoneCorrector } from '../../../src/core/search/homophones.js';

const frequency = new Map([
  ['研发', 5],
  ['强度', 4],
  ['营业', 3],
  ['里程', 3],
  ['高铁', 6],
  ['顾军', 2],
  ['世界', 3],
  ['江见', 1],
]);
const correct = createHomophoneCorrector((t) => frequency.get(t), frequency.keys());

describe('homophone typos', () => {
  test('a character in no known bigram becomes the one that reads the same and makes one known', () => {
    assert.equal(correct('研发墙度'), '研发强度');
    assert.equal(correct('高铁营业历程'), '高铁营业里程');
    assert.equal(correct('顾君'), '顾军');
  });

  test('known terms and words without a same-sounding known neighbour stay', () => {
    assert.equal(correct('研发强度'), '研发强度');
    assert.equal(correct('世界杯'), '世界杯');
    assert.equal(correct('天气'), '天气');
  });

  test('a bigram the data holds only across two words (通计 of 打通|计划) is no word to land on: 统计局 stays', () => {
    const across = new Map([...frequency, ['通计', 3]]);
    const inWords = (bigram: string): number => (bigram === '通计' ? 0 : (across.get(bigram) ?? 0));
    assert.equal(createHomophoneCorrector((t) => across.get(t), across.keys())('统计局'), '通计局');
    assert.equal(createHomophoneCorrector((t) => across.get(t), across.keys(), inWords)('统计局'), '统计局');
  });

  test('a bigram of one document (江见 of 浙江见行动) is a phrase, not a term to land on: 浙江建 stays', () => {
    assert.equal(correct('浙江建'), '浙江建');
  });
});
