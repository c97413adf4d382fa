import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, test } from 'node:test';
import type { Series } from '../../../../src/core/types.js';
import { ChartCache, chartSvg, renderChartPng } from '../../../../src/adapters/shared/chart/render.js';
import { createPlanBot } from '../../../../src/core/planbot.js';
import { pngSize } from './png.js';

const FIXTURE = new URL('../../../helpers/fixture-data', import.meta.url).pathname;
/** Charts a person can open and look at after the tests (gitignored). */
export const ARTIFACTS = new URL('../../../../test-artifacts/', import.meta.url).pathname;

const series = createPlanBot({ dataDir: FIXTURE }).ask('长三角高铁营业里程').series!;

describe('chart rendering', () => {
  test('a series becomes a PNG line chart with its title, dates, values and sources', async () => {
    const svg = chartSvg(series, 'zh');
    for (const text of [
      '长三角高铁营业里程',
      '公里',
      '2018年12月',
      '2023年12月',
      '约4150',
      '超7100',
      '测试交通报',
    ])
      assert.ok(svg.includes(text), `the chart shows ${text}`);
    const png = await renderChartPng(series, 'zh');
    const { width, height } = pngSize(png);
    assert.equal(width, 800);
    assert.ok(height > 400 && height < 500, `height ${height}`);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(`${ARTIFACTS}chart-hsr-zh.png`, png);
    writeFileSync(`${ARTIFACTS}chart-hsr-en.png`, await renderChartPng(series, 'en'));
    writeFileSync(`${ARTIFACTS}chart-hsr-hant.png`, await renderChartPng(series, 'zh', 'hant'));
  });

  test('English and traditional charts are worded for their reader', () => {
    const en = chartSvg(series, 'en');
    for (const text of ['High-speed rail length', 'km', 'Dec 2018', 'about 4150', 'Source: 测试交通报'])
      assert.ok(en.includes(text), `the English chart shows ${text}`);
    assert.ok(chartSvg(series, 'zh', 'hant').includes('長三角高鐵營業里程'));
  });

  test('charts are cached by series and language; a failed rendering is not kept', async () => {
    const cache = new ChartCache();
    const first = cache.png(series, 'zh');
    assert.equal(cache.png(series, 'zh'), first);
    assert.notEqual(cache.png(series, 'en'), first);
    assert.notEqual(cache.png({ ...series, points: series.points.slice(1) }, 'zh'), first);
    await first;
    const broken = { ...series, points: [{ as_of: '2020', value: Number.NaN, source: 'x' }] } as Series;
    const failing = cache.png(broken, 'zh');
    await failing.then(
      () => {},
      () => {},
    );
    // Whether or not this one renders, the cache keeps only what succeeded.
    const again = cache.png(broken, 'zh');
    await again.then(
      () => assert.equal(again, failing),
      () => assert.notEqual(again, failing),
    );
  });

  test('a burst of 50 different charts leaves the event loop free: a request is answered meanwhile', async () => {
    const server = createServer((_req, res) => res.end('pong'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      let done = 0;
      const burst = Array.from({ length: 50 }, (_, i) =>
        renderChartPng(
          { ...series, points: series.points.map((p) => ({ ...p, value: p.value + i })) },
          'zh',
        ).then((png) => {
          done += 1;
          return png;
        }),
      );
      const { port } = server.address() as AddressInfo;
      const pong = await (await fetch(`http://127.0.0.1:${port}/`)).text();
      assert.equal(pong, 'pong');
      assert.ok(done < 50, `answered while charts were still being drawn (${done} of 50 done)`);
      for (const png of await Promise.all(burst)) pngSize(png);
    } finally {
      server.close();
    }
  });
});
