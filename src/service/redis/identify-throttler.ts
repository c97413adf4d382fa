import { setTimeout as sleep } from 'node:timers/promises';
import { SimpleIdentifyThrottler, type IIdentifyThrottler } from '@discordjs/ws';
import type { Redis } from 'ioredis';
import type { OnFallback } from './connection.js';

/** Discord allows one IDENTIFY per rate-limit bucket every 5 seconds. */
export const IDENTIFY_SPACING_MS = 5_000;

/**
 * Paces IDENTIFY across every process and machine of one bot: a shard may identify once it holds its
 * bucket's lock (`SET NX PX 5000` on `<prefix>identify:<app>:<shardId % max_concurrency>`), which
 * simply expires, so the next shard of that bucket waits out the 5 s. While Redis is away the pace is
 * kept per process (discord.js's own throttler).
 */
export class RedisIdentifyThrottler implements IIdentifyThrottler {
  private readonly local: SimpleIdentifyThrottler;

  constructor(
    private readonly client: Redis,
    /** Identifies the bot (its application id): bots sharing one Redis do not pace each other. */
    private readonly app: string,
    private readonly maxConcurrency: number,
    private readonly onFallback: OnFallback,
    private readonly prefix = 'planbot:',
    private readonly spacingMs = IDENTIFY_SPACING_MS,
  ) {
    this.local = new SimpleIdentifyThrottler(maxConcurrency);
  }

  async waitForIdentify(shardId: number, signal: AbortSignal): Promise<void> {
    const key = `${this.prefix}identify:${this.app}:${shardId % this.maxConcurrency}`;
    for (;;) {
      signal.throwIfAborted();
      let waitMs: number;
      try {
        if ((await this.client.set(key, String(shardId), 'PX', this.spacingMs, 'NX')) === 'OK') return;
        waitMs = await this.client.pttl(key);
      } catch (err) {
        this.onFallback('identify', err);
        return this.local.waitForIdentify(shardId, signal);
      }
      // A little jitter, so the shards waiting on one bucket do not all ask again at the same moment.
      await sleep(Math.max(waitMs, 10) + Math.random() * 250, undefined, { signal });
    }
  }
}
