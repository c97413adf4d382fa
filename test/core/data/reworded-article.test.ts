import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../../src/core/data/load.js';

// The 浙江 article reached us through a machine rewording (发展 → 进展, 服务 → 效劳, ...). Each pair is
// [as reworded, as restored]; the body must hold none of the reworded forms and the notes must list each
// substitution with its number of occurrences.
const CORRECTIONS: [string, string][] = [
  ['〞', '”'],
  ['完整、精确 、全面', '完整、准确、全面'],
  ['扎实推动', '扎实推进'],
  ['进呈现范区', '发展示范区'],
  ['进展', '发展'],
  ['效劳', '服务'],
  ['秀丽', '美丽'],
  ['平安感', '安全感'],
  ['2023年', '2018年'],
  ['中心赐予', '中央赋予'],
  ['中心有部署', '中央有部署'],
  ['供给了根本遵循', '提供了根本遵循'],
  ['面对将来', '面向未来'],
  ['将来社区', '未来社区'],
  ['乐观推动者', '积极推动者'],
  ['共同富有', '共同富裕'],
  ['流淌', '流动'],
  ['探究', '探索'],
  ['假设干', '若干'],
  ['根本形成', '基本形成'],
  ['根本单元', '基本单元'],
  ['奉献率', '贡献率'],
  ['到达60%', '达到60%'],
  ['试验室', '实验室'],
  ['担当国家重大科技项目', '承担国家重大科技项目'],
  ['农夫农村', '农民农村'],
  ['满足度', '满意度'],
  ['领先', '率先'],
  ['治理力量', '治理能力'],
  ['综合承载力量', '综合承载能力'],
  ['配置力量显著增加', '配置能力显著增强'],
  ['姿势', '姿态'],
  ['大都区', '大都市区'],
  ['滚动推动', '滚动推进'],
  ['深化推动', '深入推动'],
  ['大大事', '大事件'],
  ['领悟', '领会'],
  ['大水道文化带', '大运河文化带'],
];

describe('the reworded 浙江 article is restored', () => {
  const k = loadKnowledge();
  const article = k.sources.find((s) => s.origin?.startsWith('002_'))!;

  test('its title is the original one', () => {
    assert.equal(article.title, '勇当长三角一体化发展开路先锋');
  });

  test('its body holds none of the reworded forms', () => {
    const reworded = [
      '进展',
      '效劳',
      '秀丽',
      '平安感',
      '面对将来',
      '将来社区',
      '乐观',
      '共同富有',
      '流淌',
      '探究',
      '假设干',
      '根本形成',
      '根本单元',
      '奉献率',
      '到达',
      '试验室',
      '担当国家',
      '农夫',
      '满足度',
      '领先',
      '力量',
      '姿势',
      '大都区',
      '进呈现范区',
      '〞',
      '中心赐予',
      '中心有部署',
      '赐予',
      '供给了',
      '精确',
      '大大事',
      '领悟',
      '大水道',
      '2023年',
      '滚动推动',
      '扎实推动长三角',
    ];
    for (const form of reworded) assert.ok(!article.body.includes(form), `still reads "${form}"`);
  });

  test('its body keeps the words that only looked like rewordings', () => {
    for (const kept of ['自由贸易试验区', '自贸试验区', '中心城市', '根本遵循', '在中观、微观层面']) {
      assert.ok(article.body.includes(kept), kept);
    }
  });

  test('the restored wording reads as the original', () => {
    for (const restored of [
      '完整、准确、全面贯彻新发展理念',
      '2018年,总书记在首届中国国际进口博览会上宣布长三角一体化发展上升为国家战略。',
      '中央赋予长三角“率先形成新发展格局',
      '共建长三角生态绿色一体化发展示范区',
      '不断提升群众获得感幸福感安全感满意度。',
    ]) {
      assert.ok(article.body.includes(restored), restored);
    }
  });

  test('its notes list every correction with its count', () => {
    for (const [from, to] of CORRECTIONS) {
      const note = article.notes.find((n) => n.includes(`${from}→${to}`));
      assert.ok(note, `no note for ${from}→${to}`);
      assert.match(note, /\(\d+ occurrences?\)$/, note);
    }
  });

  test('its date is 2021, as its content says, not the document site 2023', () => {
    assert.match(article.date, /^2021-/);
    assert.ok(article.notes.some((n) => n.includes('去年8月20日')));
  });
});
