import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { GlossaryEntry } from '../../../src/core/data/schema.js';
import { coverage, createAnalyzer, stemLatin } from '../../../src/core/search/analyzer.js';

const glossary: GlossaryEntry[] = [
  { id: 'yrd', term: '长三角', en: 'Yangtze River Delta', variants: ['长江三角洲', 'YRD'] },
  { id: 'nev', term: '新能源汽车', en: 'new energy vehicles', variants: ['电动车', 'EV'] },
  { id: 'rd', term: '研发', en: 'R&D', variants: ['research and development'] },
];
const analyzer = createAnalyzer(glossary);
const queryTerms = (text: string): string[] =>
  analyzer
    .tokenizeQuery(text)
    .map((t) => analyzer.processTerm(t))
    .filter((t): t is string => t !== null);
const documentTerms = (text: string): string[] =>
  analyzer
    .tokenizeDocument(text)
    .map((t) => analyzer.processTerm(t))
    .filter((t): t is string => t !== null);

describe('analyzer', () => {
  test('indexes Chinese as overlapping bigrams, so a phrase inside a longer word is found', () => {
    const terms = documentTerms('长三角研发经费投入强度');
    for (const bigram of ['长三', '三角', '研发', '经费', '投入', '强度'])
      assert.ok(terms.includes(bigram), bigram);
  });

  test('drops question words from queries: what is asked for is not what it is about', () => {
    const terms = queryTerms('长三角研发经费投入强度是多少？');
    assert.ok(terms.includes('强度'));
    for (const stop of ['多少', '是多', '度是']) assert.ok(!terms.includes(stop), stop);
    assert.deepEqual(queryTerms('What is the number of tasks?'), ['task']);
  });

  test('filler and colloquial words are no query terms, nor words made only of them', () => {
    assert.deepEqual(queryTerms('哎 那个研发强度现在是啥来着呀'), queryTerms('研发强度'));
    assert.deepEqual(queryTerms('请问我想知道研发强度咋样了吗'), queryTerms('研发强度'));
    assert.deepEqual(analyzer.units('研发是啥'), analyzer.units('研发'));
  });

  test('Cantonese fillers are cut before segmentation, so they leave no stray characters', () => {
    assert.deepEqual(queryTerms('2022年會議點樣講穩增長'), queryTerms('2022年会议讲稳增长'));
    assert.deepEqual(queryTerms('港口群同埋乜嘢'), queryTerms('港口群'));
    assert.deepEqual(queryTerms('治水治氣之後仲治啲咩'), queryTerms('治水治气之后 治'));
    assert.deepEqual(queryTerms('聯合攻關兩批加埋幾多個項目'), queryTerms('联合攻关2批 项目'));
    assert.deepEqual(queryTerms('嗰次會有冇提疫情'), queryTerms('会 疫情'));
  });

  test('a glossary term put in for a synonym keeps to itself: 两省一市主要领导座谈会 holds no 市长', () => {
    const meetings = createAnalyzer([
      ...glossary,
      {
        id: 'leaders-meeting',
        term: '长三角地区主要领导座谈会',
        en: 'leaders meeting',
        variants: ['主要领导座谈会'],
      },
    ]);
    const units = meetings.units('两省一市主要领导座谈会').map((u) => u.text);
    assert.ok(!units.includes('市长'), units.join('/'));
  });

  test('a measure word after a number and a filler phrase are no topic of their own', () => {
    assert.deepEqual(analyzer.units('2023年上海'), analyzer.units('2023 上海'));
    assert.deepEqual(analyzer.units('安徽重点做哪三块工作'), analyzer.units('安徽重点做哪3工作'));
    assert.deepEqual(analyzer.units('10台新能源汽车'), analyzer.units('10 新能源汽车'));
    assert.deepEqual(queryTerms('那个湖州那次的签约来着'), queryTerms('湖州的签约'));
  });

  test('reads numbers in words as digits, so 一百六十五项 finds 165项 and 九成 finds 90%', () => {
    assert.ok(queryTerms('一百六十五项任务').includes('165'));
    assert.ok(queryTerms('完成了九成').includes('90'));
    assert.ok(documentTerms('完成了九成').includes('90'), 'documents are indexed in digits too');
    assert.ok(
      !queryTerms('浙江唱好哪两个城市的双城记').includes('2'),
      'a count the question asks for is no figure',
    );
  });

  test('reads traditional script as simplified, including Taiwan phrasing', () => {
    assert.deepEqual(queryTerms('長三角研發經費'), queryTerms('长三角研发经费'));
    assert.equal(analyzer.prepare('資訊軟體'), '信息软件');
  });

  test('reads full-width letters and digits as half-width, and ignores case', () => {
    assert.deepEqual(queryTerms('ＥＶ　２０２４'), queryTerms('ev 2024'));
    assert.ok(queryTerms('Ｇ６０科创走廊').includes('g60'));
  });

  test('keeps numbers whole, decimals included', () => {
    const terms = queryTerms('2024—2026年 3.34% 165项');
    for (const n of ['2024', '2026', '3.34', '165']) assert.ok(terms.includes(n), n);
  });

  test('rewrites glossary synonyms and English names to the term the data uses', () => {
    assert.ok(queryTerms('长江三角洲').includes('三角'));
    assert.ok(queryTerms('How many new energy vehicles?').includes('能源'));
    assert.ok(queryTerms('EV产业').includes('汽车'));
    assert.ok(!queryTerms('level').includes('汽车'), 'a variant only matches as a whole word');
    assert.ok(documentTerms('长江三角洲的电动车').includes('汽车'), 'documents gain the term too');
  });

  test('finds nothing to search in emoji, punctuation or an empty line', () => {
    for (const text of ['😀', '🤔🤔', '？？？', '', '   ']) assert.deepEqual(queryTerms(text), [], text);
  });

  test('an English word and its forms meet: plurals, -ing, -ed (billing finds bills, cities finds city)', () => {
    for (const [a, b] of [
      ['tasks', 'task'],
      ['cities', 'city'],
      ['billing', 'bills'],
      ['settled', 'settle'],
      ['operations', 'operation'],
    ])
      assert.equal(stemLatin(a!), stemLatin(b!), `${a} ~ ${b}`);
    assert.notEqual(stemLatin('process'), stemLatin('pro'));
    assert.equal(stemLatin('2024'), '2024');
    assert.deepEqual(
      documentTerms('The bills were settled')
        .filter((t) => /^[a-z]/.test(t))
        .map((t) => analyzer.processTerm(t)),
      ['bill', 'settl'],
    );
  });

  test('coverage counts how much of a query a document holds', () => {
    const units = analyzer.units('上海房价');
    const holdsShanghaiOnly = new Set(documentTerms('上海的研发'));
    const holdsBoth = new Set(documentTerms('上海房价'));
    assert.ok(coverage(units, (t) => holdsShanghaiOnly.has(t)) < 0.55);
    assert.equal(
      coverage(units, (t) => holdsBoth.has(t)),
      1,
    );
  });
});
