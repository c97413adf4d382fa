/**
 * Webhook throughput of whole replicas (`src/main.ts` processes, as `npm start` runs them), in one run:
 * one replica without Redis, one with Redis, and two with Redis behind a round-robin of the users'
 * posts. The users and the fake Bot API run in a worker thread; Redis is a private redis-server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { freePort } from '../test/helpers/free-port.js';
import { startRedis } from '../test/helpers/redis-server.js';
import type { LoadCommand, LoadFigures } from './service-load.js';
import { SECRET, startLoadWorker, WARM_UP, WEBHOOK_PATH } from './service-webhook.js';

export interface ReplicaRun extends LoadFigures {
  replicas: number;
  redis: boolean;
  /** Resident memory of each replica after its run (from its /metrics). */
  rssMb: number[];
}

export interface ReplicaFigures {
  users: number;
  runs: ReplicaRun[];
  /** Throughput of one replica with Redis as a share of one without. */
  redisShare: number;
}

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

interface Replica {
  child: ChildProcess;
  url: string;
  metrics: string;
}

async function startReplica(env: Record<string, string>, entry: string): Promise<Replica> {
  const port = await freePort();
  // The built entry (dist/main.js) runs as the image runs it; the source needs tsx.
  const args = entry.endsWith('.js') ? [entry] : ['--import', import.meta.resolve('tsx'), entry];
  const child = spawn(process.execPath, args, {
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      TELEGRAM_WEBHOOK_URL: `https://bench.example.org${WEBHOOK_PATH}`,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Read every log line (as a log shipper would), and note when the adapter has started.
  let output = '';
  const started = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('"msg":"telegram adapter started"')) {
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`replica exited (${code}): ${output}`)));
  });
  await started;
  return {
    child,
    url: `http://127.0.0.1:${port}${WEBHOOK_PATH}`,
    metrics: `http://127.0.0.1:${port}/metrics`,
  };
}

async function rssMb(replica: Replica): Promise<number> {
  const text = await (await fetch(replica.metrics)).text();
  const bytes = Number(/^process_resident_memory_bytes (\d+)/m.exec(text)?.[1] ?? NaN);
  return Math.round(bytes / 1e5) / 10;
}

async function stop(replica: Replica): Promise<void> {
  const exited = once(replica.child, 'exit');
  replica.child.kill('SIGTERM');
  await exited;
}

/**
 * The three set-ups, each with `users` concurrent users posting `updates` updates after a warm-up.
 * `entry`: the service's entry point (src/main.ts by default; a built dist/main.js measures the image's memory).
 */
export async function replicasBench(users = 8, updates = 2000, entry = MAIN): Promise<ReplicaFigures> {
  const load = startLoadWorker();
  const redis = await startRedis();
  let firstUser = 10_000_000;
  const { apiRoot, token } = await load.ask<{ apiRoot: string; token: string }>({ type: 'start-fake' });
  const drive = (url: string[], total: number) => {
    const command: LoadCommand = { type: 'drive', url, secret: SECRET, users, updates: total, firstUser };
    firstUser += total;
    return load.ask<LoadFigures>(command);
  };

  const runs: ReplicaRun[] = [];
  try {
    for (const { replicas, withRedis } of [
      { replicas: 1, withRedis: false },
      { replicas: 1, withRedis: true },
      { replicas: 2, withRedis: true },
    ]) {
      const env = {
        TELEGRAM_BOT_TOKEN: token,
        TELEGRAM_API_ROOT: apiRoot,
        ...(withRedis && { REDIS_URL: redis.url }),
      };
      const started = await Promise.all(Array.from({ length: replicas }, () => startReplica(env, entry)));
      const urls = started.map((r) => r.url);
      await drive(urls, WARM_UP);
      const figures = await drive(urls, updates);
      runs.push({ ...figures, replicas, redis: withRedis, rssMb: await Promise.all(started.map(rssMb)) });
      await Promise.all(started.map(stop));
    }
  } finally {
    await redis.stop();
    await load.close();
  }
  const [alone, shared] = runs;
  return { users, runs, redisShare: Math.round((shared!.updatesPerS / alone!.updatesPerS) * 100) / 100 };
}
