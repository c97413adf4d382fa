import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { writeAnswerChart } from '../../src/adapters/shared/chart/file.js';
import { seriesBot, SERIES_QUESTION } from '../helpers/series-bot.js';
import { pngSize } from '../adapters/shared/chart/png.js';
import { formatAnswer, parseAskArgs } from '../../src/cli/ask-args.js';
import { createPlanBot } from '../../src/core/planbot.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const chartTmp = mkdtempSync(join(tmpdir(), 'planbot-ask-cli-'));
after(() => rmSync(chartTmp, { recursive: true, force: true }));

function runAsk(
  args: string[],
  stdin = '',
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // A chart answer writes its PNG under the temp folder: this one, removed after the tests.
    const env = { ...process.env, TMPDIR: chartTmp };
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

interface JsonAnswer {
  query: string;
  answered: boolean;
  results: {
    kind: string;
    text: string;
    score: number;
    source?: { id: string; title: string; publisher: string; date: string };
  }[];
}

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

  test('--json answers one line with the DESIGN.md shape', async () => {
    const { code, stdout } = await runAsk(['--json', '--limit', '2', '长三角研发经费投入强度是多少？']);
    assert.equal(code, 0);
    const lines = stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    const answer = JSON.parse(lines[0]!) as JsonAnswer;
    assert.equal(answer.query, '长三角研发经费投入强度是多少？');
    assert.equal(answer.answered, true);
    assert.equal(answer.results.length, 2);
    const first = answer.results[0]!;
    assert.equal(first.kind, 'stat');
    assert.match(first.text, /3\.34%/);
    assert.equal(typeof first.score, 'number');
    assert.match(first.source!.date, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(first.source!.title.length > 0 && first.source!.publisher.length > 0);
  });

  test('reads stdin one line at a time, one JSON answer per line, declines included', async () => {
    const { code, stdout } = await runAsk(
      ['--json'],
      '/tasks 生态\n今天天气怎么样\n\nHow many key tasks are in the 2024—2026 plan?\n',
    );
    assert.equal(code, 0);
    const answers = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as JsonAnswer);
    assert.equal(answers.length, 4);
    assert.ok(answers[0]!.answered && answers[0]!.results.every((r) => r.kind === 'task'));
    assert.equal(answers[1]!.answered, false);
    assert.ok(answers[1]!.results.every((r) => r.kind === 'suggestion'));
    assert.equal(answers[2]!.answered, false);
    assert.match(answers[3]!.results[0]!.text, /165/);
  });

  test('a bad flag prints usage on stderr and exits 2', async () => {
    const { code, stdout, stderr } = await runAsk(['--bogus', 'x']);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /usage: npm run -s ask/);
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

  test('--offset pages: /areas gives all 9 areas over two pages', async () => {
    assert.deepEqual(parseAskArgs(['--offset', '5', 'x']), { json: false, offset: 5, line: 'x' });
    const ids: string[] = [];
    for (const offset of ['0', '5']) {
      const { code, stdout } = await runAsk(['--json', '--limit', '5', '--offset', offset, '/areas']);
      assert.equal(code, 0);
      const answer = JSON.parse(stdout) as JsonAnswer & { page: { offset: number; total: number } };
      assert.equal(answer.page.offset, Number(offset));
      assert.equal(answer.page.total, 9);
      ids.push(...answer.results.map((r) => (r as { id?: string }).id ?? ''));
    }
    assert.equal(new Set(ids).size, 9);
  });

  test('`npm run -s ask -- --json` writes nothing but JSON to stdout (the README pipes it into jq)', async () => {
    const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
      const child = spawn('npm', ['run', '-s', 'ask', '--', '--json', '/areas'], { cwd: ROOT });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.resume();
      child.on('error', reject);
      child.on('close', (exit) => resolve({ code: exit, stdout: out }));
    });
    assert.equal(code, 0);
    const lines = stdout.split('\n').filter((l) => l.length > 0);
    assert.equal(lines.length, 1);
    assert.equal((JSON.parse(lines[0]!) as JsonAnswer).answered, true);
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
