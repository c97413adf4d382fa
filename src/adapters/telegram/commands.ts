import type { Telegram } from 'telegraf';
import type { BotCommand } from 'telegraf/types';
import type { Lang } from '../../core/types.js';
import { TELEGRAM_COMMANDS } from './incoming.js';
import { wordsFor } from './words.js';

/** The command menu in one language, in the order users see it. */
export function commandMenu(lang: Lang): BotCommand[] {
  const descriptions = wordsFor(lang).commands;
  return TELEGRAM_COMMANDS.map((command) => ({ command, description: descriptions[command] }));
}

/** Registers the menu in Chinese and English (by the user's language_code) and a Chinese default. */
export async function registerCommands(telegram: Telegram): Promise<void> {
  await telegram.setMyCommands(commandMenu('zh'));
  await telegram.setMyCommands(commandMenu('zh'), { language_code: 'zh' });
  await telegram.setMyCommands(commandMenu('en'), { language_code: 'en' });
}
