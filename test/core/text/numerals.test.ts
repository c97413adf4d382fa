import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { normalizeNumerals, numeralValue } from '../../../src/core/text/numerals.js';
import { createPlanBot } from '../../../src/core/planbot.js';

describe('Chinese numerals', () => {
  test('reads numerals with and without powers of ten', () => {
    assert.equal(numeralValue('一百六十五'), 165);
    assert.equal(numeralValue('十二'), 12);
    assert.equal(numeralValue('两千三百'), 2300);
    assert.equal(numeralValue('一百零五'), 105);
    assert.equal(numeralValue('二零二五'), 2025);
    assert.equal(numeralValue('三点五'), 3.5);
  });

  test('writes counts, shares and years in digits', () => {
    const cases: [string, string][] = [
      ['九成', '90%'],
      ['一百六十五项', '165项'],
      ['两批', '2批'],
      ['四分之一', '25%'],
      ['二零二五年', '2025年'],
      ['百分之三', '3%'],
      ['百分之三点五', '3.5%'],
      ['连续十二年', '连续12年'],
      ['两千三百平方公里', '2300平方公里'],
    ];
    for (const [text, digits] of cases) assert.equal(normalizeNumerals(text), digits, text);
  });

  test('reads a short year as the year, not a span of years', () => {
    assert.equal(normalizeNumerals('24年实事项目'), '2024年实事项目');
    assert.equal(normalizeNumerals('21年无锡'), '2021年无锡');
    for (const span of ['连续12年', '20年前', '近20年', '第20年'])
      assert.equal(normalizeNumerals(span), span);
  });

  test('leaves a five-year period’s name (十四五, 十五五) as it is; 十五个 is still a count', () => {
    assert.equal(normalizeNumerals('十四五期间长三角'), '十四五期间长三角');
    assert.equal(normalizeNumerals('十五五规划'), '十五五规划');
    assert.equal(normalizeNumerals('十五个'), '15个');
  });

  test('reads a year said in two halves (twenty twenty-three) as the year', () => {
    assert.equal(
      normalizeNumerals('trillion-yuan cities in twenty twenty-three'),
      'trillion-yuan cities in 2023',
    );
    assert.equal(normalizeNumerals('twenty-three cities'), '23 cities');
  });

  test('reads both ends of a span of years said the short way (the second plan, 二一到二三年)', () => {
    assert.equal(normalizeNumerals('就是二一到二三年那个'), '就是2021到2023年那个');
    assert.equal(normalizeNumerals('18-20年'), '2018-2020年');
    assert.equal(normalizeNumerals('20到30公里'), '20到30公里');
  });

  test('leaves words built on numerals alone', () => {
    for (const word of [
      '一体化',
      '三省一市',
      '十四五规划',
      '一网通办',
      '一成不变',
      '三年行动计划',
      '几个方面',
    ])
      assert.equal(normalizeNumerals(word), word);
  });
});

describe('English numbers in words', () => {
  test('cardinals are written in digits; ordinals and a lone "one" stay words', () => {
    assert.equal(normalizeNumerals('one hundred sixty five tasks'), '165 tasks');
    assert.equal(normalizeNumerals('more than ninety percent'), 'more than 90 percent');
    assert.equal(normalizeNumerals('the first two rounds'), 'the first 2 rounds');
    assert.equal(normalizeNumerals('one-stop service for someone'), 'one-stop service for someone');
  });

  test('a question with its numbers in words finds the record with them in digits', () => {
    const answer = createPlanBot().ask('is it true the first two rounds were more than ninety percent done?');
    assert.match(answer.lead ?? '', /90%/);
  });
});
