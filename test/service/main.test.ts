import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FakeTelegram } from '../helpers/fake-telegram/index.js';
import { freePort } from '../helpers/free-port.js';
import { spawnMain, type MainProcess } from './spawn-main.js';

describe('main: misconfiguration', { concurrency: true }, () => {
  test('a webhook URL without its secret: exit code 2 and one line naming the variable and the fix', async () => {
    const main = spawnMain({
      TELEGRAM_BOT_TOKEN: '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawQ',
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/telegram',
    });
    assert.equal(await main.exited, 2);
    assert.deepEqual(main.stderr, [
      'PlanBot config: TELEGRAM_WEBHOOK_URL is set but TELEGRAM_WEBHOOK_SECRET is not: set TELEGRAM_WEBHOOK_SECRET to 1-256 characters of A-Z a-z 0-9 _ -',
    ]);
    assert.deepEqual(main.stdout, []);
  });

  test('a malformed Discord token: exit code 2, and the token is not echoed', async () => {
    const main = spawnMain({ DISCORD_TOKEN: 'leaked-secret-without-dots' });
    assert.equal(await main.exited, 2);
    assert.equal(main.stderr.length, 1);
    assert.match(main.stderr[0]!, /^PlanBot config: DISCORD_TOKEN is not a bot token: /);
    assert.ok(!main.stderr[0]!.includes('leaked-secret'));
  });
});

describe('main: a broken knowledge base', () => {
  test('a quote not in its source: exit code 2 and one line naming file, record and field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planbot-bad-data-'));
    cpSync(fileURLToPath(new URL('../../data', import.meta.url)), dir, { recursive: true });
    const tasks = JSON.parse(readFileSync(join(dir, 'tasks.json'), 'utf8')) as {
      id: string;
      quote: string;
    }[];
    tasks[0]!.quote = '这句话不在原文里';
    writeFileSync(join(dir, 'tasks.json'), JSON.stringify(tasks));
    try {
      const main = spawnMain({ DATA_DIR: dir });
      assert.equal(await main.exited, 2);
      assert.equal(main.stderr.length, 1);
      assert.match(
        main.stderr[0]!,
        new RegExp(
          `^PlanBot data: data/tasks\\.json: record ${tasks[0]!.id}: field quote: is not verbatim in source `,
        ),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('main: Telegram polling against the fake Bot API', () => {
  let tg: FakeTelegram;
  let main: MainProcess;
  let base: string;

  before(async () => {
    tg = await FakeTelegram.start({ maxPollHoldMs: 200 });
    main = spawnMain({
      TELEGRAM_BOT_TOKEN: tg.token,
      TELEGRAM_API_ROOT: tg.apiRoot,
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    });
    const listening = await main.logLine(/^HTTP server on port/);
    base = `http://127.0.0.1:${String(listening.port)}`;
    await main.logLine(/^telegram adapter started$/);
  });
  after(async () => {
    if (main.child.exitCode === null) main.child.kill('SIGKILL');
    await tg.close();
  });

  test('logs how long the index took, then reports healthy with metrics', async () => {
    const ready = await main.logLine(/^ready in \d+ ms$/);
    assert.equal(typeof ready.ms, 'number');
    const health = await fetch(`${base}/healthz`);
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { status: 'ok' });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    assert.match(metrics, /^# TYPE planbot_messages_total counter$/m);
    assert.match(metrics, /^process_resident_memory_bytes \d+/m);
  });

  test('the token appears in no log line', () => {
    assert.ok(main.stdout.length > 0);
    for (const line of [...main.stdout, ...main.stderr]) assert.ok(!line.includes(tg.token), line);
  });

  test('a token Telegram refuses: one line saying so, exit code 2, the token not shown', async () => {
    const wrongToken = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawQ';
    const refused = spawnMain({
      TELEGRAM_BOT_TOKEN: wrongToken,
      TELEGRAM_API_ROOT: tg.apiRoot,
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
    });
    assert.equal(await refused.exited, 2);
    assert.deepEqual(
      refused.stderr.filter((line) => line !== ''),
      [
        'PlanBot cannot start: Telegram refused TELEGRAM_BOT_TOKEN (401: Unauthorized): set it to the token @BotFather gave',
      ],
    );
    const all = [...refused.stdout, ...refused.stderr].join('\n');
    assert.ok(!all.includes(wrongToken.split(':')[1]!));
    assert.ok(!all.includes('"stack"'), 'no stack trace');
  });

  test('SIGTERM while a reply is in flight: the reply arrives, the process exits 0', async () => {
    tg.failNext('sendMessage', { delayMs: 800 });
    const { message } = tg.userSays(tg.user(), '/areas');
    await tg.waitForCalls('sendMessage', 1, (call) => call.payload.chat_id === message.chat.id);
    const signalled = performance.now();
    main.child.kill('SIGTERM');
    assert.equal(await main.exited, 0);
    const elapsed = performance.now() - signalled;
    const replies = tg.sentMessages((sent) => sent.message.chat.id === message.chat.id);
    assert.equal(replies.length, 1, 'the in-flight reply was delivered once');
    assert.ok(replies[0]!.call.status === 200);
    assert.ok(elapsed < 10_000, `exited after ${Math.round(elapsed)} ms`);
    const answered = await main.logLine(/^answered$/);
    assert.equal(answered.platform, 'telegram');
    assert.equal(answered.command, 'areas');
    await main.logLine(/^stopped$/);
  });
});

describe('main: no tokens', () => {
  test('piped input is answered by the console on stdout, logs go to stderr, and it exits 0 at the end', async () => {
    const main = spawnMain({}, { stdin: '第三轮计划有多少项重点任务？\n' });
    assert.equal(await main.exited, 0);
    const out = main.stdout.join('\n');
    assert.match(out, /165项/);
    assert.match(out, /来源：/);
    assert.ok(!out.includes('"level"'), 'no log line in the chat');
    const logs = main.stderr.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { msg: string });
    assert.ok(logs.some((l) => /^ready in \d+ ms$/.test(l.msg)));
    assert.ok(logs.some((l) => l.msg === 'stopped'));
  });
});
