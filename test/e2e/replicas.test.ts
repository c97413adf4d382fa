/**
 * Several `npm start` replicas in Telegram webhook mode behind a round-robin proxy, sharing one real
 * redis-server, against the fake Bot API: what one replica does, any other continues.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import {
  FakeTelegram,
  type SentMessage,
  type TgMessage,
  type TgUser,
} from '../helpers/fake-telegram/index.js';
import { freePort } from '../helpers/free-port.js';
import { startRedis, type TestRedis } from '../helpers/redis-server.js';
import { spawnMain, type MainProcess } from '../service/spawn-main.js';

const SECRET = 'replicas_webhook-secret';
const HOOK = '/telegram/hook';

interface Replica {
  main: MainProcess;
  base: string;
}

/** A load balancer with no stickiness: request n goes to replica n mod N; it notes where each went. */
async function roundRobin(
  targets: () => string[],
): Promise<{ url: string; sentTo: string[]; server: Server }> {
  const sentTo: string[] = [];
  let next = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const all = targets();
      const target = all[next++ % all.length]!;
      sentTo.push(target);
      fetch(`${target}${req.url}`, {
        method: req.method ?? 'POST',
        headers: req.headers as Record<string, string>,
        body: Buffer.concat(chunks),
      }).then(
        async (upstream) => {
          const body = Buffer.from(await upstream.arrayBuffer());
          res.writeHead(upstream.status, { 'content-type': 'application/json' }).end(body);
        },
        () => res.writeHead(502).end(),
      );
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, sentTo, server };
}

describe('Telegram webhook replicas sharing one Redis', () => {
  let tg: FakeTelegram;
  let redis: TestRedis;
  let replicas: Replica[] = [];
  let proxy: Awaited<ReturnType<typeof roundRobin>>;
  let nextUpdateId = 1;

  async function startReplica(): Promise<Replica> {
    const port = await freePort();
    const main = spawnMain({
      TELEGRAM_BOT_TOKEN: tg.token,
      TELEGRAM_API_ROOT: tg.apiRoot,
      // Telegram posts to the public https URL; TLS ends at the proxy, which forwards to a replica.
      TELEGRAM_WEBHOOK_URL: `https://bot.example.org${HOOK}`,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      REDIS_URL: redis.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    });
    await main.logLine(/^telegram adapter started$/);
    return { main, base: `http://127.0.0.1:${port}` };
  }

  before(async () => {
    tg = await FakeTelegram.start();
    redis = await startRedis();
    replicas = await Promise.all([startReplica(), startReplica(), startReplica()]);
    proxy = await roundRobin(() => replicas.map((r) => r.base));
  });
  after(async () => {
    for (const { main } of replicas) if (main.child.exitCode === null) main.child.kill('SIGKILL');
    await Promise.all(replicas.map((r) => r.main.exited));
    proxy.server.close();
    await redis.stop();
    await tg.close();
  });

  /** Posts an update as Telegram would, to `to` (the proxy by default); resolves with the status. */
  async function post(update: Record<string, unknown>, to = proxy.url): Promise<number> {
    const res = await fetch(`${to}${HOOK}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      body: JSON.stringify(update),
    });
    await res.arrayBuffer();
    return res.status;
  }

  function says(from: TgUser, text: string): Record<string, unknown> {
    return { update_id: nextUpdateId++, message: tg.userMessage(from, text) };
  }

  function presses(
    from: TgUser,
    message: TgMessage,
    data: string,
  ): { update: Record<string, unknown>; id: string } {
    const id = `cbq-replicas-${nextUpdateId}`;
    tg.api.openCallbackQueries.add(id);
    const callback_query = { id, from, chat_instance: `ci${message.chat.id}`, message, data };
    return { update: { update_id: nextUpdateId++, callback_query }, id };
  }

  /** Waits for the `count`-th message the bot sent into `from`'s private chat. */
  async function messagesTo(from: TgUser, count: number): Promise<SentMessage[]> {
    const mine = (sent: SentMessage) => sent.message.chat.id === from.id;
    await tg.waitForMessages(count, mine);
    return tg.sentMessages(mine);
  }

  async function callbackAnswer(id: string): Promise<Record<string, unknown>> {
    const [call] = await tg.waitForCalls('answerCallbackQuery', 1, (c) => c.payload.callback_query_id === id);
    return call!.payload;
  }

  const moreOf = (sent: SentMessage): { callback_data?: string } | undefined =>
    (sent.message.reply_markup?.inline_keyboard ?? []).flat().find((b) => b.callback_data?.startsWith('m:'));

  test('"more" made by one replica is turned by another', async () => {
    const user = tg.user();
    const asked = proxy.sentTo.length;
    assert.equal(await post(says(user, '长三角科技创新')), 200);
    const [first] = await messagesTo(user, 1);
    const more = moreOf(first!);
    assert.ok(more?.callback_data, 'the answer has a "more" button');
    const { update, id } = presses(user, first!.message, more.callback_data);
    assert.equal(await post(update), 200);
    assert.notEqual(proxy.sentTo[asked + 1], proxy.sentTo[asked], 'the press went to another replica');
    assert.equal((await callbackAnswer(id)).text, undefined, 'not "expired"');
    const [, second] = await messagesTo(user, 2);
    assert.match(second!.text, /^[\s\S]*第6–\d+条，共\d+条$/);
  });

  test('a user gets as many replies from three replicas as from one: 6 answers and one notice for 12 messages', async () => {
    const user = tg.user();
    for (let i = 0; i < 12; i += 1) assert.equal(await post(says(user, '/areas')), 200);
    const replies = await messagesTo(user, 7);
    assert.equal(replies.length, 7);
    assert.match(replies[6]!.text, /太快|慢/, `the seventh is the notice: ${replies[6]!.text}`);
    assert.ok(new Set(proxy.sentTo.slice(-12)).size === 3, 'all three replicas took messages');
    // Quiet: the proxy answered every post, and nothing more was sent.
    assert.equal(tg.sentMessages((s) => s.message.chat.id === user.id).length, 7);
  });

  test('an update posted to two replicas at once is answered once', async () => {
    const user = tg.user();
    const update = says(user, '第三轮计划有多少项重点任务？');
    const statuses = await Promise.all([post(update, replicas[0]!.base), post(update, replicas[1]!.base)]);
    assert.deepEqual(statuses, [200, 200], 'both acknowledge, so Telegram stops redelivering');
    const later = says(user, '/sources');
    await post(later, replicas[2]!.base);
    const replies = await messagesTo(user, 2);
    assert.equal(replies.length, 2, 'one answer to the doubled update, one to the next');
    // Replies are queued per chat after the webhook returns, so either may be sent first.
    assert.equal(replies.filter((r) => /165项/.test(r.text)).length, 1);
    assert.equal(replies.filter((r) => /^资料来源/.test(r.text)).length, 1);
  });

  test('a replica restarted between a question and its "more" is harmless', async () => {
    const user = tg.user();
    await post(says(user, '长三角科技创新'), replicas[0]!.base);
    const [first] = await messagesTo(user, 1);
    const old = replicas[0]!;
    old.main.child.kill('SIGTERM');
    assert.equal(await old.main.exited, 0);
    replicas[0] = await startReplica();
    const { update, id } = presses(user, first!.message, moreOf(first!)!.callback_data!);
    assert.equal(await post(update, replicas[0].base), 200);
    assert.equal((await callbackAnswer(id)).text, undefined);
    const [, second] = await messagesTo(user, 2);
    assert.match(second!.text, /第6–/);
  });

  test('Redis killed mid-run: replicas keep answering, /healthz is 200 "degraded" with the reason, pages read as expired', async () => {
    const user = tg.user();
    await post(says(user, '长三角科技创新'), replicas[1]!.base);
    const [first] = await messagesTo(user, 1);
    await redis.kill();
    // Each replica learns of it from its connection: wait for that event (its health says so), so the
    // next limit is counted by the replica alone, not sent to a Redis that is already gone.
    for (const replica of replicas) {
      const status = async () =>
        ((await (await fetch(`${replica.base}/healthz`)).json()) as { status: string }).status;
      while ((await status()) !== 'degraded') await new Promise((resolve) => setTimeout(resolve, 20));
    }

    await post(says(user, '/areas'), replicas[2]!.base);
    const replies = await messagesTo(user, 2);
    assert.match(replies[1]!.text, /领域|方面/, 'still answering');

    const { update, id } = presses(user, first!.message, moreOf(first!)!.callback_data!);
    assert.equal(await post(update, replicas[1]!.base), 200);
    assert.equal((await callbackAnswer(id)).text, '这个按钮已过期，请重新提问。');

    for (const replica of replicas) {
      const health = await fetch(`${replica.base}/healthz`);
      assert.equal(health.status, 200, 'an orchestrator must not kill every replica at once');
      const body = (await health.json()) as { status: string; reason?: string };
      assert.equal(body.status, 'degraded');
      assert.match(body.reason ?? '', /^redis /);
      assert.equal(replica.main.child.exitCode, null, 'no replica crashed');
    }
    const metricsOf = async (replica: Replica) => (await fetch(`${replica.base}/metrics`)).text();
    assert.match(await metricsOf(replicas[1]!), /^planbot_redis_fallbacks_total\{use="pages"\} [1-9]/m);
    assert.match(await metricsOf(replicas[2]!), /^planbot_redis_fallbacks_total\{use="limits"\} [1-9]/m);

    await redis.start();
    await replicas[1]!.main.logLine(/^redis: connected again/);
    const health = (await (await fetch(`${replicas[1]!.base}/healthz`)).json()) as { status: string };
    assert.equal(health.status, 'ok');
  });
});
