/**
 * What an operator meets at start-up, run as they would run it: every failure is one line on stderr
 * and exit code 2 (no stack trace), and a signal to `npm start` stops the bot itself.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { FakeDiscord } from '../helpers/fake-discord/index.js';
import { freePort } from '../helpers/free-port.js';
import { spawnMain } from '../service/spawn-main.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const script = (name: string) => fileURLToPath(new URL(`../../src/${name}`, import.meta.url));

/** Exactly one plain line on stderr (besides JSON log lines, which go there in console mode), no stack trace. */
function assertOneLine(stderr: string[], stdout: string[], expected: RegExp): void {
  const lines = stderr.filter((line) => line.trim() !== '' && !line.startsWith('{'));
  assert.equal(lines.length, 1, `one line on stderr, got: ${lines.join('\n')}`);
  assert.match(lines[0]!, expected);
  const stack = /\s+at .+:\d+:\d+|"stack"/;
  assert.ok(![...stderr, ...stdout].some((line) => stack.test(line)), 'no stack trace');
}

describe('start-up failures: one line, exit code 2', { concurrency: true }, () => {
  test('no token and no terminal (a container without -it): exit 2 naming the tokens to set', async () => {
    const main = spawnMain({}, { stdin: 'none' });
    assert.equal(await main.exited, 2);
    assertOneLine(
      main.stderr,
      main.stdout,
      /^PlanBot: no TELEGRAM_BOT_TOKEN or DISCORD_TOKEN is set, .*set TELEGRAM_BOT_TOKEN and\/or DISCORD_TOKEN/,
    );
  });

  test('a DATA_DIR that does not exist', async () => {
    const main = spawnMain({ DATA_DIR: '/no/such/planbot-data' }, { stdin: '' });
    assert.equal(await main.exited, 2);
    assertOneLine(
      main.stderr,
      main.stdout,
      /^PlanBot config: DATA_DIR is "\/no\/such\/planbot-data", which is not a folder/,
    );
  });

  test('a HOST that is not an address of this machine', async () => {
    const main = spawnMain({ HOST: '10.255.255.1', PORT: String(await freePort()) }, { stdin: '' });
    assert.equal(await main.exited, 2);
    assertOneLine(
      main.stderr,
      main.stdout,
      /^PlanBot cannot start: HOST "10\.255\.255\.1" is not an address of this machine/,
    );
  });

  test('a busy port', async () => {
    const holder = createServer().listen(0, '127.0.0.1');
    await once(holder, 'listening');
    const { port } = holder.address() as { port: number };
    try {
      const main = spawnMain({ HOST: '127.0.0.1', PORT: String(port) }, { stdin: '' });
      assert.equal(await main.exited, 2);
      assertOneLine(
        main.stderr,
        main.stdout,
        new RegExp(`^PlanBot cannot start: port ${port} on 127.0.0.1 is already in use`),
      );
    } finally {
      holder.close();
    }
  });

  test('`npm run register` with a malformed token: checked before any network, as npm start does', async () => {
    const run = spawnMain({ DISCORD_TOKEN: 'abc' }, { script: script('register.ts') });
    assert.equal(await run.exited, 2);
    assertOneLine(run.stderr, run.stdout, /^PlanBot config: DISCORD_TOKEN is not a bot token/);
  });

  test('`npm run start:sharded` with a token Discord refuses', async () => {
    const fake = await FakeDiscord.start();
    try {
      const run = spawnMain(
        { DISCORD_TOKEN: 'MTA.refused-token.by-the-fake', DISCORD_REST_API: fake.restApi },
        { script: script('sharded.ts') },
      );
      assert.equal(await run.exited, 2);
      assertOneLine(
        run.stderr,
        [],
        /^PlanBot cannot start: Discord refused DISCORD_TOKEN \(401: Unauthorized\)/,
      );
      assert.ok(!run.stderr.join('\n').includes('refused-token'), 'the token is not shown');
    } finally {
      await fake.stop();
    }
  });
});

describe('npm start and signals', () => {
  test('SIGTERM to `npm start` (the command a user types) stops the bot and frees its port', async () => {
    const port = await freePort();
    // Blank tokens keep any developer's .env out; piped stdin kept open holds the console.
    const npm = spawn('npm', ['start', '--silent'], {
      cwd: REPO,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? tmpdir(),
        PORT: String(port),
        HOST: '127.0.0.1',
        TELEGRAM_BOT_TOKEN: '',
        DISCORD_TOKEN: '',
        REDIS_URL: '',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    npm.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    npm.stdout.resume();
    const exited = once(npm, 'exit');
    try {
      await new Promise<void>((resolve, reject) => {
        const check = () => {
          if (stderr.includes('HTTP server on port')) resolve();
        };
        npm.stderr.on('data', check);
        npm.once('exit', () => reject(new Error(`npm start ended early: ${stderr}`)));
      });
      assert.equal((await fetch(`http://127.0.0.1:${port}/healthz`)).status, 200);
      npm.kill('SIGTERM');
      await exited;
      await assert.rejects(fetch(`http://127.0.0.1:${port}/healthz`), 'nothing listens on the port any more');
      assert.match(stderr, /"msg":"stopped"/, 'the bot itself shut down gracefully');
    } finally {
      if (npm.exitCode === null && npm.signalCode === null) npm.kill('SIGKILL');
    }
  });
});
