import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatAnswer, parseAskArgs } from '../../src/cli/ask-args.js';
import { createPlanBot } from '../../src/core/planbot.js';
import type { JsonAnswer } from './json-answer.js';

describe('ask CLI', () => {
  test('flags: --json, --limit 1-50, the rest is the line; anything else is refused', () => {
    assert.deepEqual(parseAskArgs(['--json', '--limit', '3', '/stats', '研发']), {
      json: true,
      limit: 3,
      line: '/stats 研发',
    });
    assert.deepEqual(parseAskArgs([]), { json: false });
    for (const bad of [
      ['--bogus'],
      ['--limit', 'zero', 'x'],
      ['--limit', '0'],
      ['--limit', '51'],
      ['--limit'],
    ]) {
      assert.throws(() => parseAskArgs(bad), Error, bad.join(' '));
    }
  });

  test('without --json an answer is readable text with its source', () => {
    const text = formatAnswer(createPlanBot().ask('/stats 研发'), false);
    assert.match(text, /^1\. .*研发/m);
    assert.match(text, /来源：/);
  });

  test('a traditional question: text in traditional script, JSON with the data’s own text and the script', () => {
    const answer = createPlanBot().ask('第三輪行動計劃什麼時候發布的');
    const text = formatAnswer(answer, false);
    assert.match(text, /^1\. 2024年7月25日正式發佈$/m);
    assert.match(text, /來源：新民晚報/);
    const json = JSON.parse(formatAnswer(answer, true)) as JsonAnswer & { script: string };
    assert.equal(json.script, 'hant');
    assert.equal(json.results[0]?.text, '2024年7月25日正式发布');
    assert.equal(json.results[0]?.source?.publisher, '新民晚报');
  });
});
