import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createPlanBot } from '../../../src/core/planbot.js';
import type { StatResult } from '../../../src/core/types.js';

const bot = createPlanBot();

describe('a question pinned to what no record meets is told so, never given a neighbour as the answer', () => {
  for (const [question, unmet] of [
    ['2019年长三角研发投入强度是多少', { year: '2019' }],
    ['江苏的研发强度是多少', { place: '江苏' }],
    ['第三轮计划协同开放方面有多少项任务', { area: '协同开放' }],
  ] as const) {
    test(question, () => {
      const answer = bot.ask(question);
      assert.equal(answer.answered, false, answer.results.map((r) => r.id).join(', '));
      assert.equal(answer.error, 'no-exact');
      assert.deepEqual(answer.unmet, unmet);
      assert.ok(answer.results.length <= 3 && answer.results.every((r) => r.nearest === true));
      assert.doesNotMatch(answer.lead ?? '', /\d+(\.\d+)?%/, 'the lead names what is missing, not a figure');
    });
  }

  test('a round the data does not have is never answered with another round', () => {
    const answer = bot.ask('第四轮三年行动计划有多少项重点任务');
    assert.equal(answer.answered, false);
    assert.ok(answer.results.every((r) => r.kind === 'suggestion' || r.nearest === true));
  });

  test('the same questions with what the data has are answered, with that year or place', () => {
    const y2018 = bot.ask('2018年长三角研发投入强度是多少');
    assert.equal(y2018.answered, true);
    assert.match(y2018.lead ?? '', /2\.81/);
    const meeting = bot.ask('2021年主要领导座谈会在哪开的');
    assert.equal(meeting.answered, true);
    assert.match(meeting.lead ?? meeting.results[0]?.text ?? '', /无锡/);
  });
});

describe('a dated series answers with its newest value and the earlier ones after it', () => {
  test('R&D intensity: newest first, both 2023 figures where the sources differ, 2018 after', () => {
    const first = bot.ask('长三角研发投入强度是多少').results[0] as StatResult;
    assert.equal(first.kind, 'stat');
    assert.ok(first.series !== undefined && first.series.points.length >= 3);
    assert.match(first.text, /3\.34%／3\.33%（2023年，来源说法不一）.*← .*2\.81%（2018年）/);
  });
});
