import type { ChartTexts } from './texts.js';

/** The font family every text of a chart is drawn in (the subset in assets/fonts carries this name). */
export const CHART_FONT_FAMILY = 'Noto Sans SC';

/** Chart size in CSS pixels, before the PNG's zoom. */
export const CHART_WIDTH = 800;
const PLOT_HEIGHT = 400;
const SOURCE_LINE_HEIGHT = 16;
const SOURCE_FONT_SIZE = 11;

/** The chart's height: the plot, then a line of small print per source. */
export function chartHeight(texts: ChartTexts): number {
  return PLOT_HEIGHT + 16 + texts.sources.length * SOURCE_LINE_HEIGHT;
}

/** The ECharts option of a line chart: values over time, the title, the unit, each point's date and value. */
export function lineChartOption(texts: ChartTexts, values: readonly number[]): Record<string, unknown> {
  const font = { fontFamily: CHART_FONT_FAMILY };
  const sourcesTop = PLOT_HEIGHT + 8;
  const widest = Math.max(0, ...texts.dates.map((d) => [...d].length));
  const slanted = texts.dates.length * widest * 7 > CHART_WIDTH - 120;
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: font,
    title: {
      text: texts.title,
      left: 'center',
      top: 14,
      // A long metric wraps onto a second line rather than running off the image.
      textStyle: {
        ...font,
        fontSize: 18,
        fontWeight: 'normal',
        color: '#1f2329',
        width: CHART_WIDTH - 64,
        overflow: 'break',
      },
    },
    grid: { left: 72, right: 48, top: 78, height: PLOT_HEIGHT - 78 - (slanted ? 64 : 44) },
    xAxis: {
      type: 'category',
      data: texts.dates,
      boundaryGap: true,
      // Every point's date is shown: slanted when they would not fit side by side.
      axisLabel: { ...font, fontSize: 12, color: '#4e5969', interval: 0, rotate: slanted ? 30 : 0 },
      axisTick: { alignWithLabel: true },
    },
    yAxis: {
      type: 'value',
      name: texts.unit,
      nameTextStyle: { ...font, fontSize: 12, color: '#4e5969', align: 'right' },
      axisLabel: { ...font, fontSize: 12, color: '#4e5969' },
      scale: false,
    },
    series: [
      {
        type: 'line',
        data: [...values],
        symbol: 'circle',
        symbolSize: 8,
        lineStyle: { width: 3, color: '#3370ff' },
        itemStyle: { color: '#3370ff' },
        label: {
          show: true,
          position: 'top',
          formatter: (p: { dataIndex: number }) => texts.labels[p.dataIndex] ?? '',
          ...font,
          fontSize: 13,
          color: '#1f2329',
        },
      },
    ],
    graphic: texts.sources.map((line, i) => ({
      type: 'text',
      left: 16,
      top: sourcesTop + i * SOURCE_LINE_HEIGHT,
      style: {
        text: line,
        ...font,
        fontSize: SOURCE_FONT_SIZE,
        fill: '#86909c',
        width: CHART_WIDTH - 32,
        overflow: 'truncate',
        ellipsis: '…',
      },
    })),
  };
}
