import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { askedMeasures, namesQuantity, statMeasures } from '../../../src/core/question/measures.js';

describe('askedMeasures', () => {
  test('reads the quantity a question asks for, in either language', () => {
    assert.deepEqual(askedMeasures('合肥有多少人'), ['people']);
    assert.deepEqual(askedMeasures('What is the population of Shanghai?'), ['people']);
    assert.deepEqual(askedMeasures('高铁票多少钱'), ['money']);
    assert.deepEqual(askedMeasures('How much does a high-speed rail ticket cost?'), ['money']);
    assert.deepEqual(askedMeasures('宁波舟山港吞吐量是多少吨'), ['weight']);
    assert.deepEqual(askedMeasures('长三角高铁最高时速是多少'), ['speed']);
  });

  test('GDP alone is money; a share of GDP is not', () => {
    assert.deepEqual(askedMeasures('长三角GDP是多少'), ['money']);
    assert.deepEqual(askedMeasures('浙江数字经济占GDP比重目标'), []);
    assert.deepEqual(askedMeasures('What share of GDP does the delta spend on R&D?'), []);
  });

  test('a growth rate is a rate in %, which an amount in 万亿元 is not', () => {
    assert.deepEqual(askedMeasures('一季度GDP增速多少'), ['rate']);
    assert.deepEqual(askedMeasures("What was the delta's GDP growth rate?"), ['rate']);
    assert.equal(statMeasures({ unit: '%' }, ['rate']), true);
    assert.equal(statMeasures({ unit: '万亿元' }, ['rate']), false);
  });

  test('an investment in 亿 and a fee are money; a service whose name holds 费用 is not', () => {
    assert.deepEqual(askedMeasures('数据中心集群计划投资多少亿'), ['money']);
    assert.deepEqual(askedMeasures('Is there a fee for the virtual window?'), ['money']);
    assert.deepEqual(askedMeasures('异地门诊费用直接结算覆盖多少个城市'), []);
  });

  test('person-times and plain counts ask for no particular unit', () => {
    assert.deepEqual(askedMeasures('异地就医门诊结算了多少人次'), []);
    assert.deepEqual(askedMeasures('省际断头路一共有多少条'), []);
  });

  test('how long a network is asks for a length, which a count of chargers is not', () => {
    assert.deepEqual(askedMeasures('How long is the high-speed rail network?'), ['length']);
    assert.deepEqual(askedMeasures('长三角高铁营业里程多少'), ['length']);
    assert.equal(statMeasures({ unit: '公里' }, ['length']), true);
    assert.equal(statMeasures({ unit: '万个' }, ['length']), false);
  });
});

describe('statMeasures', () => {
  test('a figure answers a money question only in a currency, a people question only in people', () => {
    assert.equal(statMeasures({ unit: '亿元' }, ['money']), true);
    assert.equal(statMeasures({ unit: '%' }, ['money']), false);
    assert.equal(statMeasures({ unit: '万人次' }, ['people']), true);
    assert.equal(statMeasures({ unit: '个' }, ['people']), false);
    assert.equal(statMeasures({ unit: '个' }, []), true);
  });
});

describe('namesQuantity', () => {
  test('"What is the GDP of …" asks for a figure without a question word for one', () => {
    assert.equal(namesQuantity('What is the GDP of the Yangtze River Delta?'), true);
    assert.equal(namesQuantity('健全生态产品价值实现机制'), false);
  });
});
