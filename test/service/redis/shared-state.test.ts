import assert from 'node:assert/strict';
import { once } from 'node:events';
import { after, before, describe, test } from 'node:test';
import pino from 'pino';
import { createRedisSharedState, type RedisSharedState } from '../../../src/service/redis/shared-state.js';
import { startRedis, type TestRedis } from '../../helpers/redis-server.js';

const quiet = pino({ level: 'silent' });

/** One replica's view of the shared state, with the fallbacks it counted. */
async function replica(url: string): Promise<RedisSharedState & { fallbacks: string[] }> {
  const fallbacks: string[] = [];
  const shared = createRedisSharedState(url, quiet, (use) => fallbacks.push(use));
  await shared.connection.connect();
  return Object.assign(shared, { fallbacks });
}

describe('Redis shared state (a real redis-server)', () => {
  let redis: TestRedis;
  let a: Awaited<ReturnType<typeof replica>>;
  let b: Awaited<ReturnType<typeof replica>>;
  before(async () => {
    redis = await startRedis();
    a = await replica(redis.url);
    b = await replica(redis.url);
  });
  after(async () => {
    await a.connection.close();
    await b.connection.close();
    await redis.stop();
  });

  test('a per-user limit is counted across replicas: answers, one notice, then silence', async () => {
    const limit = { messages: 3, perMs: 60_000 };
    const [la, lb] = [a.state.rateLimiter('user', limit), b.state.rateLimiter('user', limit)];
    const decisions = [];
    for (let i = 0; i < 6; i += 1) decisions.push(await (i % 2 ? lb : la).hit('alice'));
    assert.deepEqual(decisions, ['allow', 'allow', 'allow', 'notify', 'drop', 'drop']);
    assert.equal(await lb.hit('bob'), 'allow', 'users are counted apart');
    assert.equal(await a.state.rateLimiter('inline', limit).hit('alice'), 'allow', 'limits are kept apart');
  });

  test('an update id is claimed once, by whichever replica asks first', async () => {
    assert.equal(await a.state.dedupe.claim('telegram:1:100'), true);
    assert.equal(await b.state.dedupe.claim('telegram:1:100'), false);
    assert.equal(await a.state.dedupe.claim('telegram:1:100'), false);
    assert.equal(await b.state.dedupe.claim('telegram:1:101'), true);
  });

  test('IDENTIFY of one bucket is spaced across machines; other buckets do not wait', async () => {
    const spacingMs = 300;
    const { RedisIdentifyThrottler } = await import('../../../src/service/redis/identify-throttler.js');
    const onA = new RedisIdentifyThrottler(a.connection.client, 'app', 2, () => {}, 'planbot:', spacingMs);
    const onB = new RedisIdentifyThrottler(b.connection.client, 'app', 2, () => {}, 'planbot:', spacingMs);
    const signal = new AbortController().signal;
    const started = performance.now();
    await onA.waitForIdentify(0, signal);
    await onB.waitForIdentify(1, signal); // bucket 1: free at once
    await onB.waitForIdentify(2, signal); // bucket 0 again: after the first shard's lock expired
    const waited = performance.now() - started;
    assert.ok(waited >= spacingMs - 5, `the third identify waited for the bucket (${waited} ms)`);
    const aborted = new AbortController();
    const pending = onA.waitForIdentify(4, aborted.signal);
    aborted.abort();
    await assert.rejects(pending, { name: 'AbortError' });
  });

  test('Redis killed: answers go on per process, fallbacks are counted, health says why; back when it returns', async () => {
    const closed = once(a.connection.client, 'close');
    await redis.kill();
    await closed;
    assert.match(a.connection.degradedReason() ?? '', /^redis /);

    const limit = { messages: 2, perMs: 60_000 };
    const limiter = a.state.rateLimiter('user', limit);
    assert.deepEqual(
      [await limiter.hit('carol'), await limiter.hit('carol'), await limiter.hit('carol')],
      ['allow', 'allow', 'notify'],
      'the insurance limiter counts in this process',
    );
    assert.equal(await a.state.dedupe.claim('telegram:1:200'), true, 'an update is answered, not lost');
    await a.state.pages.put('AAAAAAAAAAA', { ownerId: '1', request: { command: 'ask', arg: 'q' } });
    assert.equal(await a.state.pages.get('AAAAAAAAAAA'), undefined, 'a page reads as expired');
    assert.ok(
      a.fallbacks.includes('limits') && a.fallbacks.includes('dedupe') && a.fallbacks.includes('pages'),
    );

    await redis.start();
    if (a.connection.client.status !== 'ready') await once(a.connection.client, 'ready');
    assert.equal(a.connection.degradedReason(), undefined);
    assert.equal(await a.state.dedupe.claim('telegram:1:201'), true);
  });

  test('Redis down at start-up: connect returns, the replica runs degraded, and joins once Redis is up', async () => {
    const late = await startRedis();
    await late.kill();
    const c = await replica(late.url);
    try {
      assert.notEqual(c.connection.client.status, 'ready');
      assert.match(c.connection.degradedReason() ?? '', /^redis /);
      assert.equal(await c.state.dedupe.claim('telegram:1:300'), true, 'answers meanwhile');
      await late.start();
      if (c.connection.client.status !== 'ready') await once(c.connection.client, 'ready');
      assert.equal(c.connection.degradedReason(), undefined);
    } finally {
      await c.connection.close();
      await late.stop();
    }
  });
});
