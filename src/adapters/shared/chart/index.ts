import type { Answer } from '../../../core/types.js';
import { charts } from './render.js';

export { ChartCache, charts, chartSvg, renderChartPng, CHART_FONT_PATH } from './render.js';

/**
 * The chart PNG of an answer whose best figure is a dated series, on its first page only (a "more" page
 * does not repeat it); undefined otherwise, or when drawing failed (`onError` hears why: the answer
 * still goes out as text).
 */
export async function answerChart(
  answer: Answer,
  onError: (err: unknown) => void,
): Promise<Buffer | undefined> {
  if (answer.series === undefined || answer.page.offset > 0) return undefined;
  try {
    return await charts.png(answer.series, answer.lang, answer.script);
  } catch (err) {
    onError(err);
    return undefined;
  }
}
