import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { messageProblems } from '../../helpers/fake-discord/index.js';
import { seriesBot, SERIES_QUESTION } from '../../helpers/series-bot.js';
import { pngSize } from '../shared/chart/png.js';
import { eventually } from '../../helpers/eventually.js';
import { startBot, type Bot } from './harness.js';

describe('Discord charts and feedback, end to end through discord.js and the fake Discord', () => {
  let bot: Bot;
  before(async () => {
    bot = await startBot({ planbot: seriesBot(), messageContent: true });
  });
  after(() => bot.stop());

  /** The upload that came with an interaction's callback or its edit. */
  const uploadsOf = (interactionId: string) =>
    bot.fake.requests
      .filter((r) => r.path.includes(`/interactions/${interactionId}/`) || r.path.includes('/webhooks/'))
      .flatMap((r) => r.files);

  test('/ask with a dated series: the PNG is attached and the embed shows it as attachment://chart.png', async () => {
    const ask = bot.fake.slash('ask', { question: SERIES_QUESTION }, { locale: 'zh-CN' });
    const callback = await bot.fake.callback(ask);
    const reply = await bot.fake.reply(ask);
    const data = callback.type === 4 ? callback.data : undefined;
    const embeds = data?.embeds ?? reply.embeds;
    assert.equal(embeds[0].image?.url, 'attachment://chart.png');
    assert.deepEqual(messageProblems(data ?? reply), []);
    const files = uploadsOf(ask.id);
    assert.equal(files.length, 1);
    assert.equal(files[0]!.name, 'chart.png');
    assert.equal(pngSize(files[0]!.bytes).width, 800);
    assert.deepEqual(
      reply.attachments.map((a) => [a.filename, a.content_type]),
      [['chart.png', 'image/png']],
    );
  });

  test('@PlanBot with a dated series: the reply carries the chart too', async () => {
    const posted = bot.fake.post(`<@${bot.fake.world.bot.id}> ${SERIES_QUESTION}`);
    assert.ok(posted);
    const reply = await bot.fake.replyTo(posted);
    assert.equal(reply.embeds[0]?.image?.url, 'attachment://chart.png');
    assert.deepEqual(
      reply.attachments.map((a) => a.filename),
      ['chart.png'],
    );
  });

  test('/stats <topic> shows the chart of its headline series; a figure without a series has none', async () => {
    const stats = bot.fake.slash('stats', { topic: '高铁' }, { locale: 'zh-CN' });
    const reply = await bot.fake.reply(stats);
    assert.equal(reply.embeds[0]?.image?.url, 'attachment://chart.png');
    const plain = bot.fake.slash('ask', { question: '长三角研发经费投入强度' }, { locale: 'zh-CN' });
    const plainReply = await bot.fake.reply(plain);
    assert.equal(plainReply.embeds[0]?.image, undefined);
    assert.equal(plainReply.attachments.length, 0);
  });

  test('👍 under an answer is counted once per user with the question and record ids', async () => {
    const ask = bot.fake.slash('ask', { question: SERIES_QUESTION }, { locale: 'en-US' });
    const reply = await bot.fake.reply(ask);
    const rows = (reply.components ?? []) as {
      components?: { emoji?: { name?: string }; custom_id?: string }[];
    }[];
    const up = rows.flatMap((row) => row.components ?? []).find((b) => b.emoji?.name === '👍');
    assert.ok(up?.custom_id);
    const before = bot.events.feedbackEvents.length;
    const first = bot.fake.press(up.custom_id, reply, { locale: 'en-US' });
    assert.equal((await bot.fake.callback(first)).data?.content, 'Thanks for the feedback!');
    const again = bot.fake.press(up.custom_id, reply, { locale: 'en-US' });
    assert.equal((await bot.fake.callback(again)).data?.content, 'Already noted, thanks!');
    const events = bot.events.feedbackEvents.slice(before);
    assert.equal(events.length, 1);
    assert.equal(events[0]!.verdict, 'up');
    assert.equal(events[0]!.answer?.question, SERIES_QUESTION);
    assert.ok(events[0]!.answer?.ids.includes('stat-hsr-km-2023'));
  });

  test('a declined question is reported with the question', async () => {
    const ask = bot.fake.slash('ask', { question: '明天杭州天气怎么样？' }, { locale: 'zh-CN' });
    await bot.fake.callback(ask);
    const event = await eventually(() => bot.events.answeredEvents.find((e) => e.declined !== undefined));
    assert.equal(event.declined, '明天杭州天气怎么样？');
  });
});
