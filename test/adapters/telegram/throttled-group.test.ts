import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TELEGRAM_SEND_LIMITS } from '../../../src/adapters/shared/send-queue.js';
import { ManualClock } from '../../helpers/manual-clock.js';
import { startHarness } from './harness.js';

const RETRY_AFTER_S = 10;

/**
 * Telegram throttles one group (429, retry_after 10 s) while private users keep asking. The send queue
 * runs on a manual clock with Telegram's real limits, so the 10 s pause passes only when the test says.
 */
for (const mode of ['polling', 'webhook'] as const) {
  describe(`a throttled group never delays other chats (${mode})`, () => {
    test('private questions are answered within 1 s; the group gets one attempt per window and its answer after the pause', async (t) => {
      const clock = new ManualClock();
      const h = await startHarness({
        clock,
        sendLimits: { ...TELEGRAM_SEND_LIMITS },
        ...(mode === 'webhook' && { webhookSecret: 'throttle-test-secret' }),
      });
      try {
        const { tg } = h;
        const group = tg.group(-100_200_300);
        tg.throttleChat(group.id, RETRY_AFTER_S);
        const intoGroup = (c: { payload: Record<string, unknown> }) => c.payload.chat_id === group.id;
        const groupAttempts = () => tg.callsTo('sendMessage').filter(intoGroup);

        tg.userSays(tg.user(), '/sources', { chat: group });
        // The queue has heard the 429 once it sets its timer for the end of the pause.
        await clock.timerAt(clock.now() + RETRY_AFTER_S * 1000);

        async function privateAnswerMs(): Promise<number> {
          const user = tg.user();
          const started = performance.now();
          tg.userSays(user, '/sources');
          await tg.waitForMessages(1, (sent) => sent.message.chat.id === user.id, 1000);
          return performance.now() - started;
        }
        const first = await privateAnswerMs();
        assert.ok(first < 1000, `private answer after ${first} ms`);

        let last = 0;
        for (let i = 0; i < 40; i += 1) last = tg.userSays(tg.user(), '/sources', { chat: group }).updateId;
        await tg.acknowledged(last);
        if (mode === 'webhook') {
          const statuses = tg.webhookDeliveries.slice(-41).map((d) => d.status);
          assert.deepEqual(new Set(statuses), new Set([200]), 'every delivery answered 200 at once');
        }
        const during = await privateAnswerMs();
        assert.ok(during < 1000, `private answer after 40 throttled group updates: ${during} ms`);
        t.diagnostic(
          `private answer: ${Math.round(first)} ms; after 40 throttled group updates: ${Math.round(during)} ms`,
        );
        assert.equal(groupAttempts().length, 1, 'the group was not tried again inside its retry_after');

        clock.advance(RETRY_AFTER_S * 1000 - 1);
        const stillOne = await privateAnswerMs();
        assert.ok(stillOne < 1000);
        assert.equal(groupAttempts().length, 1, 'still one attempt just before the window ends');
        clock.advance(1);
        await clock.timerAt(clock.now() + RETRY_AFTER_S * 1000);
        assert.equal(groupAttempts().length, 2);

        tg.unthrottleChat(group.id);
        clock.advance(RETRY_AFTER_S * 1000);
        const [answer] = await tg.waitForMessages(1, (sent) => sent.message.chat.id === group.id);
        assert.match(answer!.text, /^资料来源/);
        assert.deepEqual(
          groupAttempts().map((c) => c.status),
          [429, 429, 200],
          'one attempt per retry_after window, then the answer',
        );
        assert.deepEqual(tg.sentMessages((s) => s.message.chat.type === 'private').length, 3);
        assert.deepEqual(h.events.failures, []);
      } finally {
        await h.stop();
      }
    });
  });
}

describe('a group throttled past the 2-minute cap', () => {
  test('its reply is dropped, reported, and followed by no apology', async () => {
    const clock = new ManualClock();
    const h = await startHarness({ clock, sendLimits: { ...TELEGRAM_SEND_LIMITS } });
    try {
      const { tg } = h;
      const group = tg.group(-100_200_301);
      tg.throttleChat(group.id, 30);
      const intoGroup = (c: { payload: Record<string, unknown> }) => c.payload.chat_id === group.id;
      const { updateId } = tg.userSays(tg.user(), '/sources', { chat: group });
      for (let attempt = 1; attempt <= 4; attempt += 1) {
        await clock.timerAt(clock.now() + 30_000);
        assert.equal(tg.callsTo('sendMessage').filter(intoGroup).length, attempt);
        clock.advance(30_000);
      }
      await tg.processed(updateId);
      assert.equal(h.events.dropped.length, 1);
      assert.equal(h.events.dropped[0]!.chatId, String(group.id));
      assert.ok(Number(h.events.dropped[0]!.waitedMs) >= 120_000);
      const calls = tg.callsTo('sendMessage').filter(intoGroup);
      assert.equal(calls.length, 4, 'one attempt per 30 s window, none after the cap');
      assert.equal(
        new Set(calls.map((c) => c.payload.text)).size,
        1,
        'the same answer each time, no apology',
      );
      assert.match(String(calls[0]!.payload.text), /资料来源/);
      assert.deepEqual(h.events.failures, []);
    } finally {
      await h.stop();
    }
  });
});
