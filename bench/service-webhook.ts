/**
 * End-to-end Telegram webhook figures: users post updates to the service's HTTP server and the real
 * adapter answers through the fake Bot API; beside it, a bare node:http handler under the same load.
 * The service runs on this thread; the users and the fake Bot API run in a worker (service-load.ts).
 */
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { createTelegramAdapter } from '../src/adapters/telegram/index.js';
import type { PlanBot } from '../src/core/planbot.js';
import { createLogger } from '../src/logger.js';
import { createEventsRecorder } from '../src/service/events.js';
import { createHttpServer } from '../src/service/http-server.js';
import { createMetrics } from '../src/service/metrics.js';
import type { LoadCommand, LoadFigures } from './service-load.js';

export type { LoadFigures } from './service-load.js';

export interface WebhookFigures {
  users: number;
  planbot: LoadFigures;
  bare: LoadFigures;
  /** Bare handler throughput divided by PlanBot's. */
  bareToPlanbot: number;
}

export const SECRET = 'bench_secret';
export const WEBHOOK_PATH = '/telegram/webhook';
export const WARM_UP = 500;

/** The load worker, with a request/response helper over its message port. */
export function startLoadWorker() {
  // Workers do not inherit tsx's loader hooks: register them in the worker before importing the TypeScript.
  const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL('./service-load.ts', import.meta.url).href);
  const worker = new Worker(
    `import(${api}).then(({ register }) => { register(); return import(${entry}); })`,
    {
      eval: true,
    },
  );
  const ask = async <T>(command: LoadCommand): Promise<T> => {
    worker.postMessage(command);
    const [reply] = (await once(worker, 'message')) as [T | { error: string }];
    if (reply !== null && typeof reply === 'object' && 'error' in reply)
      throw new Error(`load worker: ${reply.error}`);
    return reply;
  };
  return {
    ask,
    async close() {
      worker.postMessage({ type: 'close' } satisfies LoadCommand);
      await once(worker, 'exit');
    },
  };
}

// Replies still queued when the last update is answered have this long to reach the fake Bot API.
const DRAIN_MS = 10_000;

/** Runs the bare handler, then PlanBot, each with `users` concurrent users posting `updates` updates after a warm-up. */
export async function webhookBench(planbot: PlanBot, users = 8, updates = 3000): Promise<WebhookFigures> {
  const load = startLoadWorker();
  let firstUser = 100_000;
  const drive = (url: string, total: number, drainMs = 0) => {
    const command: LoadCommand = {
      type: 'drive',
      url,
      secret: SECRET,
      users,
      updates: total,
      firstUser,
      drainMs,
    };
    firstUser += total;
    return load.ask<LoadFigures>(command);
  };

  const bareServer = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      JSON.parse(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  bareServer.listen(0, '127.0.0.1');
  await once(bareServer, 'listening');
  const bareUrl = `http://127.0.0.1:${(bareServer.address() as AddressInfo).port}${WEBHOOK_PATH}`;
  await drive(bareUrl, WARM_UP);
  const bare = await drive(bareUrl, updates);
  bareServer.close();

  const { apiRoot, token } = await load.ask<{ apiRoot: string; token: string }>({ type: 'start-fake' });
  // As in production at LOG_LEVEL=info: one log line per answered message, serialized (then dropped here).
  const logger = createLogger({ level: 'info', destination: { write: () => true } });
  const metrics = createMetrics({ processMetrics: false });
  const http = createHttpServer({ logger, registry: metrics.registry, health: () => ({}) });
  const port = await http.listen(0, '127.0.0.1');
  const adapter = createTelegramAdapter({
    planbot,
    logger,
    events: createEventsRecorder({ logger, metrics }),
    token,
    apiRoot,
    webhook: {
      url: `http://127.0.0.1:${port}${WEBHOOK_PATH}`,
      secret: SECRET,
      mount: (path, handler) => http.mount(path, handler),
    },
    // Every update comes from a user of its own, so the per-user limit never applies; set high anyway
    // so the bench measures answering, not refusing.
    rateLimit: { messages: 1_000_000, perMs: 1000 },
    // Telegram lets a bot send about 30 messages a second in all; lifted, so the bench measures
    // answering rather than that limit (3000 replies at 30/s take 100 s).
    sendLimits: { globalPerSecond: 1_000_000 },
  });
  await adapter.start();
  const url = `http://127.0.0.1:${port}${WEBHOOK_PATH}`;
  await drive(url, WARM_UP);
  const planbotFigures = await drive(url, updates, DRAIN_MS);
  await adapter.stop();
  await http.close();
  await load.close();

  return {
    users,
    planbot: planbotFigures,
    bare,
    bareToPlanbot: Math.round((bare.updatesPerS / planbotFigures.updatesPerS) * 100) / 100,
  };
}
