import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/** What the shared state does with Redis, each counted apart when Redis cannot serve it. */
export type RedisUse = 'pages' | 'limits' | 'dedupe' | 'identify';

/** Called when Redis could not serve a use and this process fell back to its own answer. */
export type OnFallback = (use: RedisUse, err?: unknown) => void;

/** The one connection of a process, with why it is not usable when it is not. */
export interface RedisConnection {
  readonly client: Redis;
  /** Connects; resolves once connected or once the first attempt failed (reconnecting then goes on). */
  connect(): Promise<void>;
  /** Undefined while Redis serves; otherwise why not, for /healthz. */
  degradedReason(): string | undefined;
  close(): Promise<void>;
}

/** Reconnect back-off: 100 ms, 200 ms, ... up to 5 s, with a little jitter so replicas do not stampede. */
export function reconnectDelayMs(attempt: number): number {
  return Math.min(attempt * 100, 5_000) + Math.floor(Math.random() * 100);
}

/**
 * Builds the connection (no network until `connect`). A command never waits for a reconnect: with no
 * offline queue it fails at once, so a replica answers on its own while Redis is away.
 */
export function createRedisConnection(url: string, logger: Logger): RedisConnection {
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 1_000,
    connectTimeout: 2_000,
    retryStrategy: reconnectDelayMs,
  });
  let lastError: string | undefined;
  let lost = false;
  client.on('error', (err: Error) => {
    lastError = err.message;
  });
  client.on('ready', () => {
    lastError = undefined;
    if (lost) logger.info('redis: connected again; pages, limits and dedupe are shared again');
    lost = false;
  });
  client.on('close', () => {
    if (lost || client.status === 'end') return;
    lost = true;
    logger.warn(
      { reason: lastError },
      'redis: connection lost; answering on this replica alone until it is back',
    );
  });

  return {
    client,
    async connect() {
      try {
        await client.connect();
      } catch (err) {
        lost = true;
        logger.warn({ err }, 'redis: cannot connect at start-up; answering alone and retrying');
      }
    },
    degradedReason() {
      if (client.status === 'ready') return undefined;
      return `redis ${client.status}${lastError ? `: ${lastError}` : ''}`;
    },
    async close() {
      if (client.status === 'end') return;
      await client.quit().catch(() => client.disconnect());
    },
  };
}
