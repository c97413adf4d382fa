import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createPlanBot } from '../../../src/core/planbot.js';
import { loadKnowledge } from '../../../src/core/data/load.js';

const FIXTURE = new URL('../../helpers/fixture-data', import.meta.url).pathname;
const bot = createPlanBot({ dataDir: FIXTURE });

describe('dated series', () => {
  test('a figure whose metric has several dates carries its series, oldest first, with its sources', () => {
    const answer = bot.ask('长三角高铁营业里程');
    assert.equal(answer.results[0]?.kind, 'stat');
    const series = answer.series;
    assert.ok(series, 'the answer has a series');
    assert.equal(series.metric, '长三角高铁营业里程');
    assert.equal(series.unit, '公里');
    assert.deepEqual(
      series.points.map((p) => [p.as_of, p.value, p.qualifier]),
      [
        ['2018-12', 4150, 'about'],
        ['2021-12', 6008, undefined],
        ['2023-12', 7100, 'over'],
      ],
    );
    assert.deepEqual(
      series.sources.map((s) => s.publisher),
      ['测试交通报'],
    );
  });

  test('/stats <topic> and /stats carry the headline series; a single dated figure has none', () => {
    assert.equal(bot.ask('/stats 高铁').series?.metric, '长三角高铁营业里程');
    assert.equal(bot.ask('/stats').series?.metric, '长三角高铁营业里程');
    assert.equal(bot.ask('/stats stat-hsr-km-2021').series?.points.length, 3);
    const single = bot.ask('长三角研发经费投入强度');
    assert.equal(single.results[0]?.id, 'stat-rd-intensity-2023');
    assert.equal(single.series, undefined);
    assert.equal(bot.ask('/areas').series, undefined);
  });

  test('a series is the records sharing a `series` id and scope, whatever their metric text', () => {
    const knowledge = loadKnowledge(FIXTURE);
    const renamed = knowledge.stats.map((s) =>
      s.id === 'stat-hsr-km-2021' ? { ...s, metric: '长三角地区高铁运营里程' } : s,
    );
    const grouped = createPlanBot({ knowledge: { ...knowledge, stats: renamed } });
    assert.equal(grouped.ask('/stats stat-hsr-km-2021').series?.points.length, 3);
    // Without the series id, a record stands alone; a goal or another unit is not drawn either.
    const apart = knowledge.stats.map((s) => {
      if (s.id !== 'stat-hsr-km-2021') return s;
      const { series: _series, ...rest } = s;
      return rest;
    });
    const alone = createPlanBot({ knowledge: { ...knowledge, stats: apart } });
    assert.equal(alone.ask('/stats stat-hsr-km-2021').series, undefined);
    assert.equal(alone.ask('/stats stat-hsr-km-2023').series?.points.length, 2);
    const goal = knowledge.stats.map((s) => (s.id === 'stat-hsr-km-2018' ? { ...s, target: true } : s));
    const withGoal = createPlanBot({ knowledge: { ...knowledge, stats: goal } });
    assert.deepEqual(
      withGoal.ask('/stats stat-hsr-km-2023').series?.points.map((p) => p.as_of),
      ['2021-12', '2023-12'],
    );
  });
});
