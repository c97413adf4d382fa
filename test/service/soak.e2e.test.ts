import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { makeUser } from '../helpers/fake-discord/payloads.js';
import { HANG_GUARD_MS } from '../helpers/hang-guard.js';
import { heapMb, startService, type Running } from './harness.js';

const TELEGRAM_USERS = 100;
const MESSAGES_PER_USER = 5; // within the per-user limit of 6 per 20 s
const DISCORD_USERS = 30;
const DISCORD_INTERACTIONS = DISCORD_USERS * MESSAGES_PER_USER;
const ROUNDS = 3;

const TELEGRAM_LINES = [
  '/help',
  '/areas',
  '科技创新券可以在长三角通用吗',
  'How many tasks did the first plan have?',
  '/sources',
];
const DISCORD_COMMANDS: [string, Record<string, string>][] = [
  ['areas', {}],
  ['ask', { question: '第三轮计划有多少项重点任务？' }],
  ['help', {}],
  ['stats', { topic: '研发' }],
  ['tasks', { area: 'ecology' }],
  ['sources', {}],
];

describe('soak: thousands of messages from many users through both adapters', () => {
  let run: Running;
  let nextUser = 1;
  before(async () => {
    // The soak is about answering each message once with a flat heap; the 3 s window of an interaction
    // is the burst test's subject, measured there by the work done rather than by this machine's load.
    run = await startService({ discord: { interactionTimeoutMs: HANG_GUARD_MS } });
  });
  after(() => run.stop());

  // Users write in waves (each user one message per wave), as people do, rather than all at one instant.
  async function telegramRound(): Promise<void> {
    const { tg } = run;
    const users = Array.from({ length: TELEGRAM_USERS }, () => tg.user());
    for (let m = 0; m < MESSAGES_PER_USER; m += 1) {
      const wave = users.map((user, u) =>
        tg.userSays(user, TELEGRAM_LINES[(u + m) % TELEGRAM_LINES.length]!),
      );
      await tg.processed(wave.at(-1)!.updateId);
    }
    for (const user of users) {
      const texts = tg.textsIn(user.id);
      assert.equal(
        texts.length,
        MESSAGES_PER_USER,
        `user ${user.id}: ${texts.length} replies to ${MESSAGES_PER_USER} messages`,
      );
      assert.doesNotMatch(texts.join('\n'), /慢一点|slow down|Sorry|抱歉/i);
    }
  }

  async function discordRound(): Promise<void> {
    const { dc } = run;
    const users = Array.from({ length: DISCORD_USERS }, () => makeUser(`soak${nextUser++}`));
    for (let m = 0; m < MESSAGES_PER_USER; m += 1) {
      const wave = users.map((user, u) => {
        const [name, values] = DISCORD_COMMANDS[(u + m) % DISCORD_COMMANDS.length]!;
        return dc.slash(name, values, { user });
      });
      const replies = await Promise.all(wave.map((r) => dc.reply(r)));
      for (const [i, record] of wave.entries()) {
        const acks = dc.requests.filter(
          (r) => r.path.startsWith(`/interactions/${record.id}/`) && r.status < 300,
        );
        assert.equal(acks.length, 1, `interaction ${record.id} acknowledged ${acks.length} times`);
        assert.equal(record.followUpIds.length, 0);
        assert.ok(
          replies[i]!.embeds.length > 0,
          `interaction ${record.id} reply: ${JSON.stringify(replies[i])}`,
        );
      }
    }
  }

  /** Forgets what the fakes recorded, so the heap measures the service, not the fakes' logs. */
  function clearFakes(): void {
    run.tg.calls.length = 0;
    run.tg.api.messages.clear();
    run.dc.requests.length = 0;
    run.dc.arrivals.length = 0;
    run.dc.messages.clear();
    run.dc.interactions.clear();
    run.lines.length = 0;
  }

  test(`${ROUNDS} rounds of ${TELEGRAM_USERS * MESSAGES_PER_USER} Telegram messages and ${DISCORD_INTERACTIONS} Discord interactions: each answered once, heap flat`, async (t) => {
    const heaps: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      await Promise.all([telegramRound(), discordRound()]);
      clearFakes();
      heaps.push(heapMb());
    }
    t.diagnostic(`heap after each round: ${heaps.map((h) => h.toFixed(1)).join(', ')} MB`);
    const growth = heaps.at(-1)! - heaps[0]!;
    assert.ok(growth < 5, `heap after each round: ${heaps.map((h) => h.toFixed(1)).join(', ')} MB`);
  });
});
