/**
 * The load side of the webhook bench, run in a worker thread so the service under test has the main
 * thread (one core) to itself: the fake Telegram Bot API, and users posting updates to a webhook URL.
 */
import { Agent, request } from 'node:http';
import { parentPort } from 'node:worker_threads';
import { detectEntities } from '../test/helpers/fake-telegram/entities.js';
import { FakeTelegram } from '../test/helpers/fake-telegram/index.js';
import { quantile } from './measure.js';

/** What the main thread asks of the load worker. */
export type LoadCommand =
  | { type: 'start-fake' }
  | {
      type: 'drive';
      /** Where updates go; with several, in turn (a round-robin load balancer). */
      url: string | string[];
      secret: string;
      users: number;
      updates: number;
      firstUser: number;
      /** How long to wait, after the last update was posted, for replies still queued to be sent. */
      drainMs?: number;
    }
  | { type: 'close' };

export interface LoadFigures {
  updates: number;
  updatesPerS: number;
  p50Ms: number;
  p99Ms: number;
  /** Updates whose reply reached the fake Bot API (by the end of the drain). */
  repliesDelivered: number;
  /** Bot API calls during the run that did not succeed. */
  failedCalls: number;
}

/** Lines users send: typical questions and commands, Chinese and English. */
const LINES = [
  '第三轮计划有多少项重点任务？',
  '科技创新券可以在长三角通用吗',
  'Which areas does the 2024–2026 plan cover?',
  '/areas',
  '/stats 研发',
  '长三角生态绿色一体化发展示范区',
  '/tasks 生态',
  'How many tasks did the first plan have?',
];

const round2 = (n: number) => Math.round(n * 100) / 100;

let tg: FakeTelegram | undefined;
let nextUpdateId = 1;

/** A private-chat message from user `userId`, registered with the fake so the reply can reach the chat. */
function updateFrom(userId: number, text: string): string {
  const from = { id: userId, is_bot: false, first_name: `User${userId}`, language_code: 'zh-hans' };
  const message = {
    message_id: tg ? tg.api.newMessageId() : nextUpdateId,
    date: Math.floor(Date.now() / 1000),
    chat: { id: userId, type: 'private' as const, first_name: from.first_name },
    from,
    text,
    ...(text.startsWith('/') && { entities: detectEntities(text) }),
  };
  tg?.api.remember(message);
  return JSON.stringify({ update_id: nextUpdateId++, message });
}

/**
 * `users` concurrent users (one request in flight each) post `updates` updates, each from a user of its
 * own (ids from `firstUser`), so every reply can be matched to its update. Latency: post to response end;
 * the adapter ends the webhook response once the reply was sent.
 */
async function drive(command: Extract<LoadCommand, { type: 'drive' }>): Promise<LoadFigures> {
  const { users, updates, firstUser, secret } = command;
  const urls = (Array.isArray(command.url) ? command.url : [command.url]).map((u) => new URL(u));
  let turn = 0;
  const agent = new Agent({ keepAlive: true, maxSockets: users * urls.length });
  const bodies = Array.from({ length: updates }, (_, i) =>
    updateFrom(firstUser + i, LINES[i % LINES.length]!),
  );
  const post = (body: string) =>
    new Promise<void>((resolve, reject) => {
      const req = request(
        urls[turn++ % urls.length]!,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'x-telegram-bot-api-secret-token': secret,
          },
        },
        (res) => {
          res.resume();
          res.on('end', () =>
            res.statusCode === 200 ? resolve() : reject(new Error(`webhook answered ${res.statusCode}`)),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  const callsBefore = tg?.calls.length ?? 0;
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: users }, async () => {
      while (next < updates) {
        const body = bodies[next++]!;
        const t0 = performance.now();
        await post(body);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();

  // The webhook is answered once the reply is queued; the send queue may still be sending.
  const delivered = (): number => {
    const answered = new Set(
      (tg?.calls.slice(callsBefore) ?? [])
        // A figure with a dated series is answered with its chart: a photo with the answer as its caption.
        .filter((c) => (c.method === 'sendMessage' || c.method === 'sendPhoto') && c.status === 200)
        .map((c) => Number(c.payload.chat_id)),
    );
    return [...answered].filter((id) => id >= firstUser && id < firstUser + updates).length;
  };
  const drainUntil = performance.now() + (command.drainMs ?? 0);
  while (delivered() < updates && performance.now() < drainUntil)
    await new Promise((resolve) => setTimeout(resolve, 50));
  const calls = tg?.calls.slice(callsBefore) ?? [];
  return {
    updates,
    updatesPerS: Math.round(updates / seconds),
    p50Ms: round2(quantile(latencies, 0.5)),
    p99Ms: round2(quantile(latencies, 0.99)),
    repliesDelivered: delivered(),
    failedCalls: calls.filter((c) => c.status !== 200).length,
  };
}

parentPort?.on('message', (command: LoadCommand) => {
  void (async () => {
    if (command.type === 'start-fake') {
      tg = await FakeTelegram.start();
      parentPort!.postMessage({ apiRoot: tg.apiRoot, token: tg.token });
    } else if (command.type === 'drive') {
      parentPort!.postMessage(await drive(command));
    } else {
      await tg?.close();
      parentPort!.close();
    }
  })().catch((err: unknown) => parentPort!.postMessage({ error: String(err) }));
});
