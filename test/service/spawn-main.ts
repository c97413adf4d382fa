/** Runs `src/main.ts` as a child process the way an operator would, with only the environment a test gives. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');

export interface MainProcess {
  child: ChildProcess;
  stdout: string[];
  stderr: string[];
  /** Resolves with the exit code (or the signal name) once the process has ended. */
  exited: Promise<number | string>;
  /** Resolves with the first stdout JSON log line whose msg matches. */
  logLine(msg: RegExp, timeoutMs?: number): Promise<Record<string, unknown>>;
}

/**
 * Spawns the service. The working directory is an empty temporary folder, so no developer's `.env` is
 * read; PATH and HOME are kept so node runs, nothing else is inherited.
 */
export function spawnMain(
  env: Record<string, string>,
  options: { stdin?: string | 'none'; script?: string } = {},
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
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );

  function logLine(msg: RegExp, timeoutMs = 10_000): Promise<Record<string, unknown>> {
    const find = () =>
      stdout
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .find((entry) => msg.test(String(entry.msg)));
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = find();
        if (!found) return;
        listeners.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(
          new Error(
            `no log line ${msg} within ${timeoutMs} ms; stdout: ${stdout.join('\n')}; stderr: ${stderr.join('\n')}`,
          ),
        );
      }, timeoutMs);
      listeners.add(check);
      check();
    });
  }

  return { child, stdout, stderr, exited, logLine };
}
