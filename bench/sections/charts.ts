import { statSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Lang, Script, Series } from '../../src/core/types.js';
import { CHART_FONT_PATH, renderChartPng } from '../../src/adapters/shared/chart/render.js';
import { createPlanBot } from '../../src/core/planbot.js';
import { quantile } from '../measure.js';
import type { BenchSection } from '../section.js';

const FIXTURE = new URL('../../test/helpers/fixture-data', import.meta.url).pathname;
const WARMUP = 5;
const RENDERS = 60;
/** p95 of one chart's render (SVG and PNG, uncached), as the issue asks. */
const TARGET_P95_MS = 50;

/**
 * Uncached chart renders: a series of the bundled data when one has two dated values, else the fixture's
 * high-speed rail series; each render a different variant, so no cache helps.
 */
export const chartsSection: BenchSection = {
  name: 'charts',
  async run() {
    const bundled = createPlanBot();
    const fromData = bundled.knowledge.stats
      .map((s) => bundled.ask(`/stats ${s.id}`).series)
      .find((s): s is Series => s !== undefined);
    const series = fromData ?? createPlanBot({ dataDir: FIXTURE }).ask('长三角高铁营业里程').series!;
    const variants: [Lang, Script][] = [
      ['zh', 'hans'],
      ['en', 'hans'],
      ['zh', 'hant'],
    ];
    const render = (i: number) => {
      const [lang, script] = variants[i % variants.length]!;
      const points = series.points.map((p) => ({ ...p, value: p.value + i }));
      return renderChartPng({ ...series, points }, lang, script);
    };
    for (let i = 0; i < WARMUP; i += 1) await render(i);
    const times: number[] = [];
    const cpu: number[] = [];
    let bytes = 0;
    for (let i = 0; i < RENDERS; i += 1) {
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      bytes += (await render(WARMUP + i)).length;
      times.push(performance.now() - start);
      // CPU of every thread (resvg draws on libuv's pool): the work itself, whatever else runs on the machine.
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
    }
    const figures = {
      series: fromData ? 'data' : 'fixture',
      renders: RENDERS,
      medianMs: Math.round(quantile(times, 0.5) * 10) / 10,
      p95Ms: Math.round(quantile(times, 0.95) * 10) / 10,
      cpuMedianMs: Math.round(quantile(cpu, 0.5) * 10) / 10,
      loadAverage: Math.round(loadavg()[0]! * 10) / 10,
      pngKb: Math.round(bytes / RENDERS / 1024),
      fontKb: Math.round(statSync(CHART_FONT_PATH).size / 1024),
    };
    const text = [
      `Charts (${figures.series} series, ${RENDERS} uncached renders, SVG + PNG)`,
      `  median ${figures.medianMs} ms   p95 ${figures.p95Ms} ms (target < ${TARGET_P95_MS})   CPU per chart ${figures.cpuMedianMs} ms (median; machine load ${figures.loadAverage})`,
      `  PNG ${figures.pngKb} KB   font subset ${figures.fontKb} KB`,
    ].join('\n');
    const failures =
      figures.p95Ms < TARGET_P95_MS ? [] : [`chart render p95 ${figures.p95Ms} ms ≥ ${TARGET_P95_MS}`];
    return { text, figures, failures };
  },
};
