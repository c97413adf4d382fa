import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../../src/core/data/load.js';
import { findJunk } from '../../helpers/junk.js';

describe('findJunk', () => {
  // Lines taken from the scraped seeds, one per kind of junk the patterns must catch.
  const seedJunk = [
    '21世纪经济报道记者孙燕 上海报道g14即热新闻——关注每天科技社会生活新变化gihot.com',
    '长三角一体化高质量发展上升为国家战略以来配资网炒股,三省一市科技创新协同合作不断提速。',
    '东莞风控花呗白条套取秒到账:【181 181 43671微信同号】',
    '2. 本文档由用户上传,版权归属用户,汇文网负责整理代发布。',
    '本文链接:http://www.gihot.com/news-1-27379-0.html',
    '声明:本网页内容由互联网博主自发贡献,不代表本站观点',
    '上一篇:专访黄群慧:要加快形成同新质生产力更相适应的生产关系',
    '(责任编辑:谭梦桐)',
    'Copyright © 2019-2025 CJ18.COM.CN All Rights Reserved 中国财经消费网 版权所有',
    '点击浏览器下方“”分享微信好友Safari浏览器请点击“”按钮',
    '图为发布会现场,主办方供图',
    '图片来源:上海发布',
    '相关阅读 超4.6万台大型科学仪器开放共享',
    '1个月前 来源: 观看:20',
    '未来三年,这么干!长三角一体化发展新一轮「施工图」出炉',
    '会议审议通过了【长三角地区一体化发展三年行动计划(2024—2026年)】',
    '现在正处于“两个一百年〞奋斗目标的历史交汇期',
    '2018年經(jīng)濟(jì)總量約21.2萬億元',
  ];
  for (const line of seedJunk) {
    test(`finds junk in: ${line.slice(0, 24)}…`, () => assert.notEqual(findJunk(line), undefined));
  }

  test('passes clean article text', () => {
    assert.equal(findJunk('长三角科技资源共享服务平台已集聚大型科学仪器46441台(套)'), undefined);
    assert.equal(findJunk('推动长三角科技创新券全域互联互通。'), undefined);
  });
});

describe('the knowledge base is free of repost junk', () => {
  const k = loadKnowledge();

  test('no source title or paragraph contains junk', () => {
    for (const s of k.sources) {
      assert.equal(findJunk(s.title), undefined, `${s.id} title`);
      for (const [i, p] of s.paragraphs.entries()) assert.equal(findJunk(p), undefined, `${s.id} ¶${i + 1}: ${p}`);
    }
  });

  test('no record text a user can see contains junk', () => {
    const texts: [string, string][] = [
      ...k.sources.flatMap((s) => [s.publisher, s.title].map((t): [string, string] => [s.id, t])),
      ...[...k.documents, ...k.events].flatMap((d) =>
        [d.title, d.title_en, d.quote, ...d.facts.flatMap((f) => [f.text, f.en, f.quote])].map(
          (t): [string, string] => [d.id, t],
        ),
      ),
      ...k.events.map((e): [string, string] => [e.id, e.theme ?? '']),
      ...k.plans.flatMap((p) => [p.title, p.completion ?? '', p.quote, ...p.facts.flatMap((f) => [f.text, f.quote])].map((t): [string, string] => [p.id, t])),
      ...k.areas.flatMap((a) => [a.name, a.short, a.en, ...a.keywords].map((t): [string, string] => [a.id, t])),
      ...k.tasks.flatMap((t) => [t.text, t.en, t.quote].map((x): [string, string] => [t.id, x])),
      ...k.stats.flatMap((s) => [s.metric, s.metric_en, s.unit, s.scope, s.quote].map((x): [string, string] => [s.id, x])),
      // A glossary variant is only matched in questions, never shown (china.com.cn is how users name 中国网).
      ...k.glossary.flatMap((g) => [g.term, g.en].map((x): [string, string] => [g.id, x])),
    ];
    for (const [id, text] of texts) assert.equal(findJunk(text), undefined, `${id}: ${text}`);
  });

  test('every paragraph ends as a sentence or is a short heading (no watermark or tail left)', () => {
    for (const s of k.sources) {
      for (const p of s.paragraphs) {
        const sentence = /[。;；:：!！?？”)）]$/.test(p);
        const heading = p.length <= 40 && !/[。;；!！?？]/.test(p);
        assert.ok(sentence || heading, `${s.id}: ${p.slice(-30)}`);
      }
    }
  });

  test('bylines are in the front matter, not in the body', () => {
    for (const s of k.sources) {
      assert.ok(!/记者\s*\S+\s*$|^\S*记者/.test(s.paragraphs.at(-1)!), s.id);
      assert.ok(!/记者/.test(s.paragraphs[0]!), s.id);
    }
  });

  test('the 新民晚报 article has its 《》 and “” back', () => {
    const xinmin = k.sources.find((s) => s.publisher === '新民晚报')!;
    assert.ok(xinmin.body.includes('《长三角地区一体化发展三年行动计划(2024—2026年)》今天(25日)正式发布'));
    assert.ok(xinmin.body.includes('“实施省际断头路打通计划”'));
    assert.ok(xinmin.title.includes('“施工图”'));
  });
});
