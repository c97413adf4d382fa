import type { Lang, Script } from '../../core/types.js';

/** The answer language for a Discord client locale: English for en-*, Chinese for everything else. */
export function langOfLocale(locale: string | null | undefined): Lang {
  return typeof locale === 'string' && /^en(-|$)/i.test(locale) ? 'en' : 'zh';
}

/** The script a Discord client locale reads: traditional for zh-TW, undefined (from the text) otherwise. */
export function scriptOfLocale(locale: string | null | undefined): Script | undefined {
  return typeof locale === 'string' && /^zh-(tw|hk)$/i.test(locale) ? 'hant' : undefined;
}
