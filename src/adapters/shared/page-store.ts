import { randomBytes } from 'node:crypto';
import type { Request } from '../../core/types.js';
import { LruCache } from './lru.js';

/** What a page button needs to show another page: who may press it and what they asked. */
export interface StoredPage {
  /** The asker's platform user id: only they may turn the pages. */
  ownerId: string;
  request: Request;
}

/**
 * Where the queries behind "more", previous and page buttons are kept: a question does not fit in a
 * button's 64 bytes (Telegram) or 100 characters (Discord). One interface for both platforms, kept in
 * memory by one process or in Redis by every replica and shard.
 */
export interface PageStore {
  put(key: string, page: StoredPage): Promise<void>;
  /** The page, or undefined when it was never stored, has expired or cannot be read now. */
  get(key: string): Promise<StoredPage | undefined>;
}

/** How long a page button works after its question. */
export const PAGE_TTL_MS = 30 * 60_000;

/** Page keys as button data carries them: 11 base64url characters. */
export const PAGE_KEY_PATTERN = '[A-Za-z0-9_-]{11}';

/** A fresh page key: 64 random bits, so nobody can guess another asker's key. */
export function newPageKey(): string {
  return randomBytes(8).toString('base64url');
}

/** The single-process store: a bounded LRU whose entries live {@link PAGE_TTL_MS}. */
export class MemoryPageStore implements PageStore {
  private readonly pages: LruCache<string, StoredPage>;

  constructor(maxEntries = 10_000, ttlMs = PAGE_TTL_MS, now: () => number = Date.now) {
    this.pages = new LruCache(maxEntries, ttlMs, now);
  }

  put(key: string, page: StoredPage): Promise<void> {
    this.pages.set(key, page);
    return Promise.resolve();
  }

  get(key: string): Promise<StoredPage | undefined> {
    return Promise.resolve(this.pages.get(key));
  }
}
