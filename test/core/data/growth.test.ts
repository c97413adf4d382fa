import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkKnowledge, DEFAULT_DATA_DIR } from '../../../src/core/data/load.js';
import { createPlanBot } from '../../../src/core/planbot.js';
import { answeredIds } from '../question-eval.js';

type Json = Record<string, unknown>;
const dir = mkdtempSync(join(tmpdir(), 'planbot-growth-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function edit(name: string, change: (records: Json[]) => void): void {
  const file = join(dir, name);
  const records = JSON.parse(readFileSync(file, 'utf8')) as Json[];
  change(records);
  writeFileSync(file, JSON.stringify(records, null, 2));
}

// What data/README.md tells a maintainer to do, done to a copy: a web source, a statistic in a series,
// a fourth plan with its aliases, and another document. No code changes.
cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
writeFileSync(
  join(dir, 'sources', '2027-07-01-example-fourth-plan.md'),
  [
    '---',
    'id: 2027-07-01-example-fourth-plan',
    'title: "第四轮三年行动计划发布"',
    'publisher: "新华社"',
    'date: "2027-07-01"',
    'url: "https://example.org/2027/fourth-plan.html"',
    'status: state',
    'notes:',
    '  - "A made-up page for this test only."',
    '---',
    '',
  ].join('\n'),
);
edit('stats.json', (r) =>
  r.push({
    id: 'hsr-km-2027-example',
    series: 'hsr-km',
    metric: '长三角高铁营业里程',
    metric_en: 'High-speed rail in operation',
    value: 9900,
    unit: '公里',
    qualifier: 'over',
    as_of: '2027-06',
    scope: '长三角',
    target: false,
    source: '2027-07-01-example-fourth-plan',
    quote: '高铁营业里程超过9900公里',
  }),
);
edit('plans.json', (r) =>
  r.push({
    id: 'plan-2027-2029',
    round: 4,
    title: '长三角地区一体化发展三年行动计划(2027—2029年)',
    title_en: 'Yangtze River Delta Integration Three-Year Action Plan (2027—2029)',
    aliases: ['第四轮', 'fourth round'],
    period: '2027—2029',
    task_count: 188,
    source: '2027-07-01-example-fourth-plan',
    quote: '共188项重点任务',
    facts: [],
  }),
);
edit('documents.json', (r) =>
  r.push({
    id: 'example-outline-2035',
    kind: 'outline',
    title: '长三角2035远景纲要',
    title_en: 'YRD 2035 outlook',
    aliases: ['远景纲要'],
    issued: '2027-07',
    issuer: '推动长三角一体化发展领导小组',
    source: '2027-07-01-example-fourth-plan',
    quote: '印发长三角2035远景纲要',
    facts: [],
  }),
);

describe('a knowledge base that grows by data alone', () => {
  test('a new web source, statistic, plan and document pass every check', () => {
    assert.deepEqual(
      checkKnowledge(dir).problems.map((p) => p.message),
      [],
    );
  });

  const bot = createPlanBot({ dataDir: dir });

  test('the fourth plan is named by its aliases and is the newest', () => {
    const answer = bot.ask('第四轮计划有多少项重点任务');
    assert.equal(answer.results[0]?.id, 'plan-2027-2029');
    assert.match(answer.lead ?? '', /188/);
    assert.equal(bot.planWords.newest, '2027—2029');
    assert.ok(bot.planWords.periods.includes('2027—2029'));
    // The areas stay those of the newest plan that has areas.
    assert.equal(bot.run({ command: 'areas', arg: '', lang: 'zh', limit: 20 }).results.length, 9);
  });

  test('the new figure leads its series, and the earlier values stay', () => {
    const first = bot.ask('长三角高铁里程多少公里').results[0]!;
    const ids = answeredIds(first);
    assert.ok(ids.includes('hsr-km-2027-example') && ids.includes('stat-high-speed-rail-km'), ids.join(', '));
    assert.match(first.text, /9900/);
  });
});
