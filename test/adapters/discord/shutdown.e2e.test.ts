import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';

describe('Discord adapter shutdown, in a process of its own', () => {
  test('a process that ran the bot exits by itself once the bot and the fake are stopped', async () => {
    const script = fileURLToPath(new URL('./fixtures/answer-once-and-stop.ts', import.meta.url));
    const { stdout } = await new Promise<{ stdout: string }>((resolve, reject) => {
      execFile(process.execPath, ['--import', 'tsx', script], (err, out, errOut) =>
        err ? reject(new Error(`${err.message}\n${errOut}`)) : resolve({ stdout: out }),
      );
    });
    assert.equal(stdout, 'answered 165项; stopped\n');
  });
});
