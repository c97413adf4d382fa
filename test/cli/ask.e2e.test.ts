import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, test } from 'node:test';
import type { JsonAnswer } from './json-answer.js';

const ROOT = new URL('../../', import.meta.url).pathname;

function runAsk(
  args: string[],
  stdin = '',
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('ask CLI, run as a process', () => {
  test('--json answers one line with the DESIGN.md shape', async () => {
    const { code, stdout } = await runAsk(['--json', '--limit', '2', '长三角研发经费投入强度是多少？']);
    assert.equal(code, 0);
    const lines = stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    const answer = JSON.parse(lines[0]!) as JsonAnswer;
    assert.equal(answer.query, '长三角研发经费投入强度是多少？');
    assert.equal(answer.answered, true);
    // At most the limit; the region's figure is not padded with the demonstration zone's.
    assert.ok(answer.results.length >= 1 && answer.results.length <= 2);
    const first = answer.results[0]!;
    assert.equal(first.kind, 'stat');
    assert.match(first.text, /3\.34%/);
    assert.equal(typeof first.score, 'number');
    assert.match(first.source!.date, /^\d{4}-\d{2}(-\d{2})?$/);
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
  test('--offset pages: /areas gives all 9 areas over two pages', async () => {
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
});
