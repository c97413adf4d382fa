import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTypoCorrector, swapsNeighbours, withinOneEdit } from '../../../src/core/search/typos.js';

describe('typo correction', () => {
  test('one insertion, deletion or substitution is within one edit; a swap is not', () => {
    assert.ok(withinOneEdit('inovation', 'innovation'));
    assert.ok(withinOneEdit('operaton', 'operation'));
    assert.ok(withinOneEdit('rail', 'raul'));
    assert.ok(!withinOneEdit('rial', 'rail'));
    assert.ok(!withinOneEdit('rail', 'railway'));
  });

  test('a swap of neighbouring letters is its own test (anhiu for anhui), and only one swap', () => {
    assert.ok(swapsNeighbours('anhiu', 'anhui'));
    assert.ok(!swapsNeighbours('anhui', 'anhui'));
    assert.ok(!swapsNeighbours('ahnii', 'anhui'));
  });

  test('corrects unknown English words of four letters or more, and leaves known and short ones', () => {
    const correct = createTypoCorrector(['innovation', 'voucher', 'rail', '上海', '2024']);
    assert.deepEqual(correct('inovation'), ['innovation']);
    assert.deepEqual(correct('vouch'), ['voucher'], 'a word cut short');
    assert.deepEqual(correct('innovation'), []);
    assert.deepEqual(correct('ral'), []);
    assert.deepEqual(correct('上市'), []);
  });
});
