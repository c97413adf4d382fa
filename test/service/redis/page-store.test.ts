import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Redis } from 'ioredis';
import {
  MemoryPageStore,
  newPageKey,
  PAGE_TTL_MS,
  type PageStore,
  type StoredPage,
} from '../../../src/adapters/shared/page-store.js';
import { RedisPageStore } from '../../../src/service/redis/page-store.js';
import { startRedis, type TestRedis } from '../../helpers/redis-server.js';

const page = (ownerId: string, arg = '长三角科技创新'): StoredPage => ({
  ownerId,
  request: { command: 'ask', arg, lang: 'zh', limit: 5 },
});

/** The contract every page store keeps, whatever holds the pages. */
function contract(name: string, make: () => PageStore): void {
  describe(`page store contract: ${name}`, () => {
    test('a page put under a key is read back whole, with its asker', async () => {
      const store = make();
      const key = newPageKey();
      await store.put(key, page('42'));
      assert.deepEqual(await store.get(key), page('42'));
    });

    test('a key never put reads as absent (the button answers "expired")', async () => {
      assert.equal(await make().get(newPageKey()), undefined);
    });

    test('pages are kept apart by key; putting a key again replaces its page', async () => {
      const store = make();
      const [a, b] = [newPageKey(), newPageKey()];
      await store.put(a, page('1', 'a'));
      await store.put(b, page('2', 'b'));
      await store.put(a, page('3', 'c'));
      assert.deepEqual(await store.get(a), page('3', 'c'));
      assert.deepEqual(await store.get(b), page('2', 'b'));
    });
  });
}

test('page keys: 64 random bits as 11 base64url characters, never repeated', () => {
  const keys = new Set(Array.from({ length: 10_000 }, newPageKey));
  assert.equal(keys.size, 10_000);
  for (const key of keys) assert.match(key, /^[A-Za-z0-9_-]{11}$/);
});

contract('memory', () => new MemoryPageStore());

describe('with a real redis-server', () => {
  let redis: TestRedis;
  let client: Redis;
  const fallbacks: string[] = [];
  before(async () => {
    redis = await startRedis();
    client = new Redis(redis.url, { enableOfflineQueue: false, maxRetriesPerRequest: 0 });
    await new Promise((resolve) => client.once('ready', resolve));
  });
  after(async () => {
    client.disconnect();
    await redis.stop();
  });

  contract('redis', () => new RedisPageStore(client, (use) => fallbacks.push(use)));

  test('a page made by one replica is read by another', async () => {
    const other = new Redis(redis.url);
    try {
      const key = newPageKey();
      await new RedisPageStore(client, () => {}).put(key, page('7'));
      assert.deepEqual(await new RedisPageStore(other, () => {}).get(key), page('7'));
    } finally {
      other.disconnect();
    }
  });

  test('pages expire after 30 minutes', async () => {
    const key = newPageKey();
    await new RedisPageStore(client, () => {}).put(key, page('7'));
    const ttl = await client.pttl(`planbot:page:${key}`);
    assert.ok(ttl > PAGE_TTL_MS - 60_000 && ttl <= PAGE_TTL_MS, `ttl ${ttl}`);
  });

  test('a value that is not a page (another version, a stray write) reads as expired', async () => {
    const store = new RedisPageStore(client, () => {});
    for (const junk of ['{', '{"ownerId":1}', JSON.stringify({ ownerId: '1', request: { command: 'rm' } })]) {
      const key = newPageKey();
      await client.set(`planbot:page:${key}`, junk);
      assert.equal(await store.get(key), undefined, junk);
    }
  });

  test('with Redis gone, put and get do not throw: the page reads as expired and the fallback is counted', async () => {
    const gone = new Redis(`redis://127.0.0.1:${redis.port}`, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
    });
    const counted: string[] = [];
    const store = new RedisPageStore(gone, (use) => counted.push(use));
    const key = newPageKey();
    await store.put(key, page('1'));
    assert.equal(await store.get(key), undefined);
    assert.deepEqual(counted, ['pages', 'pages']);
    gone.disconnect();
  });
});

describe('memory page store', () => {
  test('keeps a bounded number of pages, forgetting the least recently used', async () => {
    const store = new MemoryPageStore(2);
    await store.put('a', page('1'));
    await store.put('b', page('2'));
    assert.ok(await store.get('a'));
    await store.put('c', page('3'));
    assert.equal(await store.get('b'), undefined, 'b was the least recently used');
    assert.equal((await store.get('a'))?.ownerId, '1');
    assert.equal((await store.get('c'))?.ownerId, '3');
  });

  test('forgets pages older than 30 minutes', async () => {
    let now = 0;
    const store = new MemoryPageStore(10, PAGE_TTL_MS, () => now);
    await store.put('a', page('1'));
    now = PAGE_TTL_MS;
    assert.ok(await store.get('a'), 'still there at 30 minutes');
    await store.put('b', page('1'));
    now += PAGE_TTL_MS + 1;
    assert.equal(await store.get('b'), undefined);
  });
});
