import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LruCache } from '../../../src/adapters/shared/lru.js';
import { UserRateLimiter } from '../../../src/adapters/shared/rate-limit.js';

/** A clock the test moves by hand. */
function manualClock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => (t += ms) };
}

describe('UserRateLimiter: per-user pace shared by Telegram and Discord', () => {
  test('a user gets `messages` answers, then one notice, then silence until the window ends', () => {
    const clock = manualClock();
    const limiter = new UserRateLimiter({ messages: 3, perMs: 10_000 }, clock.now);
    const decisions = Array.from({ length: 6 }, () => limiter.hit('alice'));
    assert.deepEqual(decisions, ['allow', 'allow', 'allow', 'notify', 'drop', 'drop']);
    clock.advance(9_999);
    assert.equal(limiter.hit('alice'), 'drop', 'still the same window');
    clock.advance(1);
    assert.equal(limiter.hit('alice'), 'allow', 'a new window');
  });

  test('users are counted apart: one flooding user does not slow another', () => {
    const limiter = new UserRateLimiter({ messages: 1, perMs: 60_000 }, manualClock().now);
    assert.equal(limiter.hit('alice'), 'allow');
    assert.equal(limiter.hit('alice'), 'notify');
    assert.equal(limiter.hit('bob'), 'allow');
  });

  test('memory is bounded: past maxUsers the least recently active user is forgotten', () => {
    const limiter = new UserRateLimiter({ messages: 1, perMs: 60_000 }, manualClock().now, 100);
    limiter.hit('flooder');
    assert.equal(limiter.hit('flooder'), 'notify');
    for (let i = 0; i < 1000; i += 1) {
      limiter.hit(`user${i}`);
      if (i % 10 === 0) limiter.hit('flooder'); // stays recently active, so it is remembered
      assert.ok(limiter.trackedUsers <= 100, `${limiter.trackedUsers} users tracked`);
    }
    assert.equal(limiter.hit('flooder'), 'drop', 'the active flooder was never forgotten');
    assert.equal(limiter.hit('user0'), 'allow', 'an idle user was forgotten and starts afresh');
  });

  test('property: in any window a user is allowed at most `messages` and notified at most once', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.record({ user: fc.constantFrom('a', 'b', 'c'), wait: fc.nat(4_000) }), {
          maxLength: 60,
        }),
        (messages, hits) => {
          const clock = manualClock();
          const perMs = 10_000;
          const limiter = new UserRateLimiter({ messages, perMs }, clock.now);
          const seen = new Map<string, { start: number; allowed: number; notified: number }>();
          for (const { user, wait } of hits) {
            clock.advance(wait);
            const decision = limiter.hit(user);
            let window = seen.get(user);
            if (!window || clock.now() - window.start >= perMs) {
              assert.equal(decision, 'allow', 'the first message of a window is always answered');
              window = { start: clock.now(), allowed: 0, notified: 0 };
              seen.set(user, window);
            }
            if (decision === 'allow') window.allowed += 1;
            if (decision === 'notify') window.notified += 1;
            assert.ok(window.allowed <= messages);
            assert.ok(window.notified <= 1);
          }
        },
      ),
    );
  });
});

describe('LruCache: the bounded memory behind the limiter and the paging stores', () => {
  test('forgets the least recently used entry first; reading an entry makes it recent', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    assert.equal(cache.get('a'), 1);
    cache.set('c', 3);
    assert.equal(cache.get('b'), undefined);
    assert.equal(cache.get('a'), 1);
    assert.equal(cache.get('c'), 3);
    assert.equal(cache.size, 2);
  });

  test('an entry older than ttlMs reads as absent and is dropped', () => {
    const clock = manualClock();
    const cache = new LruCache<string, string>(10, 1000, clock.now);
    cache.set('k', 'v');
    clock.advance(1000);
    assert.equal(cache.get('k'), 'v');
    clock.advance(1001);
    assert.equal(cache.get('k'), undefined);
    assert.equal(cache.size, 0);
  });

  test('refuses a capacity below one', () => {
    assert.throws(() => new LruCache(0), /LruCache: maxEntries must be at least 1/);
  });
});
