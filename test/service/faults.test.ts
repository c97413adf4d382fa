import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { makeUser } from '../helpers/fake-discord/payloads.js';
import { eventually } from '../helpers/eventually.js';
import { counts, startService, type Running } from './harness.js';

const callbackPath = /^\/interactions\/\d+\/[^/]+\/callback$/;

describe('faults: the whole service against failing fake platforms', () => {
  let run: Running;
  let nextUser = 1;
  before(async () => {
    run = await startService();
  });
  after(() => run.stop());

  test('Telegram 500s, a 429 with retry_after and slow answers: every message answered exactly once', async () => {
    const { tg } = run;
    tg.failNext('sendMessage', { code: 500 }, 2);
    tg.failNext('sendMessage', { code: 429, retryAfter: 1 });
    tg.failNext('sendMessage', { code: 502 });
    tg.failNext('sendMessage', { delayMs: 300 }, 3);
    const lines = [
      '/areas',
      '第三轮计划有多少项重点任务？',
      '/help',
      'Which areas does the 2024–2026 plan cover?',
    ];
    const sent = Array.from({ length: 24 }, (_, i) => tg.userSays(tg.user(), lines[i % lines.length]!));
    await tg.processed(sent.at(-1)!.updateId, 10_000);

    const statuses = tg.callsTo('sendMessage').map((c) => c.status);
    assert.equal(statuses.filter((s) => s === 500 || s === 502).length, 3, 'the 5xx were injected');
    assert.equal(statuses.filter((s) => s === 429).length, 1, 'the 429 was injected');
    for (const { message } of sent) {
      const texts = tg.textsIn(message.chat.id);
      assert.ok(texts.length >= 1, `chat ${message.chat.id} got no reply`);
      assert.equal(new Set(texts).size, texts.length, `chat ${message.chat.id} was answered twice`);
      assert.doesNotMatch(texts.join('\n'), /Sorry|抱歉/, 'no apology: every fault was recovered');
    }
    const answered = run.lines.filter((l) => l.msg === 'answered' && l.platform === 'telegram');
    assert.equal(answered.length, sent.length);
  });

  test('Telegram connections dropped before the reply was handled: resent, every message answered exactly once', async () => {
    const { tg } = run;
    tg.failNext('sendMessage', { drop: 'before' }, 3);
    const lines = ['/sources', '第三轮计划有多少项重点任务？', '/help'];
    const sent = Array.from({ length: 12 }, (_, i) => tg.userSays(tg.user(), lines[i % lines.length]!));
    await tg.processed(sent.at(-1)!.updateId, 10_000);

    assert.equal(tg.callsTo('sendMessage').filter((c) => c.dropped === 'before').length, 3, 'dropped');
    for (const { message } of sent) {
      const texts = tg.textsIn(message.chat.id);
      const calls = tg.callsTo('sendMessage').filter((c) => c.payload.chat_id === message.chat.id);
      // An answer can be several messages; each is delivered once, whether or not its first try was dropped.
      assert.ok(texts.length >= 1, `chat ${message.chat.id} got no reply`);
      assert.equal(texts.length, calls.filter((c) => !c.dropped).length);
      assert.equal(new Set(texts).size, texts.length, `chat ${message.chat.id} was answered twice`);
      assert.doesNotMatch(texts.join('\n'), /Sorry|抱歉/, 'no apology: every drop was recovered');
    }
    const failed = run.lines.filter((l) => l.platform === 'telegram' && (l.level as number) >= 50);
    assert.deepEqual(failed, []);
  });

  test('Discord callback 500, 429 and slow REST, and a gateway drop: every interaction answered exactly once', async () => {
    const { dc } = run;
    dc.fail({ method: 'POST', path: callbackPath }, { status: 500 });
    dc.fail({ method: 'POST', path: callbackPath }, { status: 429, retryAfter: 0.2 });
    dc.fail({ method: 'POST', path: callbackPath }, { delayMs: 300 }, 2);
    const commands: [string, Record<string, string>][] = [
      ['areas', {}],
      ['ask', { question: '第三轮计划有多少项重点任务？' }],
      ['help', {}],
      ['stats', { topic: '研发' }],
    ];
    // A user of its own for each command, so the per-user rate limit never applies.
    const as = () => ({ user: makeUser(`faults${nextUser++}`) });
    const records = commands.flatMap(([name, values]) => [
      dc.slash(name, values, as()),
      dc.slash(name, values, as()),
    ]);
    await Promise.all(records.map((r) => dc.reply(r)));
    // Resumable close: what arrives while the client reconnects is replayed on RESUME.
    dc.dropGateway(4000);
    records.push(...commands.map(([name, values]) => dc.slash(name, values, as())));
    const replies = await Promise.all(records.map((r) => dc.reply(r, 10_000)));

    assert.ok(
      dc.gatewayLog.some((e) => e.kind === 'resume'),
      'the client resumed',
    );
    for (const [i, record] of records.entries()) {
      const callbacks = dc.requests.filter((r) => r.path.startsWith(`/interactions/${record.id}/`));
      assert.equal(callbacks.filter((r) => r.status < 300).length, 1, `interaction ${i} acknowledged once`);
      assert.equal(record.followUpIds.length, 0, `interaction ${i} has no second answer`);
      assert.ok(replies[i]!.embeds.length > 0);
    }
    const byStatus = counts(dc.requests.filter((r) => callbackPath.test(r.path)).map((r) => r.status));
    assert.equal(byStatus.get(500), 1);
    assert.equal(byStatus.get(429), 1);
    // The adapter reports an answer once its REST call has returned, a moment after the fake saw it.
    const answered = () => run.lines.filter((l) => l.msg === 'answered' && l.platform === 'discord').length;
    await eventually(() => answered() >= records.length);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(answered(), records.length);
  });

  test('the service stays healthy and counts what happened', async () => {
    const metrics = await run.service.metrics.registry.metrics();
    assert.match(metrics, /^planbot_messages_total\{platform="telegram",command="areas"\} 6$/m);
    assert.match(metrics, /^planbot_messages_total\{platform="discord",command="areas"\} 3$/m);
    assert.deepEqual(
      run.service.adapters.map((a) => [a.platform, a.isReady()]),
      [
        ['telegram', true],
        ['discord', true],
      ],
    );
  });
});
