import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { StatResult } from '../../../src/core/types.js';
import { createPlanBot } from '../../../src/core/planbot.js';
import { statValueEn, statValueZh, statWhenEn, statWhenZh } from '../../../src/core/text/figures.js';

const planbot = createPlanBot();

function firstStat(line: string): StatResult {
  const answer = planbot.ask(line);
  assert.equal(answer.answered, true, `${line} should be answered`);
  const first = answer.results[0];
  assert.equal(first?.kind, 'stat', `${line} should put a figure first`);
  return first as StatResult;
}

describe('figures as a user reads them', () => {
  test('a count question gets the count, not the money figure beside it', () => {
    assert.match(firstStat('科学仪器有多少台').unit, /台/);
    assert.match(firstStat('How many instruments are shared in total?').unit, /台/);
  });

  test('a money question gets the money figure', () => {
    assert.match(firstStat('How much money have innovation vouchers provided?').unit, /元/);
    assert.match(firstStat('科学仪器总价值多少').unit, /元/);
  });

  test('ranks, editions and "以上" read as Chinese writes them', () => {
    assert.equal(statValueZh({ value: 5, unit: '位' }), '第5位');
    assert.equal(statValueZh({ value: 5, unit: '届' }), '第5届');
    assert.equal(statValueZh({ value: 90, unit: '%', qualifier: 'at-least' }), '90%以上');
    assert.equal(statValueZh({ value: 1.7, unit: '亿元', qualifier: 'over' }), '超1.7亿元');
  });

  test('English states 亿 and 万 amounts in millions and billions', () => {
    assert.equal(statValueEn({ value: 1.7, unit: '亿元', qualifier: 'over' }), 'over 170 million yuan');
    assert.equal(statValueEn({ value: 560, unit: '亿元' }), '56 billion yuan');
    assert.equal(
      statValueEn({ value: 3800, unit: '万人次', qualifier: 'over' }),
      'over 38 million person-times',
    );
    assert.equal(statValueEn({ value: 46441, unit: '台(套)' }), '46,441 units');
    assert.equal(statValueEn({ value: 5, unit: '位' }), 'No. 5');
    assert.equal(statValueEn({ value: 4, unit: '辆' }), '4 vehicles');
    assert.equal(statValueEn({ value: 2018, unit: '年' }), '2018');
    assert.equal(statValueEn({ value: 12, unit: '年' }), '12 years');
  });

  test('a year given as the figure is not dated a second time', () => {
    // The exact day (2018-11-05, from the 纲要) may now answer first; the year as a figure is still shown bare.
    const when = planbot.ask('长三角一体化什么时候上升为国家战略', { limit: 10 });
    assert.match(when.results[0]?.text ?? '', /2018年/);
    const year = when.results.find((r) => r.id === 'stat-national-strategy-year') as StatResult | undefined;
    assert.ok(year !== undefined, when.results.map((r) => r.id).join(', '));
    assert.equal(statWhenZh(year), '');
    assert.equal(statWhenEn(year), '');
  });
});
