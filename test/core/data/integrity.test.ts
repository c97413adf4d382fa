import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../../src/core/data/load.js';
import { quoteStatesNumber } from '../../../src/core/data/numbers.js';
import { MAX_WEB_QUOTE, quoteSize } from '../../../src/core/data/references.js';

// The loader enforces these rules too; stating them here documents what every record promises a user:
// each answer can be shown next to the exact sentence of the article it came from.
describe('every record is traceable to its article', () => {
  const k = loadKnowledge();
  const sources = new Map(k.sources.map((s) => [s.id, s]));
  const traced = [
    ...k.plans.map((p) => ({ where: p.id, source: p.source, quote: p.quote })),
    ...k.plans.flatMap((p) => p.facts.map((f, i) => ({ where: `${p.id} fact ${i}`, ...f }))),
    ...[...k.documents, ...k.events].flatMap((d) => [
      { where: d.id, source: d.source, quote: d.quote },
      ...d.facts.map((f, i) => ({ where: `${d.id} fact ${i}`, ...f })),
    ]),
    ...k.areas.map((a) => ({ where: a.id, source: a.source, quote: a.quote })),
    ...k.areas.flatMap((a) => (a.task_count ? [{ where: `${a.id} task_count`, ...a.task_count }] : [])),
    ...k.tasks.map((t) => ({ where: t.id, source: t.source, quote: t.quote })),
    ...k.stats.map((s) => ({ where: s.id, source: s.source, quote: s.quote })),
  ];

  test('every quote is verbatim in its bundled article, or one short clause of its web page', () => {
    for (const { where, source, quote } of traced) {
      const found = sources.get(source);
      assert.ok(found !== undefined, `${where}: unknown source ${source}`);
      if (found.status === undefined) assert.ok(found.body.includes(quote), `${where}: quote not in ${source}: ${quote}`);
      else assert.ok(quoteSize(quote) <= MAX_WEB_QUOTE, `${where}: quote too long for a citation: ${quote}`);
    }
  });

  test('no web source keeps the page text', () => {
    for (const s of k.sources.filter((x) => x.status !== undefined)) assert.equal(s.body, '', s.id);
  });

  test('no quote runs across two paragraphs', () => {
    for (const { where, quote } of traced) assert.ok(!quote.includes('\n'), where);
  });

  test('every statistic writes its value in its quote', () => {
    for (const s of k.stats) assert.ok(quoteStatesNumber(s.quote, s.value), `${s.id}: ${s.value} not in "${s.quote}"`);
  });

  test('a qualifier matches the words of the quote (超 → over, 约/左右 → about, 以上 → at-least)', () => {
    const words = {
      over: /超|突破|以上|逾|多|余|\b(over|more than|exceed\w*|above)\b/i,
      about: /约|約|左右|近|\b(about|around|nearly|some|approximately)\b/i,
      'at-least': /以上|至少|不低于|不少于|\b(at least|or more)\b/i,
    } as const;
    for (const s of k.stats) {
      if (s.qualifier) assert.match(s.quote, words[s.qualifier], s.id);
    }
  });

  test('targets are goals for the future of their article, results are not', () => {
    const dates = new Map(k.sources.map((s) => [s.id, s.date]));
    for (const s of k.stats) {
      const year = Number(s.as_of.slice(0, 4));
      const articleYear = Number(dates.get(s.source)!.slice(0, 4));
      // A goal for the year of its article (a June 2025 list of what 2025 will bring) is still ahead of it.
      if (s.target) assert.ok(year >= articleYear, `${s.id}: target for ${s.as_of} in a ${articleYear} article`);
    }
    assert.ok(k.stats.some((s) => s.target));
  });

  test('ids are unique within each file', () => {
    for (const [name, records] of Object.entries({
      sources: k.sources,
      plans: k.plans,
      areas: k.areas,
      tasks: k.tasks,
      stats: k.stats,
      glossary: k.glossary,
    })) {
      const ids = records.map((r) => r.id);
      assert.equal(new Set(ids).size, ids.length, name);
    }
  });

  test('references resolve: plans, areas and sources', () => {
    const plans = new Set(k.plans.map((p) => p.id));
    const areas = new Map(k.areas.map((a) => [a.id, a]));
    for (const a of k.areas) assert.ok(plans.has(a.plan), a.id);
    for (const t of k.tasks) {
      assert.ok(plans.has(t.plan), t.id);
      if (t.area !== null) assert.equal(areas.get(t.area)?.plan, t.plan, t.id);
    }
    for (const s of k.stats) {
      if (s.plan !== undefined) assert.ok(plans.has(s.plan), s.id);
      if (s.area !== undefined) assert.ok(areas.has(s.area), s.id);
    }
  });

  test('tasks of plans without areas have none; a task of the bundled articles in a plan with areas has one', () => {
    const plansWithAreas = new Set(k.areas.map((a) => a.plan));
    for (const t of k.tasks) {
      if (!plansWithAreas.has(t.plan)) assert.equal(t.area, null, t.id);
      else if (sources.get(t.source)?.status === undefined) assert.notEqual(t.area, null, t.id);
    }
  });

  test('the area task counts the articles give (科技创新 20, 产业集群 20, 生态 17) are recorded, and no more than the plan has', () => {
    const counts = Object.fromEntries(k.areas.filter((a) => a.task_count).map((a) => [a.short, a.task_count!.value]));
    for (const [short, value] of Object.entries({ 科技创新: 20, 产业集群: 20, 生态环境: 17 })) assert.equal(counts[short], value, short);
    for (const plan of k.plans) {
      const sum = k.areas.filter((a) => a.plan === plan.id).reduce((n, a) => n + (a.task_count?.value ?? 0), 0);
      assert.ok(sum <= plan.task_count, `${plan.id}: areas count ${sum} of ${plan.task_count} tasks`);
    }
  });

  test('glossary terms are distinct and no variant repeats its own term', () => {
    const terms = k.glossary.map((g) => g.term);
    assert.equal(new Set(terms).size, terms.length);
    for (const g of k.glossary) assert.ok(!g.variants.includes(g.term), g.id);
  });

  test('every bundled article names its own seed file and explains itself in notes', () => {
    const bundled = k.sources.filter((s) => s.status === undefined);
    for (const s of bundled) {
      assert.ok(s.origin !== undefined && s.origin.length > 0, s.id);
      assert.ok(s.notes.length >= 3, s.id);
      assert.ok(
        s.notes.some((n) => /date/i.test(n)),
        `${s.id}: no note on the date`,
      );
    }
    assert.equal(new Set(bundled.map((s) => s.origin)).size, bundled.length, 'two articles from one seed');
  });

  test('every web source has its address, a status and a note on how it was verified', () => {
    for (const s of k.sources.filter((x) => x.status !== undefined)) {
      assert.match(s.url ?? '', /^https?:\/\//, s.id);
      assert.ok(s.notes.length >= 1, s.id);
    }
  });

  test('publishers are the original outlets, never the sites that reposted them', () => {
    const reposters = /gihot|即热新闻|中国财经消费网|CJ18|汇文网|华文星空|财盛证券|配资/i;
    for (const s of k.sources) assert.doesNotMatch(s.publisher, reposters, s.id);
  });

  test('dates are the articles\' own, not the reposts\' (第一财经: the 4 December press conference)', () => {
    const yicai = k.sources.find((s) => s.publisher === '第一财经')!;
    assert.equal(yicai.date, '2024-12-04');
    const today = new Date().toISOString().slice(0, 10);
    for (const s of k.sources) assert.ok(s.date >= '2005-01-01' && s.date <= today, `${s.id}: ${s.date}`);
  });
});
