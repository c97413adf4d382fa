import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CRASH = fileURLToPath(new URL('./fixtures/crash.ts', import.meta.url));

function crash(
  kind: 'exception' | 'rejection',
): Promise<{ code: number | null; lines: Record<string, unknown>[] }> {
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), CRASH, kind], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  return new Promise((resolve) =>
    child.on('close', (code) =>
      resolve({
        code,
        lines: out
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as Record<string, unknown>),
      }),
    ),
  );
}

describe('process-level errors', { concurrency: true }, () => {
  for (const [kind, msg] of [
    ['exception', 'uncaught exception: exiting'],
    ['rejection', 'unhandled promise rejection: exiting'],
  ] as const) {
    test(`an uncaught ${kind} is logged (secrets scrubbed) and the process exits 1`, async () => {
      const { code, lines } = await crash(kind);
      assert.equal(code, 1);
      assert.equal(lines.length, 1);
      const [line] = lines;
      assert.equal(line!.level, 60);
      assert.equal(line!.msg, msg);
      assert.match(
        String((line!.err as { message: string }).message),
        /while calling \/bot\[redacted\]\/getMe$/,
      );
      assert.ok(!JSON.stringify(line).includes('AAHdqTcv'));
    });
  }
});
