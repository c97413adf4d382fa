import type { Redis } from 'ioredis';
import type { UpdateDedupe } from '../../adapters/shared/dedupe.js';
import type { OnFallback } from './connection.js';

/** Telegram keeps an undelivered update for 24 hours; a claim outlives any redelivery. */
const CLAIM_TTL_S = 24 * 60 * 60;

/**
 * Claims update ids with `SET NX` and a TTL: the first replica to claim an id answers it. While Redis
 * is away every delivery is answered (a rare double answer beats a lost one).
 */
export class RedisDedupe implements UpdateDedupe {
  constructor(
    private readonly client: Redis,
    private readonly onFallback: OnFallback,
    private readonly prefix = 'planbot:',
  ) {}

  async claim(id: string): Promise<boolean> {
    try {
      return (await this.client.set(`${this.prefix}seen:${id}`, '1', 'EX', CLAIM_TTL_S, 'NX')) === 'OK';
    } catch (err) {
      this.onFallback('dedupe', err);
      return true;
    }
  }
}
