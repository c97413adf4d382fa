import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createPlanBot } from '../../../src/core/planbot.js';

const bot = createPlanBot();

describe('a question for the items of a count is answered by the sentence that names them', () => {
  for (const [question, item] of [
    ['四个统筹都有啥', /统筹科技创新和产业创新/],
    ['what are the four coordinations (si ge tongchou)', /统筹科技创新和产业创新/],
    ['中央给长三角的三大新使命是啥', /开路先锋/],
    ['安徽要重點做哪三方面工作', /国家战略科技力量/],
  ] as const) {
    test(question, () => {
      const answer = bot.ask(question);
      assert.equal(answer.answered, true);
      assert.match(answer.results[0]?.text ?? '', item);
      assert.ok(
        answer.results.slice(0, 2).some((r) => r.kind === 'stat'),
        'the count follows the sentence',
      );
    });
  }

  test('how many is still answered by the count first', () => {
    const first = bot.ask('四个统筹有几个').results[0];
    assert.equal(first?.kind, 'stat');
  });
});

describe('one item of a named list is answered by the list', () => {
  test('the four coordinations and the three missions, asked in Cantonese', () => {
    assert.match(
      bot.ask('四個統籌入面,生態環保要同咩統籌?').results[0]?.text ?? '',
      /统筹生态环保和经济发展/,
    );
    assert.match(bot.ask('中央賦予長三角嘅「三大新使命」係咩嚟？').results[0]?.text ?? '', /开路先锋/);
  });
});
