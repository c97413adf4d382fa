import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parsePageCustomId } from '../../../src/adapters/discord/index.js';
import type { APIMessage } from 'discord.js';
import { eventually } from '../../helpers/eventually.js';
import { startBot, type Bot } from './harness.js';

type Button = { custom_id: string; label: string; disabled: boolean };
const buttonsOf = (message: APIMessage): Button[] =>
  (message.components?.[0] as unknown as { components: Button[] } | undefined)?.components ?? [];

describe('Discord page buttons', () => {
  let bot: Bot;
  before(async () => {
    bot = await startBot();
  });
  after(async () => {
    await bot.stop();
  });

  async function askWithPages(): Promise<{ message: APIMessage; total: number }> {
    const ask = bot.fake.slash('ask', { question: '长三角重点任务' }, { locale: 'zh-CN' });
    const message = await bot.fake.reply(ask);
    const total = Number(/共(\d+)条/.exec(message.content)?.[1]);
    assert.ok(total > 5, `the question has more than one page (${message.content})`);
    return { message, total };
  }

  test('More shows the next page in place, Previous goes back, for the asker', async () => {
    const { message, total } = await askWithPages();
    const [previous, more] = buttonsOf(message);
    assert.equal(previous!.disabled, true);
    assert.equal(more!.disabled, false);
    assert.ok(more!.custom_id.length <= 100);
    const firstPage = message.embeds.map((e) => e.description);

    const press = bot.fake.press(more!.custom_id, message, { user: bot.fake.world.users.alice });
    const { type, data } = await bot.fake.callback(press);
    assert.equal(type, 7, 'the message is updated, not answered anew');
    assert.equal(data.content, `第6–${Math.min(10, total)}条，共${total}条`);
    assert.deepEqual(data.allowed_mentions, { parse: [], replied_user: false });
    assert.equal(data.embeds[0].author.name, '问：长三角重点任务', 'every page says what was asked');
    assert.notDeepEqual(
      data.embeds.map((e: { description?: string }) => e.description),
      firstPage,
    );
    const [back, next] = data.components[0].components as Button[];
    assert.equal(back!.disabled, false);
    assert.equal(next!.disabled, total <= 10);
    assert.equal(parsePageCustomId(back!.custom_id)?.offset, 0);

    const updated = bot.fake.messages.get(message.id)!;
    const pressBack = bot.fake.press(back!.custom_id, updated, { user: bot.fake.world.users.alice });
    const again = await bot.fake.callback(pressBack);
    assert.deepEqual(
      again.data.embeds.map((e: { description?: string }) => e.description),
      firstPage,
    );
    assert.equal(again.data.content, `第1–5条，共${total}条`);
    const event = await eventually(() => bot.events.answeredEvents.find((e) => e.command === 'callback'));
    assert.equal(event.answered, true);
  });

  test('someone else pressing the asker’s buttons gets a note only they see; the page stays', async () => {
    const { message } = await askWithPages();
    const [, more] = buttonsOf(message);
    const press = bot.fake.press(more!.custom_id, message, {
      user: bot.fake.world.users.bob,
      locale: 'en-US',
    });
    const { type, data } = await bot.fake.callback(press);
    assert.equal(type, 4);
    assert.equal(data.flags, 64);
    assert.equal(data.content, 'Only the person who asked can turn these pages. Ask with /ask yourself.');
    assert.equal(bot.fake.messages.get(message.id)!.edited_timestamp, null);
  });

  test('a button whose query was forgotten, or that the bot never made, is answered politely', async () => {
    const { message } = await askWithPages();
    const expired = bot.fake.press('pg:forgotten_k:5', message, { locale: 'zh-CN' });
    const first = await bot.fake.callback(expired);
    assert.deepEqual(
      { type: first.type, flags: first.data.flags, content: first.data.content },
      { type: 4, flags: 64, content: '这些按钮已过期，请重新提问。' },
    );
    const stranger = bot.fake.press('x'.repeat(100), message, { locale: 'en-US' });
    const second = await bot.fake.callback(stranger);
    assert.equal(second.data.flags, 64);
    assert.equal(second.data.content, 'This button no longer works. Please ask again.');
  });
});
