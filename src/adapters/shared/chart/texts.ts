import type { Lang, Script, Series } from '../../../core/types.js';
import { statValueEn, statValueZh, unitEn } from '../../../core/text/figures.js';
import { dateEn, dateZh } from '../../../core/text/dates.js';
import { describeSource } from '../describe.js';
import { inScript } from '../script.js';

/** Source lines drawn under a chart; more are summed up in one last line. */
export const MAX_SOURCE_LINES = 4;

/** Every word a chart shows, in the asker's language and script. */
export interface ChartTexts {
  title: string;
  /** The value axis's name: the unit. */
  unit: string;
  /** One per point: its date, and its value with the qualifier (约4150, over 7100). */
  dates: string[];
  labels: string[];
  /** Small print under the chart, one source a line. */
  sources: string[];
}

type Qualifier = 'over' | 'about' | 'at-least';

const SCALE_EN: Record<string, string> = { 万亿: 'trillion', 亿: '100 million', 万: '10,000' };

/** A unit for an English value axis: 公里 → km, 万人次 → 10,000 person-times, 亿元 → 100 million yuan. */
function axisUnitEn(unit: string): string {
  const scaled = /^(万亿|亿|万)(.*)$/.exec(unit);
  if (scaled === null) return unitEn(unit).trim();
  return `${SCALE_EN[scaled[1]!]}${unitEn(scaled[2]!)}`.trim();
}

function qualifierOf(text: string | undefined): Qualifier | undefined {
  return text === 'over' || text === 'about' || text === 'at-least' ? text : undefined;
}

/**
 * The texts of a chart of `series`. The single place they are worded: the renderer draws them and the
 * font subset is built from them (scripts/build-font.ts), so a chart never shows a glyph the font lacks.
 */
export function chartTexts(series: Series, lang: Lang, script?: Script): ChartTexts {
  const zh = lang === 'zh';
  const sources = series.sources.map((s) => describeSource(s, lang));
  const shown = sources.length > MAX_SOURCE_LINES ? sources.slice(0, MAX_SOURCE_LINES - 1) : sources;
  if (shown.length < sources.length)
    shown.push(zh ? `……等${sources.length}个来源` : `… ${sources.length} sources in all`);
  const texts: ChartTexts = {
    title: zh ? series.metric : series.metric_en,
    unit: zh ? series.unit : axisUnitEn(series.unit),
    dates: series.points.map((p) => (zh ? dateZh(p.as_of) : dateEn(p.as_of))),
    labels: series.points.map((p) => {
      const figure = { value: p.value, unit: '', qualifier: qualifierOf(p.qualifier) };
      return zh ? statValueZh(figure) : statValueEn(figure);
    }),
    sources: shown,
  };
  return script === 'hant'
    ? {
        title: inScript(texts.title, script),
        unit: inScript(texts.unit, script),
        dates: texts.dates.map((d) => inScript(d, script)),
        labels: texts.labels.map((l) => inScript(l, script)),
        sources: texts.sources.map((s) => inScript(s, script)),
      }
    : texts;
}
