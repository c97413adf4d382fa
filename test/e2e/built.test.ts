/**
 * The built JavaScript, laid out as the Docker image has it (dist/, data/, package.json, node_modules),
 * run with plain node: the image's entry points, without tsx.
 */
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { FakeDiscord } from '../helpers/fake-discord/index.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');

describe('the built image entry points (node dist/...)', { timeout: 240_000 }, () => {
  let app: string;
  before(async () => {
    app = mkdtempSync(join(tmpdir(), 'planbot-built-'));
    await promisify(execFile)(process.execPath, [
      TSC,
      '-p',
      join(REPO, 'tsconfig.build.json'),
      '--outDir',
      join(app, 'dist'),
    ]);
    copyFileSync(join(REPO, 'package.json'), join(app, 'package.json'));
    symlinkSync(join(REPO, 'data'), join(app, 'data'));
    symlinkSync(join(REPO, 'node_modules'), join(app, 'node_modules'));
  });
  after(() => rmSync(app, { recursive: true, force: true }));

  function run(entry: string, env: Record<string, string>) {
    const child = spawn(process.execPath, [join(app, 'dist', entry)], {
      cwd: app,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    return {
      child,
      output: () => output,
      exited: once(child, 'exit') as Promise<[number | null, string | null]>,
    };
  }

  test('the image with no token and no terminal: exit 2 with one line, not a silent exit 0', async () => {
    const main = run('main.js', {});
    const [code] = await main.exited;
    assert.equal(code, 2);
    assert.match(main.output(), /^PlanBot: no TELEGRAM_BOT_TOKEN or DISCORD_TOKEN is set, [^\n]+\n$/);
  });

  test('node dist/sharded.js runs its shards with plain node and answers', async () => {
    const fake = await FakeDiscord.start({ shards: 1 });
    const manager = run('sharded.js', {
      DISCORD_TOKEN: fake.token,
      DISCORD_REST_API: fake.restApi,
      DISCORD_SHARD_SPAWN_DELAY_MS: '50',
      LOG_LEVEL: 'warn',
    });
    try {
      const ask = await fake
        .until(
          () => (fake.gatewayLog.some((e) => e.kind === 'identify') ? true : undefined),
          60_000,
          'the shard to identify',
        )
        .then(() => fake.slash('ask', { question: '第三轮计划有多少项重点任务？' }));
      assert.equal((await fake.reply(ask, 20_000)).embeds[0]!.title, '165项');
      manager.child.kill('SIGTERM');
      const [code] = await manager.exited;
      assert.equal(code, 0, manager.output());
    } finally {
      if (manager.child.exitCode === null) manager.child.kill('SIGKILL');
      await fake.stop();
    }
  });
});
