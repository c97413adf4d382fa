import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Telegraf, TelegramError } from 'telegraf';
import { FakeTelegram, checkTelegramHtml } from './index.js';

describe('checkTelegramHtml', () => {
  test('accepts Telegram tags and entities, and returns the visible text', () => {
    const checked = checkTelegramHtml(
      '<b>3 &lt; 4</b> &amp; <a href="https://x.cn/?a=1&amp;b=2">link</a> &#128512;',
    );
    assert.deepEqual(checked, { ok: true, text: '3 < 4 & link 😀' });
  });

  test('rejects what Telegram rejects', () => {
    const cases: [string, RegExp][] = [
      ['<script>x</script>', /Unsupported start tag "script"/],
      ['<br>', /Unsupported start tag "br"/],
      ['a < b', /at byte offset 2/],
      ['AT&T', /Character '&' is reserved/],
      ['<b>bold', /Can't find end tag corresponding to start tag "b"/],
      ['<b><i>x</b></i>', /Unmatched end tag/],
      ['x</b>', /Unexpected end tag/],
      ['1 > 0', /Character '>' is reserved/],
      ['<a>no href</a>', /must have attribute "href"/],
      ['<code><b>x</b></code>', /can't be nested/],
    ];
    for (const [html, error] of cases) {
      const checked = checkTelegramHtml(html);
      assert.equal(checked.ok, false, html);
      if (!checked.ok) {
        assert.match(checked.error, /^Bad Request: can't parse entities: /);
        assert.match(checked.error, error, html);
      }
    }
  });
});

describe('FakeTelegram with the real telegraf client', () => {
  let tg: FakeTelegram;
  before(async () => {
    tg = await FakeTelegram.start({ maxPollHoldMs: 200 });
  });
  after(() => tg.close());

  test('getMe, polling, sendMessage round trip, and processed() after the handler finished', async () => {
    const bot = new Telegraf(tg.token, { telegram: { apiRoot: tg.apiRoot } });
    const seen: string[] = [];
    bot.on('message', async (ctx) => {
      seen.push(ctx.text ?? '');
      await ctx.reply(`<b>echo</b> ${ctx.text}`, { parse_mode: 'HTML' });
    });
    const running = bot.launch();
    const user = tg.user();
    const { updateId } = tg.userSays(user, 'hello');
    await tg.processed(updateId);
    assert.deepEqual(seen, ['hello']);
    assert.deepEqual(tg.textsIn(user.id), ['echo hello']);
    assert.equal(tg.callsTo('getMe').length, 1);
    assert.equal(tg.callsTo('deleteWebhook').length, 1);
    bot.stop();
    await running;
  });

  test('sendPhoto: a multipart upload of a PNG, a caption of at most 1024 characters', async () => {
    const bot = new Telegraf(tg.token, { telegram: { apiRoot: tg.apiRoot } });
    const user = tg.user();
    tg.userSays(user, 'register the chat');
    // The smallest PNG header the fake reads: signature, then an IHDR chunk of a 3×2 image.
    const ihdr = Buffer.alloc(25);
    ihdr.writeUInt32BE(13, 0);
    ihdr.write('IHDR', 4, 'latin1');
    ihdr.writeUInt32BE(3, 8);
    ihdr.writeUInt32BE(2, 12);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr]);
    const send = (bytes: Buffer, caption: string) =>
      bot.telegram.sendPhoto(user.id, { source: bytes, filename: 'x.png' }, { caption, parse_mode: 'HTML' });
    const sent = await send(png, '<b>chart</b>');
    assert.deepEqual(
      sent.photo.map((p) => [p.width, p.height]),
      [[3, 2]],
    );
    assert.equal(sent.caption, 'chart');
    const [photo] = tg.sentPhotos((p) => p.message.chat.id === user.id);
    assert.deepEqual(photo?.bytes, png);
    await assert.rejects(send(Buffer.from('GIF89a not a png at all, no'), 'x'), /IMAGE_PROCESS_FAILED/);
    await assert.rejects(send(png, 'x'.repeat(1025)), /message caption is too long/);
    await send(png, 'x'.repeat(1024));
  });

  test('answers 400 like Telegram for bad HTML, long text and long callback data', async () => {
    const bot = new Telegraf(tg.token, { telegram: { apiRoot: tg.apiRoot } });
    const user = tg.user();
    tg.userSays(user, 'register the chat');
    const send = (text: string, extra: object = {}) =>
      bot.telegram.sendMessage(user.id, text, { parse_mode: 'HTML', ...extra });
    await assert.rejects(send('<script>alert(1)</script>'), (err: TelegramError) => {
      assert.equal(err.code, 400);
      assert.match(err.description, /^Bad Request: can't parse entities: Unsupported start tag "script"/);
      return true;
    });
    await assert.rejects(send('x'.repeat(4097)), /message is too long/);
    await send('x'.repeat(4096));
    await assert.rejects(send('   '), /message text is empty/);
    const keyboard = (data: string) => ({
      reply_markup: { inline_keyboard: [[{ text: 'b', callback_data: data }]] },
    });
    await assert.rejects(send('ok', keyboard('é'.repeat(33))), /BUTTON_DATA_INVALID/);
    await send('ok', keyboard('é'.repeat(32)));
    await assert.rejects(
      send('ok', { reply_parameters: { message_id: 999_999 } }),
      /message to be replied not found/,
    );
    await assert.rejects(send('ok', { message_thread_id: 5 }), /message thread not found/);
    await assert.rejects(bot.telegram.sendMessage(-42, 'x'), /chat not found/);
    await assert.rejects(bot.telegram.answerCbQuery('nope'), /query is too old/);
  });

  test('injected faults: 429 with retry_after, 500, delay; wrong token is 401', async () => {
    const bot = new Telegraf(tg.token, { telegram: { apiRoot: tg.apiRoot } });
    const user = tg.user();
    tg.userSays(user, 'register');
    tg.failNext('sendMessage', { code: 429, retryAfter: 3 });
    tg.failNext('sendMessage', { code: 500 });
    await assert.rejects(bot.telegram.sendMessage(user.id, 'a'), (err: TelegramError) => {
      assert.equal(err.code, 429);
      assert.equal(err.parameters?.retry_after, 3);
      return true;
    });
    await assert.rejects(bot.telegram.sendMessage(user.id, 'b'), (err: TelegramError) => err.code === 500);
    await bot.telegram.sendMessage(user.id, 'c');
    assert.deepEqual(tg.textsIn(user.id), ['c']);
    assert.deepEqual(
      tg
        .callsTo('sendMessage')
        .slice(-3)
        .map((c) => c.status),
      [429, 500, 200],
    );
    const stranger = new Telegraf('1:wrong', { telegram: { apiRoot: tg.apiRoot } });
    await assert.rejects(stranger.telegram.getMe(), (err: TelegramError) => err.code === 401);
  });

  test('webhook: posts queued updates with the registered secret; getUpdates conflicts meanwhile', async () => {
    const { createServer } = await import('node:http');
    const received: { secret: string | undefined; body: string }[] = [];
    const hook = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += String(c)));
      req.on('end', () => {
        received.push({ secret: req.headers['x-telegram-bot-api-secret-token'] as string | undefined, body });
        res.end();
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    const port = (hook.address() as { port: number }).port;
    const bot = new Telegraf(tg.token, { telegram: { apiRoot: tg.apiRoot } });
    await bot.telegram.setWebhook(`http://127.0.0.1:${port}/hook`, { secret_token: 's3cret' });
    const { updateId } = tg.userSays(tg.user(), 'via hook');
    await tg.processed(updateId);
    assert.equal(received.length, 1);
    assert.equal(received[0]!.secret, 's3cret');
    assert.equal(JSON.parse(received[0]!.body).message.text, 'via hook');
    await assert.rejects(bot.telegram.getUpdates(0, 1, 0, []), (err: TelegramError) => err.code === 409);
    await bot.telegram.deleteWebhook();
    hook.close();
  });
});
