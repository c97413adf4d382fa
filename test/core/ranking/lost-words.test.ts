import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadKnowledge } from '../../../src/core/data/load.js';
import { createSearchEngine } from '../../../src/core/search/engine.js';
import { losesWordOf } from '../../../src/core/ranking/lost-words.js';
import { createPlanBot } from '../../../src/core/planbot.js';

const knowledge = loadKnowledge();
const engine = createSearchEngine(knowledge);

describe('a record missing a word the best record holds whole is another topic', () => {
  test('高铁 does not answer for 高速公路; the expressway figure holds it', () => {
    const question = '长三角高速公路总里程有多少公里';
    assert.equal(losesWordOf(engine, question, 'stat:expressway-km-2023', 'stat:hsr-km-2022'), true);
    assert.equal(losesWordOf(engine, question, 'stat:expressway-km-2023', 'stat:expressway-km-2022'), false);
  });

  test('so a year the expressway figures lack is not answered with the rail figure of that year', () => {
    const answer = createPlanBot({ knowledge }).ask('2024年底長三角高速公路總里程有多少公里？');
    assert.equal(answer.answered, false);
    assert.equal(answer.error, 'no-exact');
  });

  test('an English word may be a paraphrase: with chineseOnly it is not held against a record', () => {
    const question = 'expressway 高速公路 km';
    assert.equal(
      losesWordOf(engine, question, 'stat:expressway-km-2023', 'stat:expressway-km-2022', {
        chineseOnly: true,
      }),
      false,
    );
  });
});
