import { randomBytes } from 'node:crypto';
import type { Lang, Request } from '../../core/types.js';
import { LruCache } from '../shared/lru.js';

/** Telegram refuses a button whose callback_data is longer than this many bytes. */
export const MAX_CALLBACK_DATA_BYTES = 64;

/** What a button press asks for. */
export type ButtonAction =
  | { kind: 'more'; key: string; offset: number }
  | { kind: 'area'; area: string; lang: Lang }
  | { kind: 'example'; index: number; lang: Lang };

/**
 * Callback data, compact and checked: `m:<key>:<offset>` (next page of a query kept server-side),
 * `t:<z|e>:<area id>` (tasks of an area, in Chinese or English), `x:<z|e>:<n>` (ask the n-th example question).
 */
export function encodeAction(action: ButtonAction): string {
  const data =
    action.kind === 'more'
      ? `m:${action.key}:${action.offset}`
      : action.kind === 'area'
        ? `t:${action.lang === 'en' ? 'e' : 'z'}:${action.area}`
        : `x:${action.lang === 'en' ? 'e' : 'z'}:${action.index}`;
  if (Buffer.byteLength(data) > MAX_CALLBACK_DATA_BYTES) {
    throw new RangeError(`callback data over ${MAX_CALLBACK_DATA_BYTES} bytes: ${data}`);
  }
  return data;
}

/** Reads callback data back; `null` for anything this bot did not write (forged or from another version). */
export function decodeAction(data: string | undefined): ButtonAction | null {
  if (data === undefined) return null;
  let match = /^m:([a-z0-9]{1,16}):(\d{1,6})$/.exec(data);
  if (match) return { kind: 'more', key: match[1]!, offset: Number(match[2]) };
  match = /^t:([ze]):([a-z0-9][a-z0-9-]{0,58})$/.exec(data);
  if (match) return { kind: 'area', lang: match[1] === 'e' ? 'en' : 'zh', area: match[2]! };
  match = /^x:([ze]):(\d{1,2})$/.exec(data);
  if (match) return { kind: 'example', lang: match[1] === 'e' ? 'en' : 'zh', index: Number(match[2]) };
  return null;
}

/**
 * Queries behind "more" buttons, kept server-side (a question does not fit in 64 bytes) in a bounded
 * LRU. Keys start with a random per-process prefix, so a button from before a restart reads as stale
 * instead of paging some other query.
 */
export class QueryStore {
  private readonly queries: LruCache<string, Request>;
  private readonly epoch = randomBytes(2).readUInt16BE(0).toString(36).padStart(4, '0');
  private counter = 0;

  constructor(capacity = 10_000) {
    this.queries = new LruCache(capacity);
  }

  put(request: Request): string {
    const key = `${this.epoch}${(this.counter++).toString(36)}`;
    this.queries.set(key, request);
    return key;
  }

  get(key: string): Request | undefined {
    return this.queries.get(key);
  }
}
