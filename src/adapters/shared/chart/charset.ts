import type { Lang, Script, Series } from '../../../core/types.js';
import type { Knowledge } from '../../../core/data/schema.js';
import { sourceRef } from '../../../core/results/from-records.js';
import { chartTexts, MAX_SOURCE_LINES } from './texts.js';

// What ECharts itself writes (axis numbers: 7,100, 3.5, -2) and what any text may hold.
const PRINTABLE_ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');
const LANGS: readonly Lang[] = ['zh', 'en'];
const SCRIPTS: readonly Script[] = ['hans', 'hant'];

/**
 * Every character a chart of this knowledge can show: each figure's metric, unit, date and value, each
 * source line, in both languages and both scripts, and printable ASCII. The font subset is cut to this.
 */
export function chartCharacters(knowledge: Knowledge): Set<string> {
  const chars = new Set<string>(PRINTABLE_ASCII);
  const add = (series: Series): void => {
    for (const lang of LANGS)
      for (const script of SCRIPTS) {
        const t = chartTexts(series, lang, script);
        for (const text of [t.title, t.unit, ...t.dates, ...t.labels, ...t.sources])
          for (const ch of text) chars.add(ch);
      }
  };
  const sources = new Map(knowledge.sources.map((s) => [s.id, sourceRef(s)]));
  for (const stat of knowledge.stats) {
    const source = sources.get(stat.source);
    add({
      metric: stat.metric,
      metric_en: stat.metric_en,
      unit: stat.unit,
      points: [
        {
          as_of: stat.as_of,
          value: stat.value,
          ...(stat.qualifier !== undefined && { qualifier: stat.qualifier }),
          source: stat.source,
        },
      ],
      sources: source === undefined ? [] : [source],
    });
  }
  // The line that sums up sources beyond those listed.
  const many = [...sources.values()].slice(0, 1);
  if (many.length > 0)
    add({
      metric: '',
      metric_en: '',
      unit: '',
      points: [],
      sources: Array<(typeof many)[number]>(MAX_SOURCE_LINES + 1).fill(many[0]!),
    });
  return chars;
}
