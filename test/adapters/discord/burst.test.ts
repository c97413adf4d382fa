import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { APIMessage } from 'discord.js';
import type { PlanBot } from '../../../src/core/planbot.js';
import { makeUser } from '../../helpers/fake-discord/payloads.js';
import { eventually } from '../../helpers/eventually.js';
import { planbot, startBot, type Bot } from './harness.js';

/** Each answer costs this much CPU, as on a loaded machine. */
const CPU_PER_ANSWER_MS = 20;
const BURST = 150;
/** Discord's window is 3 s; the fake is stricter, so the test needs far less than 3 s of load. */
const WINDOW_MS = 3000;

/** The real core, made slow: every answer first burns `ms` of CPU (the event loop is blocked meanwhile). */
function slowPlanbot(ms: number): PlanBot {
  const base = planbot();
  return {
    ...base,
    run(request) {
      const until = performance.now() + ms;
      while (performance.now() < until);
      return base.run(request);
    },
  };
}

describe('Discord burst: many interactions at one instant on a loaded machine', () => {
  let bot: Bot;
  before(async () => {
    bot = await startBot({
      planbot: slowPlanbot(CPU_PER_ANSWER_MS),
      fake: { interactionTimeoutMs: WINDOW_MS },
      // The adapter's margin scaled to the fake's window as 1.5 s is to Discord's 3 s (less, for CI noise).
      replyWithinMs: WINDOW_MS / 4,
    });
  });
  after(async () => {
    await bot.stop();
  });

  test(`${BURST} commands (${(BURST * CPU_PER_ANSWER_MS) / 1000} s of CPU) are each acknowledged within ${WINDOW_MS} ms and answered once`, async () => {
    const commands: [string, Record<string, string>][] = [
      ['ask', { question: '第三轮计划有多少项重点任务？' }],
      ['areas', {}],
      ['stats', { topic: '研发' }],
      ['help', {}],
      ['tasks', { area: 'ecology' }],
    ];
    const records = Array.from({ length: BURST }, (_, i) => {
      const [name, values] = commands[i % commands.length]!;
      return bot.fake.slash(name, values, { user: makeUser(`burst${i}`) });
    });
    const settled = await Promise.allSettled(records.map((r) => bot.fake.reply(r, 10_000)));
    const unanswered = records
      .filter((_, i) => settled[i]!.status === 'rejected')
      .map((r) => {
        const calls = bot.fake.requests.filter((q) => q.path.includes(r.id) || q.path.includes(r.token));
        return `${r.id}: ${calls.map((c) => `${c.method} ${c.status} +${c.at - r.dispatchedAt}ms`).join(', ')}`;
      });
    assert.deepEqual(unanswered, [], 'every interaction answered');
    const replies = settled.map((s) => (s as PromiseFulfilledResult<APIMessage>).value);

    const late: string[] = [];
    let deferred = 0;
    for (const [i, record] of records.entries()) {
      const acks = bot.fake.requests.filter(
        (r) => r.path.startsWith(`/interactions/${record.id}/`) && r.status < 300,
      );
      assert.equal(acks.length, 1, `interaction ${i} acknowledged ${acks.length} times`);
      const ackMs = acks[0]!.at - record.dispatchedAt;
      if (ackMs > WINDOW_MS) late.push(`${i}: ${ackMs} ms`);
      if (record.callback?.type === 5) deferred += 1;
      assert.equal(record.followUpIds.length, 0, `interaction ${i} answered twice`);
      assert.ok(replies[i]!.embeds.length > 0, `interaction ${i}: ${JSON.stringify(replies[i])}`);
    }
    assert.deepEqual(late, [], 'acknowledged too late');
    assert.deepEqual(
      bot.events.failures.map((f) => String(f.err)),
      [],
    );
    // Each answer is reported once its REST call returned, a moment after the fake saw it.
    await eventually(() => (bot.events.answeredEvents.length >= BURST ? true : undefined));
    assert.equal(bot.events.answeredEvents.length, BURST);
    // Not every one needs a "thinking…" placeholder: the first few are answered directly.
    assert.ok(deferred < BURST, `${deferred} of ${BURST} deferred`);
  });
});
