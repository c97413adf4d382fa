import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { detectIntent } from '../../../src/core/question/intent.js';
import { askedFacet } from '../../../src/core/question/facet.js';

describe('detectIntent', () => {
  test('how many / 多少 / 几项 ask for a figure', () => {
    for (const q of ['How many tasks?', '多少项任务', '有几项任务', 'round 2 task count'])
      assert.equal(detectIntent(q, []).kind, 'figure', q);
  });

  test('几月几号 asks for a date, not a figure', () => {
    for (const q of ['座谈会是几月几号开的', '几号开的会', '2024年度主要領導座談會幾號開的'])
      assert.equal(detectIntent(q, []).kind, 'lookup', q);
  });

  test('which / 哪些 ask for a list', () => {
    for (const q of ['Which cities are in it?', '有哪些方面'])
      assert.equal(detectIntent(q, []).kind, 'list', q);
  });
});

describe('askedFacet', () => {
  test('English when, where and who ask for a date, a place and a person or body', () => {
    assert.equal(askedFacet('When was the symposium held in 2023?'), 'when');
    assert.equal(askedFacet('Where was the 2024 leaders meeting held?'), 'where');
    assert.equal(askedFacet('Who introduced the plan?'), 'who');
    assert.equal(askedFacet('2022年座谈会是几号开的'), 'when');
  });
});
