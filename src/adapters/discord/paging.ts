import { randomBytes } from 'node:crypto';
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import type { Answer, Request } from '../../core/types.js';
import { LIMITS } from './limits.js';
import { LruCache } from '../shared/lru.js';
import { wordsFor } from './words.js';

/** What a page button needs to show another page: who may press it and what they asked. */
export interface PagedQuery {
  ownerId: string;
  request: Request & { limit: number };
}

const PREFIX = 'pg';

/** A page button's custom_id: `pg:<key>:<offset>`, always within Discord's 100 characters. */
export function pageCustomId(key: string, offset: number): string {
  const id = `${PREFIX}:${key}:${offset}`;
  if (id.length > LIMITS.customId)
    throw new Error(`discord: custom_id longer than ${LIMITS.customId}: ${id}`);
  return id;
}

/** Reads a page button's custom_id; undefined for anything else. */
export function parsePageCustomId(customId: string): { key: string; offset: number } | undefined {
  const m = /^pg:([A-Za-z0-9_-]{1,32}):(\d{1,6})$/.exec(customId);
  return m ? { key: m[1]!, offset: Number(m[2]) } : undefined;
}

/**
 * The queries behind page buttons, kept in a bounded LRU (by default 5000 queries for 30 minutes):
 * a button whose query was forgotten is answered with a polite "expired".
 */
export class PageStore {
  private readonly cache: LruCache<string, PagedQuery>;

  constructor(maxEntries = 5000, ttlMs = 30 * 60_000) {
    this.cache = new LruCache(maxEntries, ttlMs);
  }

  save(query: PagedQuery): string {
    const key = randomBytes(6).toString('base64url');
    this.cache.set(key, query);
    return key;
  }

  get(key: string): PagedQuery | undefined {
    return this.cache.get(key);
  }
}

/** The Previous / More row for a page of `answer`, or none when everything fits on one page. */
export function pageButtons(
  answer: Answer,
  shown: number,
  key: string,
): APIActionRowComponent<APIButtonComponent>[] {
  const { offset, limit, total } = answer.page;
  const next = offset + Math.max(shown, 1);
  const hasMore = next < total;
  if (offset === 0 && !hasMore) return [];
  const w = wordsFor(answer.lang);
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          label: `◀ ${w.shared.previous}`,
          custom_id: pageCustomId(key, Math.max(0, offset - limit)),
          disabled: offset === 0,
        },
        {
          type: ComponentType.Button,
          style: ButtonStyle.Primary,
          label: `${w.shared.more} ▶`,
          custom_id: pageCustomId(key, next),
          disabled: !hasMore,
        },
      ],
    },
  ];
}
