import type { Redis } from 'ioredis';
import { z } from 'zod';
import { COMMANDS } from '../../core/types.js';
import { PAGE_TTL_MS, type PageStore, type StoredPage } from '../../adapters/shared/page-store.js';
import type { OnFallback } from './connection.js';

/** A page as read back: checked, so a stale or foreign value reads as expired rather than as a request. */
const storedPage = z.object({
  ownerId: z.string(),
  request: z.object({
    command: z.enum(COMMANDS),
    arg: z.string(),
    lang: z.enum(['zh', 'en']).optional(),
    script: z.enum(['hans', 'hant']).optional(),
    offset: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).optional(),
  }),
});

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Pages in Redis (`<prefix>page:<key>`, expiring after {@link PAGE_TTL_MS}), so a button made by one
 * replica works on any other. When Redis cannot answer, a put is lost and a get reads as expired.
 */
export class RedisPageStore implements PageStore {
  constructor(
    private readonly client: Redis,
    private readonly onFallback: OnFallback,
    private readonly prefix = 'planbot:',
    private readonly ttlMs = PAGE_TTL_MS,
  ) {}

  async put(key: string, page: StoredPage): Promise<void> {
    try {
      await this.client.set(`${this.prefix}page:${key}`, JSON.stringify(page), 'PX', this.ttlMs);
    } catch (err) {
      this.onFallback('pages', err);
    }
  }

  async get(key: string): Promise<StoredPage | undefined> {
    let value: string | null;
    try {
      value = await this.client.get(`${this.prefix}page:${key}`);
    } catch (err) {
      this.onFallback('pages', err);
      return undefined;
    }
    if (value === null) return undefined;
    const parsed = storedPage.safeParse(parseJson(value));
    return parsed.success ? (parsed.data as StoredPage) : undefined;
  }
}
