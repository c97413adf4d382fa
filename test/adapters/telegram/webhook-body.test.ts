import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { startHarness, type Harness } from './harness.js';
import type { TgUpdate } from '../../helpers/fake-telegram/index.js';

const SECRET = 'body_test-secret';

/**
 * POSTs `chunks` to the webhook with chunked transfer encoding: each write is one HTTP chunk, so the
 * server's parser hands them to the handler as separate pieces however TCP groups them.
 */
function post(url: string, chunks: Buffer[], headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-telegram-bot-api-secret-token': SECRET,
          ...headers,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    // The server may answer 413 and close before every chunk is written.
    req.on('error', (err: NodeJS.ErrnoException) =>
      err.code === 'EPIPE' || err.code === 'ECONNRESET' ? undefined : reject(err),
    );
    void (async () => {
      for (const chunk of chunks) {
        if (req.destroyed) return;
        await new Promise<void>((done) => req.write(chunk, () => done()));
      }
      req.end();
    })();
  });
}

describe('Telegram webhook: the body is read by the bot, bounded and decoded as a stream', () => {
  let h: Harness;
  let url: string;
  before(async () => {
    h = await startHarness({ webhookSecret: SECRET });
    url = h.tg.api.webhook!.url;
  });
  after(() => h.stop());

  function update(text: string): TgUpdate {
    const message = h.tg.userMessage(h.tg.user(), text);
    return { update_id: 50_000 + message.message_id, message };
  }

  test('a Chinese character split across two chunks survives: the bot reads the question as sent', async () => {
    const question = '长三角有多少个城市？';
    const split = update(question);
    const bytes = Buffer.from(JSON.stringify(split));
    const at = bytes.indexOf(Buffer.from('长')) + 1;
    assert.equal(await post(url, [bytes.subarray(0, at), bytes.subarray(at)]), 200);
    await h.adapter.idle();
    const userId = String(split.message!.from!.id);
    assert.equal(h.events.answeredEvents.find((e) => e.userId === userId)?.text, question);
    assert.ok(h.tg.textsIn(split.message!.chat.id).length > 0, 'answered');
  });

  test('a body over 1 MB is refused with 413, declared or streamed, and nothing is answered', async () => {
    const before = h.tg.callsTo('sendMessage').length;
    const big = update('x'.repeat(1024 * 1024));
    const bytes = Buffer.from(JSON.stringify(big));
    assert.equal(await post(url, [bytes], { 'content-length': String(bytes.length) }), 413);
    const pieces = Array.from({ length: 20 }, () => Buffer.alloc(64 * 1024, 0x20));
    assert.equal(await post(url, pieces), 413);
    assert.equal(h.tg.callsTo('sendMessage').length, before);
  });

  test('a body that is not an update is answered 400', async () => {
    const bodies = ['not json', '[]', 'null', '{"update_id":"1","message":{}}', '{"update_id":5}', '{"a":1}'];
    for (const body of bodies) assert.equal(await post(url, [Buffer.from(body)]), 400, body);
    assert.equal(await post(url, [Buffer.from([0x7b, 0xff, 0xfe, 0x7d])]), 400, 'invalid UTF-8');
  });

  test('only POST with the secret is taken', async () => {
    const get = await fetch(url, { headers: { 'x-telegram-bot-api-secret-token': SECRET } });
    assert.equal(get.status, 405);
    const body = Buffer.from(JSON.stringify(update('/areas')));
    assert.equal(await post(url, [body], { 'x-telegram-bot-api-secret-token': 'wrong' }), 403);
  });
});
