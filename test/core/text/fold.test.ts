import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { foldText } from '../../../src/core/text/fold.js';
import { toTraditional } from '../../../src/core/text/script.js';

describe('foldText', () => {
  test('reads traditional lines and Taiwan phrases as simplified', () => {
    assert.equal(foldText('長三角軟體資訊'), '长三角软件信息');
    // Phrases none of whose characters changes alone.
    assert.equal(foldText('一目瞭然'), '一目了然');
    assert.equal(foldText('反覆'), '反复');
  });

  test('a Taiwan phrase whose mainland word the sources do not use is read character by character', () => {
    assert.equal(foldText('全國複製推廣'), '全国复制推广');
    assert.equal(foldText('區域性綜合服務平台'), '区域性综合服务平台');
    assert.equal(foldText('哪個指標全球第一'), '哪个指标全球第一');
    assert.equal(foldText('計劃執行得怎樣'), '计划执行得怎样');
    assert.equal(foldText('綱要設定人均預期壽命'), '纲要设定人均预期寿命');
  });

  test('full-width forms and case fold too', () => {
    assert.equal(foldText('ＹＲＤ　２０２４'), 'yrd 2024');
  });

  test('chat shorthand is read as the English word, whole words only', () => {
    assert.equal(foldText('how many ppl work there'), 'how many people work there');
    assert.equal(foldText('Govt services, 3-yr plan'), 'government services, 3-year plan');
    assert.equal(foldText('yrd govtech'), 'yrd govtech');
  });
});

describe('toTraditional', () => {
  test('writes simplified text in traditional characters', () => {
    assert.equal(toTraditional('长三角发展'), '長三角發展');
    assert.equal(toTraditional('一只'), '一隻');
  });
});
