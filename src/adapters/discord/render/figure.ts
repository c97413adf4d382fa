import type { Lang, StatResult } from '../../../core/types.js';
import { statValueEn, statValueZh } from '../../../core/text/figures.js';

/** A statistic's figure as every platform words it: qualifier, number, unit ("超7000次", "over 7000"). */
export function figureOf(stat: Pick<StatResult, 'value' | 'unit' | 'qualifier'>, lang: Lang): string {
  return lang === 'en' ? statValueEn(stat) : statValueZh(stat);
}
