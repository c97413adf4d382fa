import type { Lang } from '../../core/answer.js';

/** The answer language for a Discord client locale: English for en-*, Chinese for everything else. */
export function langOfLocale(locale: string | null | undefined): Lang {
  return typeof locale === 'string' && /^en(-|$)/i.test(locale) ? 'en' : 'zh';
}
