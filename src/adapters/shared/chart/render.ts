import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { renderAsync } from '@resvg/resvg-js';
import type * as ECharts from 'echarts';
import type { Lang, Script, Series } from '../../../core/types.js';
import { LruCache } from '../lru.js';
import { CHART_FONT_FAMILY, CHART_WIDTH, chartHeight, lineChartOption } from './option.js';
import { chartTexts } from './texts.js';

/** The CJK font subset charts are drawn with (built by `npm run build:font`). */
export const CHART_FONT_PATH = fileURLToPath(
  new URL('../../../../assets/fonts/chart-noto-sans-sc.ttf', import.meta.url),
);

/** PNG pixels per chart pixel: 800 px wide reads well in chat apps; a zoom of 1.5 costs twice the time. */
const ZOOM = 1;
const CACHE_ENTRIES = 256;

// ECharts' single-file CommonJS build loads in a tenth of the time its ES modules take, and only when
// the first chart is drawn.
let echarts: typeof ECharts | undefined;
function loadECharts(): typeof ECharts {
  echarts ??= createRequire(import.meta.url)('echarts') as typeof ECharts;
  return echarts;
}

/** A chart as an SVG string, from ECharts' server-side renderer (no DOM, no browser). */
export function chartSvg(series: Series, lang: Lang, script?: Script): string {
  const texts = chartTexts(series, lang, script);
  const chart = loadECharts().init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: CHART_WIDTH,
    height: chartHeight(texts),
  });
  try {
    chart.setOption(
      lineChartOption(
        texts,
        series.points.map((p) => p.value),
      ),
    );
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
let svgTurns: Promise<unknown> = Promise.resolve();

/**
 * A chart as PNG bytes. SVGs are built on the main thread one per turn of the event loop (a few
 * milliseconds each), so replies and requests go on between them; resvg rasterizes on libuv's thread
 * pool. A burst of charts therefore never stalls the process for longer than one chart.
 */
export async function renderChartPng(series: Series, lang: Lang, script?: Script): Promise<Buffer> {
  const turn = svgTurns.then(nextTurn).then(() => chartSvg(series, lang, script));
  svgTurns = turn.catch(() => {});
  const svg = await turn;
  const image = await renderAsync(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: [CHART_FONT_PATH],
      defaultFontFamily: CHART_FONT_FAMILY,
      sansSerifFamily: CHART_FONT_FAMILY,
    },
    fitTo: { mode: 'zoom', value: ZOOM },
    background: '#ffffff',
  });
  return image.asPng();
}

/** Draws charts, each series once: later answers with the same series (and language) reuse the PNG. */
export class ChartCache {
  private readonly charts = new LruCache<string, Promise<Buffer>>(CACHE_ENTRIES);

  /** The PNG of `series` in `lang` and `script`; concurrent asks for one chart share one rendering. */
  png(series: Series, lang: Lang, script?: Script): Promise<Buffer> {
    const key = JSON.stringify([lang, script === 'hant' ? 'hant' : 'hans', series]);
    let png = this.charts.get(key);
    if (png === undefined) {
      png = renderChartPng(series, lang, script);
      this.charts.set(key, png);
      // A failed rendering is not kept: the next ask tries again.
      const rendering = png;
      rendering.catch(() => {
        if (this.charts.get(key) === rendering) this.charts.delete(key);
      });
    }
    return png;
  }
}

/** One cache for the process: every adapter draws from it. */
export const charts = new ChartCache();

let warming: Promise<void> | undefined;
/**
 * Loads ECharts and draws one chart (about 0.3 s the first time, a tenth of it later), so that the first
 * user to get a chart does not wait for that. Once per process.
 */
export function warmUpCharts(): Promise<void> {
  warming ??= renderChartPng(
    {
      metric: '长三角',
      metric_en: 'YRD',
      unit: '',
      points: [
        { as_of: '2023', value: 1, source: '' },
        { as_of: '2024', value: 2, source: '' },
      ],
      sources: [],
    },
    'zh',
  ).then(() => {});
  return warming;
}
