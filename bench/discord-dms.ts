/**
 * `npm run bench:dms`: heap after 12,000 DMs from users the bot never saw, through the real discord.js
 * client and the fake Discord gateway (DISCORD_MESSAGE_CONTENT=true). Heap is measured after full
 * collections, once warm (the bot's bounded stores full) and at the end; the fake's own records are cleared as it goes so only the
 * bot's memory counts. Prints one line of JSON; exit code 1 when the heap grew by 10 MB or more.
 */
import pino from 'pino';
import { createDiscordAdapter } from '../src/adapters/discord/index.js';
import { silentEvents } from '../src/adapters/adapter.js';
import { createPlanBot } from '../src/core/planbot.js';
import { FakeDiscord } from '../test/helpers/fake-discord/index.js';
import { makeUser } from '../test/helpers/fake-discord/payloads.js';
import { heapMb } from './measure.js';

const DMS = Number(process.env.BENCH_DMS ?? 12_000);
// Past the per-user rate limiter's 10,000 users and the page store's 5,000 entries: both bounded stores
// are full before the start figure, so the growth measured is what nothing bounds.
const WARMUP = Number(process.env.BENCH_DMS_WARMUP ?? 10_500);
const BATCH = 50;
const LIMIT_MB = 10;

const fake = await FakeDiscord.start();
const adapter = createDiscordAdapter({
  planbot: createPlanBot(),
  logger: pino({ level: 'silent' }),
  events: silentEvents,
  token: fake.token,
  restApi: fake.restApi,
  messageContent: true,
  rateLimit: { messages: 1_000_000, perMs: 1_000 },
  // A minute in production; a second here, so the run sees what a long one would.
  restSweepMs: 1_000,
});
// Discord allows a bot 50 requests a second; the fake has no such limit, and the bench would take minutes.
const rest = adapter.client.rest as unknown as {
  options: { globalRequestsPerSecond: number };
  globalRemaining: number;
};
rest.options.globalRequestsPerSecond = 1_000_000;
rest.globalRemaining = 1_000_000;
await adapter.start();

let sent = 0;
async function dmBatch(count: number): Promise<void> {
  const posted = [];
  for (let i = 0; i < count; i += 1) {
    const user = makeUser(`user${sent++}`);
    posted.push(
      fake.post(i % 2 ? '/sources' : '长三角有多少个城市？', { dm: true, user, dmChannelId: fake.openDm() })!,
    );
  }
  await Promise.all(posted.map((message) => fake.replyTo(message, 30_000)));
  await adapter.idle();
  fake.requests.length = 0;
  fake.messages.clear();
  fake.dmChannels.clear();
}

for (let done = 0; done < WARMUP; done += BATCH) await dmBatch(BATCH);
const startMb = heapMb();
const started = performance.now();
const quartersMb: number[] = [];
for (let done = 0; done < DMS; done += BATCH) {
  await dmBatch(Math.min(BATCH, DMS - done));
  if ((done + BATCH) % (DMS / 4) === 0) quartersMb.push(Math.round(heapMb() * 10) / 10);
}
const seconds = (performance.now() - started) / 1000;
const endMb = heapMb();
const figures = {
  dms: DMS,
  dmsPerS: Math.round(DMS / seconds),
  heapStartMb: Math.round(startMb * 10) / 10,
  heapEndMb: Math.round(endMb * 10) / 10,
  heapGrowthMb: Math.round((endMb - startMb) * 10) / 10,
  heapQuartersMb: quartersMb,
  cachedDmChannels: adapter.client.channels.cache.filter((c) => c.isDMBased()).size,
  cachedUsers: adapter.client.users.cache.size,
  restHandlers: (rest as unknown as { handlers: Map<string, unknown> }).handlers.size,
  restHashes: (rest as unknown as { hashes: Map<string, unknown> }).hashes.size,
};
await adapter.stop();
await fake.stop();
process.stdout.write(`${JSON.stringify(figures)}\n`);
process.exitCode = figures.heapGrowthMb < LIMIT_MB ? 0 : 1;
