import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import type { Answer } from '../../core/types.js';
import { LIMITS } from './limits.js';
import { PAGE_KEY_PATTERN } from '../shared/page-store.js';
import { wordsFor } from './words.js';

const PREFIX = 'pg';

/** A page button's custom_id: `pg:<key>:<offset>`, always within Discord's 100 characters. */
export function pageCustomId(key: string, offset: number): string {
  const id = `${PREFIX}:${key}:${offset}`;
  if (id.length > LIMITS.customId)
    throw new Error(`discord: custom_id longer than ${LIMITS.customId}: ${id}`);
  return id;
}

const PAGE_CUSTOM_ID = new RegExp(`^${PREFIX}:(${PAGE_KEY_PATTERN}):(\\d{1,6})$`);

/** Reads a page button's custom_id; undefined for anything else. */
export function parsePageCustomId(customId: string): { key: string; offset: number } | undefined {
  const m = PAGE_CUSTOM_ID.exec(customId);
  return m ? { key: m[1]!, offset: Number(m[2]) } : undefined;
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
