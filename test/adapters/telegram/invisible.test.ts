import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, type Harness } from './harness.js';

const FORMAT = /\p{Cf}/u;
const BIDI = '\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u200b';

describe('Telegram: bidi and invisible format characters are never shown back', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.stop());

  test('questions, commands and unknown topics that echo the user’s words carry none of them', async () => {
    const lines = [
      `\u2067zzqqxx${BIDI}未知话题\u2069`,
      `/stats \u2066研发\u2069\u061c`,
      `/stats 研\u200b发`,
      `/tasks \u202e${BIDI}没有这个领域`,
      `/ask 长${BIDI}三角有多少个城市？`,
    ];
    for (const line of lines) {
      const user = h.tg.user();
      const { updateId } = h.tg.userSays(user, line);
      await h.tg.processed(updateId);
      const texts = h.tg.textsIn(user.id);
      assert.ok(texts.length > 0);
      for (const text of texts) assert.doesNotMatch(text, FORMAT, JSON.stringify(text.slice(0, 80)));
    }
  });

  test('an inline query that finds nothing: the button naming the query carries none of them', async () => {
    const { updateId, inlineQueryId } = h.tg.userTypesInline(h.tg.user(), `\u2067zzqqxx${BIDI}\u2069`);
    await h.tg.processed(updateId);
    const answer = h.tg
      .callsTo('answerInlineQuery')
      .find((c) => c.payload.inline_query_id === inlineQueryId)!;
    const button = answer.payload.button as { text: string } | undefined;
    assert.ok(button, 'a button to open the chat');
    assert.match(button.text, /zzqqxx/);
    assert.doesNotMatch(button.text, FORMAT);
  });
});
