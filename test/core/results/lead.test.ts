import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Answer, Result } from '../../../src/core/types.js';
import { createPlanBot } from '../../../src/core/planbot.js';
import { mapRecords } from '../../../src/core/data/records.js';
import { composeLead } from '../../../src/core/results/lead.js';
import {
  documentResult,
  eventResult,
  planFactResult,
  passageResult,
  planResult,
  statResult,
} from '../../../src/core/results/from-records.js';

const planbot = createPlanBot();
const records = mapRecords(planbot.knowledge);

function answerTo(query: string, results: Result[], more: Partial<Answer> = {}): Answer {
  return {
    command: 'ask',
    query,
    answered: results.length > 0,
    lang: /[a-z]/i.test(query) ? 'en' : 'zh',
    script: 'hans',
    intent: 'figure',
    results,
    page: { offset: 0, limit: 5, total: results.length, hasMore: false },
    ...more,
  };
}

function stat(id: string): Result {
  const record = records.stats.get(id);
  assert.ok(record, `the bundled data has ${id}`);
  return statResult(records, record, 1);
}

function leadOf(query: string, best: Result, more: Partial<Answer> = {}): string | undefined {
  return composeLead(records, answerTo(query, [best], more), best);
}

describe('the lead sentence', () => {
  test('keeps the qualifier, the date and the scope of a figure', () => {
    const rail = stat('stat-high-speed-rail-km');
    assert.equal(
      leadOf('长三角高铁营业里程多少公里', rail),
      '截至2023年12月，长三角高铁营业里程超过7100公里。',
    );
    const en = leadOf('How long is the YRD high-speed rail network?', rail, { lang: 'en' });
    assert.match(en ?? '', /^High-speed rail .* stood at over 7100 km as of Dec 2023\.$/);
  });

  test('"at least" and "about" stay as uncertain as the source', () => {
    const completion = stat('stat-plan1-completion');
    assert.match(leadOf('第一轮计划完成率多少', completion) ?? '', /90%以上/);
    assert.match(leadOf('What was the completion rate of the first plan?', completion) ?? '', /at least 90%/);
    const target = stat('stat-zj-digital-economy-target');
    const zh = leadOf('浙江数字经济占比目标多少', target) ?? '';
    assert.match(zh, /^浙江.*目标.*约为60%。$/);
    assert.doesNotMatch(zh, /目标.*目标/, 'the target is said once');
    const en = leadOf('What is the target share of the digital economy in Zhejiang?', target) ?? '';
    assert.match(en, /Zhejiang/);
    assert.match(en, /target/);
    assert.match(en, /about 60%/);
  });

  test('a province is named as the scope', () => {
    const anhui = stat('stat-anhui-three-focuses');
    assert.match(leadOf('安徽重点做好几个方面的工作', anhui) ?? '', /^2024年，安徽.*为3个。$/);
    assert.match(leadOf('How many areas will Anhui focus on?', anhui) ?? '', /Anhui/);
  });

  test('a plan gives its task count and its areas', () => {
    const plan = planResult(records, records.plans.get('plan-2024-2026')!, 1);
    assert.equal(
      leadOf('第三轮计划有多少项任务', plan),
      '长三角地区一体化发展三年行动计划(2024—2026年)共有165项重点任务，分为9个方面。',
    );
    assert.match(
      leadOf('How many tasks does the third plan have?', plan) ?? '',
      /has 165 key tasks in 9 areas\.$/,
    );
  });

  test('an event says when and where it was held; a document who issued it and when', () => {
    const meeting = eventResult(records, records.events.get('leaders-meeting-2024')!, 1);
    const zh = leadOf('2024年座谈会在哪开的', meeting, { intent: 'lookup' }) ?? '';
    assert.match(zh, /2024年6月5日/);
    assert.match(zh, /温州/);
    const en = leadOf("Where was the 2024 leaders' meeting held?", meeting, { intent: 'lookup' }) ?? '';
    assert.match(en, /^The 2024 YRD leaders' meeting was held in Wenzhou on 5 Jun 2024\.$/);
    const outline = documentResult(records, records.documents.get('outline-2019')!, 1);
    assert.match(
      leadOf('纲要是谁印发的', outline, { intent: 'lookup' }) ?? '',
      /由中共中央、国务院于2019年12月1日印发/,
    );
    assert.match(
      leadOf('Who issued the outline?', outline, { intent: 'lookup' }) ?? '',
      /issued by the CPC Central Committee and the State Council on 1 Dec 2019/,
    );
  });

  test("a fact is its own sentence, under its plan's name when it does not say what it is about", () => {
    const fact = records.planFacts.get('plan-2024-2026#fact-4')!;
    const result = planFactResult(records, fact, 1);
    const zh = leadOf('第三轮计划哪天发布的', result, { intent: 'lookup' }) ?? '';
    assert.match(zh, /^《长三角地区一体化发展三年行动计划\(2024—2026年\)》：2024年7月25日正式发布。$/);
  });

  test('a meeting fact that names no place gives way to the meeting itself for "where"', () => {
    const fact = [...records.planFacts.values()].find(
      (f) => f.owner.record.id === 'leaders-meeting-2023' && !f.fact.text.includes('合肥'),
    );
    assert.ok(fact, 'the 2023 meeting has a fact that does not name its place');
    const lead = leadOf('2023年座谈会在哪里开的', planFactResult(records, fact, 1), { intent: 'lookup' });
    assert.match(lead ?? '', /2023年度.*座谈会于2023年6月5日在合肥举行/);
  });

  test('a passage leads a when question only with a date it states, never a date relative to its article', () => {
    const source = records.knowledge.sources[0]!.id;
    const dated = passageResult(records, `${source}#1`, '该平台于2019年5月22日正式上线。', source, 1);
    const when = { intent: 'lookup' as const };
    assert.equal(leadOf('平台什么时候上线的', dated, when), '该平台于2019年5月22日正式上线。');
    const relative = passageResult(records, `${source}#2`, '去年8月20日，座谈会召开。', source, 1);
    assert.equal(leadOf('座谈会什么时候开的', relative, when), undefined);
    assert.equal(leadOf('平台有什么用', dated, when), undefined, 'not for a question that asks no date');
  });

  test('no-exact leads with what is missing, never with a figure', () => {
    const nearest = { ...stat('stat-rd-intensity-2018'), nearest: true as const };
    const zh = answerTo('2019年研发投入强度是多少', [nearest], {
      error: 'no-exact',
      unmet: { year: '2019' },
    });
    assert.equal(composeLead(records, zh, nearest), '资料里没有2019年的数值。');
    const en = answerTo('What was R&D intensity in 2019?', [nearest], {
      error: 'no-exact',
      unmet: { year: '2019', place: '江苏' },
    });
    assert.equal(composeLead(records, en, nearest), 'The sources give no figure for Jiangsu, 2019.');
    const person = answerTo('张三是谁', [], {
      error: 'no-exact',
      intent: 'lookup',
      unmet: { person: '张三' },
    });
    assert.equal(composeLead(records, person, undefined), '资料里没有张三的记录。');
  });

  test('lists, declines, other commands and questions that ask for no one fact get no lead', () => {
    const rail = stat('stat-high-speed-rail-km');
    assert.equal(leadOf('有哪些交通数据', rail, { intent: 'list' }), undefined);
    assert.equal(leadOf('长三角高铁', rail, { intent: 'lookup' }), undefined);
    assert.equal(leadOf('高铁多少公里', rail, { answered: false, error: 'no-match' }), undefined);
    assert.equal(leadOf('高铁', rail, { command: 'stats' }), undefined);
  });
});

describe('the lead in answers', () => {
  test('a count question is led by the count', () => {
    const answer = planbot.ask('第三轮计划一共有多少项重点任务？');
    assert.match(answer.lead ?? '', /165项/);
  });

  test('the lead is given once, above the first page', () => {
    const first = planbot.ask('第三轮计划一共有多少项重点任务？', { limit: 1 });
    assert.ok(first.lead !== undefined && first.page.hasMore);
    const second = planbot.ask('第三轮计划一共有多少项重点任务？', { limit: 1, offset: 1 });
    assert.equal(second.lead, undefined);
  });

  test('an English question is led in English', () => {
    const answer = planbot.ask('How many key tasks does the 2024-2026 plan have?');
    assert.equal(answer.lang, 'en');
    assert.match(answer.lead ?? '', /165/);
    assert.doesNotMatch(answer.lead ?? '', /[\u4e00-\u9fff]/);
  });

  test('a declined question has no lead', () => {
    assert.equal(planbot.ask('今天天气怎么样').lead, undefined);
  });
});
