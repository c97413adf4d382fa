import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  SendDropped,
  SendQueue,
  TELEGRAM_SEND_LIMITS,
  type SendFailure,
  type SendLimits,
} from '../../../src/adapters/shared/send-queue.js';
import { ManualClock } from '../../helpers/manual-clock.js';

class RateLimited extends Error {
  constructor(readonly retryAfterMs: number) {
    super('429');
  }
}
class ServerError extends Error {}

const classify = (err: unknown): SendFailure =>
  err instanceof RateLimited
    ? { kind: 'rate-limited', retryAfterMs: err.retryAfterMs }
    : err instanceof ServerError
      ? { kind: 'transient' }
      : { kind: 'fatal' };

/** Lets settled calls run their continuations (no time passes on the manual clock). */
const flush = () => new Promise((resolve) => setImmediate(resolve));

function setup(limits: Partial<SendLimits> = {}) {
  const clock = new ManualClock();
  const attempts: { chat: string | undefined; at: number }[] = [];
  const dropped: { chat: string | undefined; waitedMs: number }[] = [];
  const rateLimited: number[] = [];
  const queue = new SendQueue(
    { ...TELEGRAM_SEND_LIMITS, ...limits },
    {
      classify,
      onDropped: (info) => dropped.push(info),
      onRateLimited: (info) => rateLimited.push(info.retryAfterMs),
    },
    clock,
  );
  /** Queues a call into `chat` (negative: a group) that runs `behave` on each attempt. */
  function send(chat: number | undefined, behave: () => Promise<string> = async () => 'ok') {
    const key = chat === undefined ? undefined : String(chat);
    const done = queue.run(key, (chat ?? 0) < 0, 'sendMessage', () => {
      attempts.push({ chat: key, at: clock.now() });
      return behave();
    });
    const outcome: { value?: string; err?: unknown } = {};
    done.then(
      (value) => (outcome.value = value),
      (err: unknown) => (outcome.err = err),
    );
    return outcome;
  }
  const attemptsIn = (chat: number) => attempts.filter((a) => a.chat === String(chat)).length;
  return { clock, queue, send, attempts, attemptsIn, dropped, rateLimited };
}

describe('SendQueue: one lane per chat within Telegram limits', () => {
  test('one chat gets at most one send a second, in the order queued', async () => {
    const { clock, send, attemptsIn } = setup();
    const results = [send(1), send(1), send(1)];
    await flush();
    assert.equal(attemptsIn(1), 1);
    clock.advance(999);
    await flush();
    assert.equal(attemptsIn(1), 1);
    clock.advance(1);
    await flush();
    assert.equal(attemptsIn(1), 2);
    clock.advance(1000);
    await flush();
    assert.deepEqual(
      results.map((r) => r.value),
      ['ok', 'ok', 'ok'],
    );
  });

  test('a group gets at most 20 sends a rolling minute', async () => {
    const { clock, send, attemptsIn } = setup({ perChatMs: 0 });
    for (let i = 0; i < 25; i += 1) send(-100);
    await flush();
    assert.equal(attemptsIn(-100), 20);
    clock.advance(59_999);
    await flush();
    assert.equal(attemptsIn(-100), 20);
    clock.advance(1);
    await flush();
    assert.equal(attemptsIn(-100), 25);
  });

  test('all chats together get at most 30 sends a second', async () => {
    const { clock, send, attempts } = setup();
    for (let chat = 1; chat <= 40; chat += 1) send(chat);
    await flush();
    assert.equal(attempts.length, 30);
    clock.advance(1000);
    await flush();
    assert.equal(attempts.length, 40);
  });

  test('a 429 pauses only its own chat, one attempt per retry_after, and the reply goes out after the pause', async () => {
    const { clock, send, attemptsIn, rateLimited } = setup();
    let throttled = true;
    const group = send(-5, async () => {
      if (throttled) throw new RateLimited(10_000);
      return 'sent';
    });
    await flush();
    assert.equal(attemptsIn(-5), 1);
    const other = send(7);
    await flush();
    assert.equal(other.value, 'ok', 'another chat is not held up');
    clock.advance(9_999);
    await flush();
    assert.equal(attemptsIn(-5), 1, 'no second attempt inside the window');
    clock.advance(1);
    await flush();
    assert.equal(attemptsIn(-5), 2, 'one attempt when the window ends');
    throttled = false;
    clock.advance(10_000);
    await flush();
    assert.equal(group.value, 'sent');
    assert.deepEqual(rateLimited, [10_000, 10_000]);
  });

  test('a reply still waiting after 2 minutes is dropped and reported; the chat then sends again', async () => {
    const { clock, queue, send, dropped } = setup();
    let throttled = true;
    const first = send(-5, async () => {
      if (throttled) throw new RateLimited(30_000);
      return 'sent';
    });
    const second = send(-5);
    await flush();
    for (let t = 0; t < 4; t += 1) {
      clock.advance(30_000);
      await flush();
    }
    assert.ok(first.err instanceof SendDropped, `dropped: ${String(first.err)}`);
    assert.ok(second.err instanceof SendDropped);
    assert.equal(dropped.length, 2);
    assert.ok(dropped.every((d) => d.chat === '-5' && d.waitedMs >= 120_000));
    throttled = false;
    clock.advance(30_000);
    const third = send(-5);
    await flush();
    assert.equal(third.value, 'ok');
    await queue.idle();
  });

  test('server errors are retried after a back-off a bounded number of times, then fail', async () => {
    const { clock, send, attemptsIn } = setup({ backoffMs: () => 100 });
    const failing = send(3, async () => {
      throw new ServerError('502');
    });
    for (let i = 0; i < 5; i += 1) {
      await flush();
      clock.advance(1000);
    }
    await flush();
    assert.equal(attemptsIn(3), 4);
    assert.ok(failing.err instanceof ServerError);
  });

  test('stop() drops what waits out a 429 at once and lets the rest finish', async () => {
    const { clock, queue, send } = setup();
    const held = send(-5, async () => {
      throw new RateLimited(60_000);
    });
    const paced = [send(9), send(9)];
    await flush();
    const stopped = queue.stop();
    await flush();
    assert.ok(held.err instanceof SendDropped);
    clock.advance(1000);
    await stopped;
    await flush();
    assert.deepEqual(
      paced.map((p) => p.value),
      ['ok', 'ok'],
    );
    assert.equal(queue.size, 0);
  });

  test('calls tied to no chat are not paced against each other', async () => {
    const { send, attempts } = setup();
    for (let i = 0; i < 5; i += 1) send(undefined);
    await flush();
    assert.equal(attempts.length, 5);
  });
});
