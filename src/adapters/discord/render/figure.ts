import type { Lang, StatResult } from '../../../core/answer.js';
import { wordsFor } from '../words.js';

/** A statistic's figure as the data states it: qualifier, number with separators, unit ("超 7,000次"). */
export function figureOf(stat: Pick<StatResult, 'value' | 'unit' | 'qualifier'>, lang: Lang): string {
  const number = stat.value.toLocaleString('en-US', { maximumFractionDigits: 4 });
  const spaced = lang === 'en' && stat.unit !== '' && stat.unit !== '%' ? ' ' : '';
  return wordsFor(lang).qualifier(stat.qualifier, `${number}${spaced}${stat.unit}`);
}
