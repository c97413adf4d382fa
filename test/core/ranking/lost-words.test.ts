import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { firstTexts } from '../../helpers/first-page.js';
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

  test('an English word may be a paraphrase: a figure is not held to the best sentence’s English words', () => {
    // The best hit (会议提出深入开展“满意消费长三角”行动) holds "campaign"; the count of trusted shops does not.
    const answer = createPlanBot({ knowledge }).ask(
      'satisfied consumption yrd campaign how many trusted shops',
    );
    assert.equal(answer.answered, true);
    assert.match(firstTexts(answer), /3000/);
  });
});
