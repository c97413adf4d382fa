import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, type Harness } from './harness.js';
import type { TgUpdate } from '../../helpers/fake-telegram/index.js';

describe('Telegram adapter in webhook mode', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({ webhookSecret: 'hook_Secret-123' });
  });
  after(() => h.stop());

  test('start() registers the webhook with its secret and never polls', () => {
    const set = h.tg.callsTo('setWebhook');
    assert.equal(set.length, 1);
    assert.match(set[0]!.payload.url, /^http:\/\/127\.0\.0\.1:\d+\/telegram\/hook$/);
    assert.equal(set[0]!.payload.secret_token, 'hook_Secret-123');
    assert.deepEqual(set[0]!.payload.allowed_updates, ['message', 'callback_query', 'inline_query']);
    assert.equal(h.tg.callsTo('getUpdates').length, 0);
    assert.equal(h.tg.callsTo('deleteWebhook').length, 0);
    assert.equal(h.adapter.isReady(), true);
  });

  function update(text: string): TgUpdate {
    const message = h.tg.userMessage(h.tg.user(), text);
    return { update_id: 90_000 + message.message_id, message };
  }

  test('an update without the secret header, or with a wrong one, is rejected with 403 and not answered', async () => {
    const before = h.tg.callsTo('sendMessage').length;
    assert.equal(await h.tg.deliverWebhook(update('/areas'), null), 403);
    assert.equal(await h.tg.deliverWebhook(update('/areas'), 'wrong-secret'), 403);
    assert.equal(await h.tg.deliverWebhook(update('/areas'), 'hook_Secret-12'), 403);
    assert.equal(h.tg.callsTo('sendMessage').length, before);
  });

  test('an update with the right secret is answered, and the delivery succeeds', async () => {
    const good = update('/areas');
    assert.equal(await h.tg.deliverWebhook(good), 200);
    await h.adapter.idle();
    const reply = h.tg.sentMessages().at(-1)!;
    assert.equal(reply.call.payload.chat_id, good.message!.chat.id);
    assert.match(reply.text, /^2024—2026年行动计划的九个领域/);
  });

  test('updates queued while the webhook is set arrive by webhook and are answered', async () => {
    const user = h.tg.user();
    const { updateId } = h.tg.userSays(user, '/sources');
    await h.tg.processed(updateId);
    assert.equal(h.tg.webhookDeliveries.find((d) => d.updateId === updateId)?.status, 200);
    assert.match(h.tg.textsIn(user.id)[0]!, /^资料来源/);
  });

  test('stop() waits for a reply in flight, then refuses new updates with 503 so Telegram retries later', async () => {
    const user = h.tg.user();
    h.tg.failNext('sendMessage', { delayMs: 200 });
    const { updateId } = h.tg.userSays(user, '/sources');
    await h.tg.waitForCalls('sendMessage', 1, (c) => c.payload.chat_id === user.id);
    await h.adapter.stop();
    assert.equal(h.tg.textsIn(user.id).length, 1, 'the reply in flight was delivered before stop() resolved');
    await h.tg.processed(updateId);
    assert.equal(h.adapter.isReady(), false);
    assert.equal(await h.tg.deliverWebhook(update('/areas')), 503);
  });
});
