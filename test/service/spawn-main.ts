/** Runs `src/main.ts` as a child process the way an operator would, with only the environment a test gives. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HANG_GUARD_MS } from '../helpers/hang-guard.js';

const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');

export interface MainProcess {
  child: ChildProcess;
  stdout: string[];
  stderr: string[];
  /** Resolves with the exit code (or the signal name) once the process has ended. */
  exited: Promise<number | string>;
  /**
   * Resolves with the first stdout JSON log line whose msg matches; rejects if the process ends without
   * writing it.
   */
  logLine(msg: RegExp): Promise<Record<string, unknown>>;
}

/**
 * Spawns the service. The working directory is an empty temporary folder, so no developer's `.env` is
 * read; PATH and HOME are kept so node runs, nothing else is inherited. The folder is removed once the
 * process has ended.
 */
export function spawnMain(
  env: Record<string, string>,
  options: { stdin?: string; script?: string } = {},
): MainProcess {
  const cwd = mkdtempSync(join(tmpdir(), 'planbot-main-'));
  const child = spawn(process.execPath, ['--import', TSX, options.script ?? MAIN], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    // 'none': standard input is /dev/null, as in a container started without -i.
    stdio: [options.stdin === 'none' ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  // The folder only keeps a developer's .env out of reach; it goes with the process.
  child.on('exit', () => rmSync(cwd, { recursive: true, force: true }));
  const stdout: string[] = [];
  const stderr: string[] = [];
  const listeners = new Set<() => void>();
  const collect = (into: string[]) => {
    let partial = '';
    return (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      into.push(...lines);
      for (const listener of [...listeners]) listener();
    };
  };
  child.stdout!.on('data', collect(stdout));
  child.stderr!.on('data', collect(stderr));
  if (options.stdin !== undefined && options.stdin !== 'none') child.stdin!.end(options.stdin);
  let ended = false;
  const exited = new Promise<number | string>((resolve) =>
    // 'close': the process has ended and its output has all been read.
    child.on('close', (code, signal) => {
      ended = true;
      rmSync(cwd, { recursive: true, force: true });
      for (const listener of [...listeners]) listener();
      resolve(code ?? signal ?? 'unknown');
    }),
  );

  function logLine(msg: RegExp): Promise<Record<string, unknown>> {
    const find = () =>
      stdout
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .find((entry) => msg.test(String(entry.msg)));
    return new Promise((resolve, reject) => {
      const fail = (why: string) =>
        reject(
          new Error(`no log line ${msg}: ${why}; stdout: ${stdout.join('\n')}; stderr: ${stderr.join('\n')}`),
        );
      const check = () => {
        const found = find();
        if (!found && !ended) return;
        listeners.delete(check);
        clearTimeout(guard);
        if (found) resolve(found);
        else fail('the process ended without it');
      };
      const guard = setTimeout(() => {
        listeners.delete(check);
        fail(`still waiting after ${HANG_GUARD_MS} ms`);
      }, HANG_GUARD_MS);
      listeners.add(check);
      check();
    });
  }

  return { child, stdout, stderr, exited, logLine };
}
