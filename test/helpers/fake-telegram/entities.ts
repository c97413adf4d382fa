import type { TgEntity } from './types.js';

/**
 * The entities Telegram's clients attach to a typed message: `bot_command` (`/cmd` or `/cmd@Bot`) and
 * `mention` (`@username`), with offsets and lengths in UTF-16 code units as the Bot API gives them.
 */
export function detectEntities(text: string): TgEntity[] {
  const entities: TgEntity[] = [];
  const pattern =
    /(^|[\s(])(\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?|@[A-Za-z0-9_]{5,32})(?![A-Za-z0-9_])/g;
  for (const match of text.matchAll(pattern)) {
    const token = match[2]!;
    const offset = match.index + match[1]!.length;
    entities.push({ type: token.startsWith('/') ? 'bot_command' : 'mention', offset, length: token.length });
  }
  return entities;
}
