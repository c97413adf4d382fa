import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createPlanBot } from '../../../src/core/planbot.js';

const bot = createPlanBot();

describe('who wrote an article is answered with its byline', () => {
  test('in Chinese: the source with its author, as its front matter gives it', () => {
    const answer = bot.ask('新民晚报那篇是哪个记者写的');
    assert.equal(answer.answered, true);
    const first = answer.results[0];
    assert.equal(first?.kind, 'source');
    assert.match(first.text, /毛丽君/);
    const source = bot.knowledge.sources.find((s) => s.id === first.id);
    assert.equal(source?.author, '毛丽君', 'the name is the source’s own byline');
  });

  test('in Cantonese: 記者係邊個', () => {
    assert.match(bot.ask('新民晚報篇文嘅記者係邊個?').results[0]?.text ?? '', /毛丽君/);
  });

  test('in English: the author in pinyin', () => {
    const first = bot.ask('who wrote the 第一财经 article').results[0];
    assert.match(first?.en ?? '', /Jin Yezi/);
    const authored = bot.ask('who authored the Yicai piece on the sci-tech innovation community?').results[0];
    assert.match(authored?.en ?? '', /Jin Yezi/);
  });

  test('a byline question naming no source with an author is not answered with one', () => {
    const answer = bot.ask('这篇文章是谁写的');
    assert.ok(answer.results.every((r) => r.kind !== 'source'));
  });
});

describe('the editor a page credits', () => {
  test('is answered for the outlet named, in any script or in English', () => {
    for (const question of [
      '中國網2022年那篇報導的責任編輯是誰?',
      'who was the responsible editor on the china.com.cn piece about the 2022 meeting',
    ])
      assert.match(bot.ask(question).results[0]?.text ?? '', /责任编辑：谭梦桐/, question);
  });

  test('is not guessed for an outlet whose page credits none', () => {
    assert.ok(!/谭梦桐/.test(bot.ask('新民晚报那篇的责任编辑是谁').results[0]?.text ?? ''));
  });
});
