import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { labels } from '../../../src/adapters/shared/labels.js';
import { eventually } from '../../helpers/eventually.js';
import { startBot, type Bot } from './harness.js';

const callbackPath = /^\/interactions\/\d+\/[^/]+\/callback$/;

describe('Discord adapter under REST failures, slow starts and gateway drops', () => {
  let bot: Bot;
  before(async () => {
    bot = await startBot();
  });
  after(async () => {
    await bot.stop();
  });

  const callbacksOf = (id: string) =>
    bot.fake.requests
      .filter((r) => r.path.startsWith(`/interactions/${id}/`))
      .map((r) => ({ status: r.status, at: r.at }));

  test('a 500 on the interaction callback is retried and the user still gets the answer', async () => {
    bot.fake.fail({ method: 'POST', path: callbackPath }, { status: 500 });
    const ask = bot.fake.slash('ask', { question: '第三轮计划有多少项重点任务？' });
    const reply = await bot.fake.reply(ask);
    assert.equal(reply.embeds[0]!.title, '165项');
    assert.deepEqual(
      callbacksOf(ask.id).map((c) => c.status),
      [500, 204],
    );
  });

  test('a 429 on the callback waits Retry-After, retries, and is reported as rate limiting', async () => {
    const before = bot.events.rateLimits;
    bot.fake.fail({ method: 'POST', path: callbackPath }, { status: 429, retryAfter: 0.3 });
    const ask = bot.fake.slash('ask', { question: '科技创新券可以在长三角通用吗' });
    const reply = await bot.fake.reply(ask);
    assert.ok(reply.embeds.length > 0);
    const calls = callbacksOf(ask.id);
    assert.deepEqual(
      calls.map((c) => c.status),
      [429, 204],
    );
    assert.ok(calls[1]!.at - calls[0]!.at >= 300, `retried after ${calls[1]!.at - calls[0]!.at} ms`);
    assert.equal(bot.events.rateLimits, before + 1);
  });

  test('when the callback keeps failing, the failure is logged and reported and nothing crashes', async () => {
    const before = bot.events.failures.length;
    // The first reply and its three retries fail; the apology after them gets through.
    bot.fake.fail({ method: 'POST', path: callbackPath }, { status: 500 }, 4);
    const ask = bot.fake.slash('ask', { question: '第三轮计划有多少项重点任务？' }, { locale: 'en-US' });
    const { data } = await bot.fake.callback(ask);
    assert.equal(data.flags, 64);
    assert.equal(data.content, 'Sorry, something went wrong. Please try again later.');
    const failure = await eventually(() => bot.events.failures[before]);
    assert.equal(failure.platform, 'discord');
    assert.match(String(failure.err), /Internal Server Error|500/);
    assert.equal(failure.context.command, 'ask');
    assert.equal(callbacksOf(ask.id).filter((c) => c.status === 500).length, 4);
  });

  test('an interaction that arrives late is deferred at once and the answer edited in', async () => {
    const ask = bot.fake.slash('ask', { question: '第三轮计划有多少项重点任务？' }, { ageMs: 2000 });
    const callback = await bot.fake.callback(ask);
    assert.deepEqual(callback, { type: 5, data: { flags: 0 } });
    const reply = await bot.fake.reply(ask);
    assert.equal(reply.embeds[0]!.title, '165项');
    assert.equal(reply.flags, 0, 'no longer "thinking"');
    const edit = bot.fake.requests.find((r) => r.method === 'PATCH' && r.path.includes(ask.token))!;
    assert.equal(edit.path, `/webhooks/${bot.fake.world.applicationId}/${ask.token}/messages/@original`);
    assert.deepEqual(edit.body.allowed_mentions, { parse: [], replied_user: false });
  });

  test('a late interaction whose answer is only an error note: the note goes privately, the placeholder is removed', async () => {
    const ask = bot.fake.slash('ask', { question: '   ' }, { ageMs: 2000, locale: 'en-US' });
    assert.equal((await bot.fake.callback(ask)).type, 5, 'deferred at once');
    const [note] = await bot.fake.followUps(ask);
    assert.equal(note!.flags, 64, 'only the asker sees it');
    assert.equal(note!.embeds[0]!.description, labels.en.errors.empty);
    await bot.fake.until(() => (bot.fake.original(ask) ? undefined : true), 5000, 'the placeholder removed');
    const calls = bot.fake.requests.filter((r) =>
      r.path.startsWith(`/webhooks/${bot.fake.world.applicationId}/${ask.token}`),
    );
    assert.deepEqual(
      calls.map((r) => `${r.method} ${r.status}`),
      ['POST 200', 'DELETE 204'],
      'a private follow-up, then the placeholder deleted; no public edit',
    );
  });

  test('a late page button is deferred, then the page edited in place', async () => {
    const stats = bot.fake.slash('stats', {}, { locale: 'en-US' });
    const first = await bot.fake.reply(stats);
    const row = first.components?.[0] as { components: { custom_id: string; label: string }[] };
    const more = row.components.find((b) => /More/.test(b.label));
    assert.ok(more);
    const press = bot.fake.press(more.custom_id, first, { ageMs: 2000, locale: 'en-US' });
    assert.equal((await bot.fake.callback(press)).type, 6, 'acknowledged first, as DEFERRED_UPDATE_MESSAGE');
    const paged = await bot.fake.reply(press);
    assert.match(paged.content, /^Results 6–/);
  });

  test('when editing a deferred answer fails, the apology comes as a private follow-up', async () => {
    bot.fake.fail({ method: 'PATCH', path: /\/messages\/@original$/ }, { status: 500 }, 4);
    const ask = bot.fake.slash(
      'ask',
      { question: '第三轮计划有多少项重点任务？' },
      { ageMs: 2000, locale: 'zh-CN' },
    );
    const [followUp] = await bot.fake.followUps(ask);
    assert.equal(followUp!.content, '抱歉，出了点问题，请稍后再试。');
    assert.equal(followUp!.flags, 64);
    const request = bot.fake.requests.find((r) => r.method === 'POST' && r.path.endsWith(ask.token))!;
    assert.deepEqual(request.body.allowed_mentions, { parse: [] });
  });

  test('after a dropped gateway connection the client resumes and answers what arrived meanwhile', async () => {
    const resumesBefore = bot.fake.gatewayLog.filter((e) => e.kind === 'resume').length;
    bot.fake.dropGateway(4000);
    const meanwhile = bot.fake.slash('areas', {});
    const reply = await bot.fake.reply(meanwhile);
    assert.equal(reply.embeds[0]!.fields!.length, 9);
    const resumes = bot.fake.gatewayLog.filter((e) => e.kind === 'resume');
    assert.equal(resumes.length, resumesBefore + 1, 'resumed, not identified anew');
    const resume = resumes.at(-1)!;
    assert.ok(resume.kind === 'resume' && resume.replayed >= 1, 'the missed interaction was replayed');
    assert.equal(bot.fake.gatewayLog.filter((e) => e.kind === 'identify').length, 1);
    assert.equal(bot.adapter.isReady(), true);
  });

  test('a RECONNECT request from Discord is followed by a resume', async () => {
    const resumesBefore = bot.fake.gatewayLog.filter((e) => e.kind === 'resume').length;
    bot.fake.requestReconnect();
    await bot.fake.until(() =>
      bot.fake.gatewayLog.filter((e) => e.kind === 'resume').length > resumesBefore ? true : undefined,
    );
    const ask = bot.fake.slash('help', {});
    assert.equal((await bot.fake.reply(ask)).embeds[0]!.title, 'PlanBot 能做什么');
  });

  test('a client error is logged and reported, not thrown', () => {
    const before = bot.events.failures.length;
    bot.adapter.client.emit('error', new Error('socket hang up'));
    assert.equal(bot.events.failures.length, before + 1);
    assert.ok(bot.lines.some((l) => l.msg === 'discord: client error'));
  });
});
