import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { createPlanBot } from '../../../src/core/planbot.js';
import { detectScript } from '../../../src/core/text/script.js';

describe('detectScript', () => {
  test('a line in traditional characters is hant, the same line in simplified is hans', () => {
    assert.equal(detectScript('第三輪三年行動計劃有多少項重點任務？'), 'hant');
    assert.equal(detectScript('第三轮三年行动计划有多少项重点任务？'), 'hans');
    assert.equal(detectScript('長三角研發經費投入強度'), 'hant');
    assert.equal(detectScript('誰印發了新一輪三年行動計劃'), 'hant');
  });

  test('a line with no script-specific character, or none at all, is hans', () => {
    for (const line of ['上海', '三角', 'What is the R&D intensity?', '2024', '😀', '', '？？？'])
      assert.equal(detectScript(line), 'hans', line);
  });

  test('a mixed line goes with the script most of its characters are written in', () => {
    assert.equal(detectScript('长三角研發經費投入強度'), 'hant');
    assert.equal(detectScript('長三角研发经费投入强度'), 'hans');
    assert.equal(detectScript('What is 長三角 R&D intensity?'), 'hant');
  });

  test('never throws, and always answers hans or hant', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (line) => ['hans', 'hant'].includes(detectScript(line))),
    );
  });
});

describe('the router sets the answer script from the line', () => {
  const bot = createPlanBot({ dataDir: new URL('../../helpers/fixture-data', import.meta.url).pathname });

  test('every command, answered or declined', () => {
    assert.equal(bot.ask('長三角研發經費投入強度是多少').script, 'hant');
    assert.equal(bot.ask('长三角研发经费投入强度是多少').script, 'hans');
    assert.equal(bot.ask('/stats 研發').script, 'hant');
    assert.equal(bot.ask('今天天氣怎麼樣').script, 'hant');
  });

  test('English has no script of its own: absent, unless a traditional-script client asks', () => {
    assert.equal(bot.ask('R&D intensity').script, undefined);
    assert.equal(bot.run({ command: 'ask', arg: 'R&D intensity', script: 'hant' }).script, 'hant');
  });

  test('a record id (an autocomplete value) says nothing about the script', () => {
    assert.equal(bot.run({ command: 'stats', arg: 'stat-rd-intensity-2023' }).script, 'hans');
  });
});
