import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeResult } from '../../../src/adapters/shared/describe.js';
import { labelsIn, labels } from '../../../src/adapters/shared/labels.js';
import { answerAsPlainText } from '../../../src/adapters/shared/plain-text.js';
import { inAnswerScript, inScript } from '../../../src/adapters/shared/script.js';
import { createPlanBot } from '../../../src/core/planbot.js';

const bot = createPlanBot();

describe('inScript', () => {
  test('hant: traditional characters; hans or no script: the text unchanged', () => {
    assert.equal(inScript('重点任务165项', 'hant'), '重點任務165項');
    assert.equal(inScript('重点任务165项', 'hans'), '重点任务165项');
    assert.equal(inScript('重点任务165项', undefined), '重点任务165项');
    assert.equal(inAnswerScript({ script: 'hant' }, '来源'), '來源');
  });

  test('keeps the data’s words (发布 stays a publication, not 釋出) and leaves Latin text, markup and URLs alone', () => {
    assert.equal(inScript('2024年7月25日正式发布', 'hant'), '2024年7月25日正式發佈');
    assert.equal(inScript('联合攻关项目', 'hant'), '聯合攻關項目');
    const html = '<b>R&amp;D</b> <a href="https://example.org/a_b?x=1">link</a>';
    assert.equal(inScript(html, 'hant'), html);
  });

  test('every text of the data keeps its length, so platform limits measured before still hold', () => {
    const k = bot.knowledge;
    const texts = [
      ...k.sources.flatMap((s) => [s.title, s.publisher, s.body]),
      ...k.stats.flatMap((s) => [s.metric, s.quote]),
      ...k.tasks.flatMap((t) => [t.text, t.quote]),
      ...k.plans.flatMap((p) => [p.title, ...p.facts.flatMap((f) => [f.text, f.quote])]),
    ];
    for (const text of texts)
      assert.equal(Array.from(inScript(text, 'hant')).length, Array.from(text).length, text);
  });
});

describe('shared words in the asker’s script', () => {
  test('labels: the Chinese ones converted for hant, English and simplified unchanged', () => {
    assert.equal(labelsIn('zh', 'hant').source, '來源');
    assert.equal(labelsIn('zh', 'hant').tasksStated(165), '重點任務165項');
    assert.equal(labelsIn('zh', 'hant').errors['no-match'], inScript(labels.zh.errors['no-match'], 'hant'));
    assert.equal(labelsIn('zh', 'hans'), labels.zh);
    assert.equal(labelsIn('en', 'hant'), labels.en);
  });

  test('a result described for a traditional asker: title, detail and source line', () => {
    const result = bot.ask('第三輪行動計劃什麼時候發布的').results[0]!;
    const words = describeResult(result, 'zh', 'hant');
    // Two sources state the day; either fact may come first.
    assert.match(words.title, /2024年7月25日.*發佈/);
    assert.equal(words.body, '長三角地區一體化發展三年行動計劃(2024—2026年)');
    assert.match(words.sourceLine, /^來源：/);
    assert.equal(inScript(words.sourceLine, 'hant'), words.sourceLine);
    assert.match(describeResult(result, 'zh').title, /2024年7月25日.*发布/);
  });

  test('a plain-text answer: all traditional for a traditional line, untouched for a simplified one', () => {
    const hant = answerAsPlainText(bot.ask('長三角研發經費投入強度是多少', { limit: 10 }));
    assert.match(hant, /長三角研發經費投入強度/);
    assert.match(hant, /來源：/);
    assert.equal(inScript(hant, 'hant'), hant, 'nothing left in simplified characters');
    const hans = answerAsPlainText(bot.ask('长三角研发经费投入强度是多少', { limit: 10 }));
    assert.match(hans, /长三角研发经费投入强度/);
    assert.match(hans, /来源：/);
  });
});
