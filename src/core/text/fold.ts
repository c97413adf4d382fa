import * as OpenCC from 'opencc-js';

// 'twp' converts Taiwan phrases as well as characters (資訊 → 信息, 軟體 → 软件), which 't' and 'hk' leave alone.
const toSimplified = OpenCC.Converter({ from: 'twp', to: 'cn' });

/**
 * The one form text is compared in: NFKC (full-width → half-width, ① → 1), lower case, simplified script.
 * Used for indexing and querying alike, so both sides always agree.
 */
export function foldText(text: string): string {
  return toSimplified(text.normalize('NFKC').toLowerCase());
}
