import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../../src/core/data/load.js';
import { createPlanBot } from '../../../src/core/planbot.js';
import { seriesBot, SERIES_QUESTION } from '../../helpers/series-bot.js';
import type { SentPhoto, TgUser } from '../../helpers/fake-telegram/index.js';
import { pngSize } from '../shared/chart/png.js';
import { startHarness, type Harness } from './harness.js';

const buttons = (markup: unknown): { text: string; callback_data?: string }[] =>
  (
    (markup as { inline_keyboard?: { text: string; callback_data?: string }[][] } | undefined)
      ?.inline_keyboard ?? []
  ).flat();

describe('Telegram adapter: charts and feedback', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({ planbot: seriesBot(), rateLimit: { messages: 1000, perMs: 60_000 } });
  });
  after(() => h.stop());

  async function ask(user: TgUser, text: string): Promise<{ photos: SentPhoto[]; texts: string[] }> {
    const photos = h.tg.sentPhotos().length;
    const texts = h.tg.sentMessages().length;
    const { updateId } = h.tg.userSays(user, text);
    await h.tg.processed(updateId);
    return {
      photos: h.tg.sentPhotos().slice(photos),
      texts: h.tg
        .sentMessages()
        .slice(texts)
        .map((m) => m.text),
    };
  }

  test('a dated series is answered with a photo of its chart, the answer as its caption, 👍/👎 under it', async () => {
    const { photos, texts } = await ask(h.tg.user(), SERIES_QUESTION);
    assert.equal(photos.length, 1);
    assert.deepEqual(texts, [], 'the caption carries the whole answer');
    const [photo] = photos;
    const { width, height } = pngSize(photo!.bytes);
    assert.equal(width, 800);
    assert.ok(height > 400);
    assert.deepEqual(
      photo!.message.photo?.map((p) => [p.width, p.height]),
      [[width, height]],
    );
    assert.match(photo!.caption, /长三角高铁营业里程：超7100公里（2023年12月）/);
    assert.match(photo!.caption, /来源：测试交通报/);
    const feedback = buttons(photo!.message.reply_markup).filter((b) => /👍|👎/.test(b.text));
    assert.equal(feedback.length, 2);
    for (const b of feedback) assert.ok(Buffer.byteLength(b.callback_data!) <= 64);
  });

  test('/stats <topic> shows the chart of its headline series; a figure without a series stays text', async () => {
    const stats = await ask(h.tg.user(), '/stats 高铁');
    assert.equal(stats.photos.length, 1);
    assert.match(stats.photos[0]!.caption, /“高铁”相关数据/);
    const plain = await ask(h.tg.user(), '长三角研发经费投入强度');
    assert.equal(plain.photos.length, 0);
    assert.match(plain.texts[0]!, /3\.34%/);
  });

  test('an answer longer than a caption goes as the photo first, then the text', async () => {
    const knowledge = loadKnowledge(new URL('../../helpers/fixture-data', import.meta.url).pathname);
    const long = '这是一段很长的引文，用来让回答超出图片说明的长度。'.repeat(50);
    const stats = knowledge.stats.map((s) => (s.id.startsWith('stat-hsr-km') ? { ...s, quote: long } : s));
    const verbose = await startHarness({ planbot: createPlanBot({ knowledge: { ...knowledge, stats } }) });
    try {
      const user = verbose.tg.user();
      const group = verbose.tg.group(-1002);
      const { updateId, message } = verbose.tg.userSays(user, `/stats@PlanBot 高铁`, { chat: group });
      await verbose.tg.processed(updateId);
      const [photo] = verbose.tg.sentPhotos();
      assert.ok(photo);
      assert.equal(photo.caption, '');
      assert.equal(
        photo.message.reply_to_message?.message_id,
        message.message_id,
        'the photo answers the question',
      );
      const texts = verbose.tg.sentMessages();
      assert.ok(texts.length >= 1);
      assert.ok(texts[0]!.message.message_id > photo.message.message_id, 'text after the photo');
      assert.match(texts.map((t) => t.text).join('\n'), /长三角高铁营业里程/);
    } finally {
      await verbose.stop();
    }
  });

  test('a burst of 50 chart answers is served, every one a valid PNG', async () => {
    const before = h.tg.sentPhotos().length;
    const updates = Array.from(
      { length: 50 },
      (_, i) => h.tg.userSays(h.tg.user(), i % 2 === 0 ? SERIES_QUESTION : '/stats 高铁').updateId,
    );
    await h.tg.processed(updates.at(-1)!, 20_000);
    const photos = h.tg.sentPhotos().slice(before);
    assert.equal(photos.length, 50);
    for (const photo of photos) pngSize(photo.bytes);
  });

  test('👍 is counted once per user with the question and record ids; the presser is thanked', async () => {
    const user = h.tg.user();
    const { photos } = await ask(user, SERIES_QUESTION);
    const up = buttons(photos[0]!.message.reply_markup).find((b) => b.text === '👍')!;
    const pressesBefore = h.events.feedbackEvents.length;
    const press = async () => {
      const { updateId, callbackQueryId } = h.tg.userPresses(user, photos[0]!.message, up.callback_data!);
      await h.tg.processed(updateId);
      return h.tg
        .callsTo('answerCallbackQuery')
        .find((c) => c.payload.callback_query_id === callbackQueryId)!;
    };
    assert.equal((await press()).payload.text, '谢谢反馈！');
    assert.equal((await press()).payload.text, '已经记下了，谢谢！');
    const events = h.events.feedbackEvents.slice(pressesBefore);
    assert.equal(events.length, 1, 'a second press of the same button is not counted again');
    assert.equal(events[0]!.verdict, 'up');
    assert.equal(events[0]!.userId, String(user.id));
    assert.equal(events[0]!.answer?.question, SERIES_QUESTION);
    assert.ok(events[0]!.answer?.ids.includes('stat-hsr-km-2023'));
  });

  test('a declined question is reported with the question', async () => {
    await ask(h.tg.user(), '明天杭州天气怎么样？');
    const last = h.events.answeredEvents.at(-1)!;
    assert.equal(last.answered, false);
    assert.equal(last.declined, '明天杭州天气怎么样？');
  });
});
