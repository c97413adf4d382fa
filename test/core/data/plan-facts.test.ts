import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PlanResult } from '../../../src/core/types.js';
import { factFacets } from '../../../src/core/data/plan-facts.js';
import { askedFacet } from '../../../src/core/question/facet.js';
import { createPlanBot } from '../../../src/core/planbot.js';

const bot = createPlanBot();
const first = (q: string) => bot.ask(q).results[0];

describe('plan facts are answers of their own', () => {
  test('a "when" question gets the date the plan was published, with its quote and source', () => {
    const result = first('第三轮行动计划什么时候发布的') as PlanResult;
    assert.equal(result.kind, 'plan');
    // Two sources state the day (the 新民晚报 article, and a web page): either fact answers.
    assert.match(result.id, /^plan-2024-2026#fact-\d+$/);
    assert.match(result.text, /2024年7月25日/);
    assert.ok(result.source !== undefined);
    assert.equal(result.fact?.plan, 'plan-2024-2026');
    assert.equal(result.fact?.title, '长三角地区一体化发展三年行动计划(2024—2026年)');
    // A fact is not the plan's card: no completion line to render under it.
    assert.equal(result.completion, undefined);
  });

  test('where, who and how questions get the fact that says so, not the plan card', () => {
    assert.match(first('主要领导座谈会在哪里召开')?.text ?? '', /浙江温州/);
    assert.match(first('谁印发了第三轮行动计划')?.text ?? '', /长三角区域合作办公室/);
    assert.match(first('新一轮计划怎么推进')?.text ?? '', /推进/);
    assert.match(first('Where was the 2024-2026 plan adopted?')?.en ?? '', /Wenzhou/);
  });

  test('a fact the first two plans share is shown once', () => {
    const texts = bot.ask('前两轮计划完成得怎么样', { limit: 10 }).results.map((r) => r.text);
    assert.ok(texts.includes('前两轮三年行动计划达到了预期目标'), texts.join(' | '));
    assert.equal(new Set(texts).size, texts.length, texts.join(' | '));
  });

  test('a figure question about a plan gets the figure, not the plan’s facts', () => {
    const results = bot.ask('第三轮三年行动计划有多少项重点任务？').results;
    assert.equal(results[0]?.id, 'stat-plan3-task-count');
    assert.ok(
      results.every((r) => r.kind !== 'plan' || r.fact === undefined),
      results.map((r) => r.id).join(),
    );
  });

  test('a "how" question on a topic that is no plan fact is not steered to one', () => {
    assert.equal(first('臭氧和PM2.5怎么治理')?.id, 'task-ozone-pm25');
  });
});

describe('facets', () => {
  test('read from the question in simplified, traditional and English wording', () => {
    assert.equal(askedFacet('第三轮计划什么时候发布'), 'when');
    assert.equal(askedFacet('第三輪計劃什麼時候發布'), 'when');
    assert.equal(askedFacet('When was it released?'), 'when');
    assert.equal(askedFacet('座谈会在哪里召开'), 'where');
    assert.equal(askedFacet('谁印发的'), 'who');
    assert.equal(askedFacet('Who issued it?'), 'who');
    assert.equal(askedFacet('完成得怎么样'), 'outcome');
    assert.equal(askedFacet('怎么推进'), 'how');
    assert.equal(askedFacet('长三角研发投入强度'), undefined);
  });

  test('read from a fact’s own words; a plan title in 《》 states no date', () => {
    assert.ok(factFacets('2024年7月25日正式发布').has('when'));
    assert.ok(factFacets('由长三角区域合作办公室印发').has('who'));
    assert.ok(!factFacets('也称《第三轮长三角地区一体化发展三年行动计划(2024—2026年)》').has('when'));
  });
});
