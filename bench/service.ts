/**
 * The service section of `npm run bench`: Telegram webhook throughput and latency end to end, beside a
 * bare node:http handler, and memory over 100,000 answered messages. Also runs alone: `tsx bench/service.ts`.
 */
import { pathToFileURL } from 'node:url';
import { createPlanBot } from '../src/core/planbot.js';
import type { BenchSection } from './section.js';
import { memoryBench } from './service-memory.js';
import { replicasBench } from './service-replicas.js';
import { webhookBench } from './service-webhook.js';

const TARGET_UPDATES_PER_S = 1000;
const TARGET_P99_MS = 20;
/** One replica with Redis keeps at least this share of its throughput without. */
const MIN_REDIS_SHARE = 0.7;
/** Heap growth over the run beyond which memory is not flat. */
const MAX_HEAP_GROWTH_MB = 10;

function pad(cells: (string | number)[], widths: number[]): string {
  return cells.map((c, i) => String(c).padStart(widths[i]!)).join('  ');
}

export const serviceSection: BenchSection = {
  name: 'service',
  async run() {
    const planbot = createPlanBot();
    const webhook = await webhookBench(planbot);
    const memory = memoryBench(planbot);
    const replicas = await replicasBench();

    const widths = [34, 8, 10, 8, 8];
    const text = [
      `Service: Telegram webhook end to end (${webhook.users} concurrent users; service on one thread, users and fake Bot API on another)`,
      pad(['', 'updates', 'updates/s', 'p50 ms', 'p99 ms'], widths),
      pad(
        [
          'PlanBot (adapter + core + reply)',
          webhook.planbot.updates,
          webhook.planbot.updatesPerS,
          webhook.planbot.p50Ms,
          webhook.planbot.p99Ms,
        ],
        widths,
      ),
      pad(
        [
          'bare node:http handler',
          webhook.bare.updates,
          webhook.bare.updatesPerS,
          webhook.bare.p50Ms,
          webhook.bare.p99Ms,
        ],
        widths,
      ),
      `bare / PlanBot throughput: ${webhook.bareToPlanbot}x; replies delivered ${webhook.planbot.repliesDelivered}/${webhook.planbot.updates}, failed Bot API calls ${webhook.planbot.failedCalls}`,
      'replies delivered: sent to the fake Bot API within 10 s of the last update, with Telegram’s 30 messages/s send limit lifted',
      '',
      `Replicas: whole npm start processes in webhook mode (${replicas.users} concurrent users, posts in turn to each replica)`,
      pad(['', 'updates', 'updates/s', 'p50 ms', 'p99 ms', 'RSS MB'], [...widths, 10]),
      ...replicas.runs.map((run) =>
        pad(
          [
            `${run.replicas} replica${run.replicas > 1 ? 's' : ''}, ${run.redis ? 'with' : 'without'} Redis`,
            run.updates,
            run.updatesPerS,
            run.p50Ms,
            run.p99Ms,
            run.rssMb.join(' / '),
          ],
          [...widths, 10],
        ),
      ),
      `one replica with Redis: ${Math.round(replicas.redisShare * 100)}% of its throughput without`,
      'replicas send under Telegram’s limit (30 messages/s each), so their replies are not counted here',
      '',
      `Memory: ${memory.messages} messages through the core and both renderers (${memory.messagesPerS}/s)`,
      `RSS ${memory.rssStartMb} MB -> ${memory.rssEndMb} MB; heap after GC ${memory.heapStartMb} MB -> ${memory.heapQuartersMb.join(' -> ')} MB`,
    ].join('\n');

    const failures: string[] = [];
    if (webhook.planbot.updatesPerS < TARGET_UPDATES_PER_S)
      failures.push(`webhook ${webhook.planbot.updatesPerS} updates/s < ${TARGET_UPDATES_PER_S}`);
    if (webhook.planbot.p99Ms >= TARGET_P99_MS)
      failures.push(`webhook p99 ${webhook.planbot.p99Ms} ms >= ${TARGET_P99_MS}`);
    if (webhook.planbot.repliesDelivered !== webhook.planbot.updates)
      failures.push(
        `webhook replies ${webhook.planbot.repliesDelivered} of ${webhook.planbot.updates} updates`,
      );
    if (replicas.redisShare < MIN_REDIS_SHARE)
      failures.push(
        `one replica with Redis ${replicas.redisShare}x of its throughput without < ${MIN_REDIS_SHARE}`,
      );
    const growth = memory.heapEndMb - memory.heapStartMb;
    if (growth > MAX_HEAP_GROWTH_MB)
      failures.push(`heap grew ${growth.toFixed(1)} MB over ${memory.messages} messages`);

    return { text, figures: { webhook, replicas, memory }, failures };
  },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await serviceSection.run();
  process.stdout.write(`${result.text}\n${result.failures.map((f) => `MISSED ${f}\n`).join('')}`);
  process.stdout.write(`${JSON.stringify(result.figures)}\n`);
}
