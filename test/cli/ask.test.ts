import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { writeAnswerChart } from '../../src/adapters/shared/chart/file.js';
import { seriesBot, SERIES_QUESTION } from '../helpers/series-bot.js';
import { pngSize } from '../adapters/shared/chart/png.js';
import { formatAnswer, parseAskArgs } from '../../src/cli/ask-args.js';
import { createPlanBot } from '../../src/core/planbot.js';
import type { JsonAnswer } from './json-answer.js';

describe('ask CLI', () => {
  test('a dated series: --json gives the path of its chart PNG (`chart`) and the series; text ends with it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planbot-ask-test-'));
    try {
      const answer = seriesBot().ask(SERIES_QUESTION);
      const path = await writeAnswerChart(answer, dir, (err) => {
        throw err;
      });
      assert.ok(path !== undefined && path.startsWith(dir));
      pngSize(readFileSync(path));
      const json = JSON.parse(formatAnswer(answer, true, path)) as {
        chart?: string;
        series?: { points: unknown[] };
      };
      assert.equal(json.chart, path);
      assert.equal(json.series?.points.length, 3);
      assert.ok(formatAnswer(answer, false, path).endsWith(`\n图表：${path}`));
      const plain = seriesBot().ask('长三角研发经费投入强度');
      assert.equal(await writeAnswerChart(plain, dir, () => {}), undefined);
      assert.equal('chart' in JSON.parse(formatAnswer(plain, true)), false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

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
      ['--offset', '-1'],
      ['--offset', 'two'],
    ]) {
      assert.throws(() => parseAskArgs(bad), Error, bad.join(' '));
    }
  });

  test('--offset is read as the first result to show', () => {
    assert.deepEqual(parseAskArgs(['--offset', '5', 'x']), { json: false, offset: 5, line: 'x' });
  });

  test('`lead` answers a count question first; a list has none; text mode prints it first', () => {
    const planbot = createPlanBot();
    const count = JSON.parse(formatAnswer(planbot.ask('第三轮计划一共有多少项重点任务？'), true)) as {
      lead?: string;
    };
    assert.match(count.lead ?? '', /165项/);
    const list = JSON.parse(formatAnswer(planbot.ask('/areas'), true)) as Record<string, unknown>;
    assert.equal('lead' in list, false);
    const text = formatAnswer(planbot.ask('How many key tasks does the 2024-2026 plan have?'), false);
    assert.match(text.split('\n')[0]!, /^[^0-9•].*165.*\.$/);
  });

  test('without --json an answer is readable text with its source', () => {
    const text = formatAnswer(createPlanBot().ask('/stats 研发'), false);
    assert.match(text, /^1\. .*(研发|R&D)/m);
    assert.match(text, /来源：/);
  });

  test('a traditional question: text in traditional script, JSON with the data’s own text and the script', () => {
    const answer = createPlanBot().ask('第三輪行動計劃什麼時候發布的');
    const text = formatAnswer(answer, false);
    assert.match(text, /^\d\. 2024年7月25日正式發佈$/m);
    assert.match(text, /來源：新民晚報/);
    const json = JSON.parse(formatAnswer(answer, true)) as JsonAnswer & { script: string };
    assert.equal(json.script, 'hant');
    const published = json.results.find((r) => r.text === '2024年7月25日正式发布');
    assert.equal(published?.source?.publisher, '新民晚报');
  });
});
