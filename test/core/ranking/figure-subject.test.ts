import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createPlanBot } from '../../../src/core/planbot.js';

describe('a figure answers only for the subject it is of', () => {
  const bot = createPlanBot();
  const shown = (q: string): string => JSON.stringify(bot.ask(q).results.slice(0, 3));

  test('沪苏湖高铁全长 is not the 660 km of new railway beside it, nor the region’s high-speed rail', () => {
    for (const q of [
      '滬蘇湖高鐵全長幾公里',
      'how long is the shanghai-suzhou-huzhou high speed railway in km',
    ]) {
      const answer = bot.ask(q);
      assert.equal(answer.answered, false, q);
      assert.doesNotMatch(shown(q), /660|7700/, q);
    }
  });

  test('cards issued are not the services a card offers (张 asked, 项 stated)', () => {
    const answer = bot.ask('長三角社保卡「一卡通」到現在累計發了多少張卡?');
    assert.equal(answer.answered, false);
  });

  test('the region’s mileage after the 沪苏湖 line opened is still the region’s figure', () => {
    assert.match(shown('滬蘇湖高鐵開通之後長三角高鐵里程有幾多'), /7700/);
    assert.match(shown('2024年新增建成铁路多少公里'), /660/);
  });
});
