import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import pino from 'pino';
import { silentEvents } from '../../../src/adapters/adapter.js';
import { createTelegramAdapter } from '../../../src/adapters/telegram/index.js';
import { eventually } from '../../helpers/eventually.js';
import { FakeTelegram } from '../../helpers/fake-telegram/index.js';
import { planbot, startHarness } from './harness.js';

describe('Telegram adapter lifecycle (polling)', () => {
  test('building touches no network; isReady only once started', async () => {
    const h = await startHarness({ noStart: true });
    try {
      await new Promise((resolve) => setTimeout(resolve, 50));
      assert.deepEqual(h.tg.calls, []);
      assert.equal(h.adapter.isReady(), false);
      assert.equal(typeof h.adapter.bot.handleUpdate, 'function');
      await h.adapter.start();
      assert.equal(h.adapter.isReady(), true);
    } finally {
      await h.stop();
    }
  });

  test('stop() lets the reply in flight finish, then stops polling', async () => {
    const h = await startHarness();
    try {
      const user = h.tg.user();
      h.tg.failNext('sendMessage', { delayMs: 200 });
      h.tg.userSays(user, '/areas');
      await h.tg.waitForCalls('sendMessage', 1, (c) => c.payload.chat_id === user.id);
      await h.adapter.stop();
      assert.equal(h.adapter.isReady(), false);
      assert.equal(h.tg.textsIn(user.id).length, 1, 'delivered before stop() resolved');
      const polls = h.tg.callsTo('getUpdates').length;
      h.tg.userSays(user, '/sources');
      await new Promise((resolve) => setTimeout(resolve, 150));
      assert.equal(h.tg.callsTo('getUpdates').length, polls, 'no polling after stop');
      assert.equal(h.tg.textsIn(user.id).length, 1);
    } finally {
      await h.stop();
    }
  });

  test('stop() during start-up: start() completes, and polling never begins', async () => {
    const h = await startHarness({ noStart: true });
    try {
      h.tg.failNext('deleteWebhook', { delayMs: 150 });
      const starting = h.adapter.start();
      await h.tg.waitForCalls('deleteWebhook');
      await h.adapter.stop();
      await starting;
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.equal(h.tg.callsTo('getUpdates').length, 0);
      assert.equal(h.adapter.isReady(), false);
    } finally {
      await h.stop();
    }
  });

  test('another instance taking the updates (409) ends polling: reported, and no longer ready', async () => {
    const h = await startHarness();
    try {
      h.tg.failNext('getUpdates', {
        code: 409,
        description:
          'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
      });
      await eventually(() => h.events.failures.length > 0);
      assert.equal(h.events.failures[0]?.context.phase, 'polling');
      assert.match(String(h.events.failures[0]?.err), /409: Conflict/);
      assert.equal(h.adapter.isReady(), false);
    } finally {
      await h.stop();
    }
  });

  test('a token Telegram refuses fails start() with the 401', async () => {
    const tg = await FakeTelegram.start();
    try {
      const adapter = createTelegramAdapter({
        planbot: planbot(),
        logger: pino({ level: 'silent' }),
        events: silentEvents,
        token: '123:not-the-fakes-token',
        apiRoot: tg.apiRoot,
      });
      await assert.rejects(adapter.start(), /401: Unauthorized/);
      assert.equal(adapter.isReady(), false);
    } finally {
      await tg.close();
    }
  });
});
