import type { Lang } from '../../core/types.js';
import { PAGE_KEY_PATTERN } from '../shared/page-store.js';

/** Telegram refuses a button whose callback_data is longer than this many bytes. */
export const MAX_CALLBACK_DATA_BYTES = 64;

/** What a button press asks for. */
export type ButtonAction =
  | { kind: 'more'; key: string; offset: number }
  | { kind: 'area'; area: string; lang: Lang }
  | { kind: 'example'; index: number; lang: Lang };

/**
 * Callback data, compact and checked: `m:<key>:<offset>` (next page of a query kept in the page store),
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

const MORE = new RegExp(`^m:(${PAGE_KEY_PATTERN}):(\\d{1,6})$`);

/** Reads callback data back; `null` for anything this bot did not write (forged or from another version). */
export function decodeAction(data: string | undefined): ButtonAction | null {
  if (data === undefined) return null;
  let match = MORE.exec(data);
  if (match) return { kind: 'more', key: match[1]!, offset: Number(match[2]) };
  match = /^t:([ze]):([a-z0-9][a-z0-9-]{0,58})$/.exec(data);
  if (match) return { kind: 'area', lang: match[1] === 'e' ? 'en' : 'zh', area: match[2]! };
  match = /^x:([ze]):(\d{1,2})$/.exec(data);
  if (match) return { kind: 'example', lang: match[1] === 'e' ? 'en' : 'zh', index: Number(match[2]) };
  return null;
}
