/** A fake Telegram Bot API for end-to-end tests: see `server.ts`. */
export { FakeTelegram, visibleText, type FakeTelegramOptions } from './server.js';
export { checkTelegramHtml, visibleLength } from './html-check.js';
export type * from './types.js';
