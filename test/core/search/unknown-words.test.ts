import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadKnowledge } from '../../../src/core/data/load.js';
import { createSearchEngine } from '../../../src/core/search/engine.js';
import { createPlanBot } from '../../../src/core/planbot.js';

describe('a word the data never uses makes another topic; a cut or a filler word does not', () => {
  const knowledge = loadKnowledge();
  const engine = createSearchEngine(knowledge);
  const bot = createPlanBot({ knowledge });
  const unknown = (q: string): string[] => engine.unknownUnits(q).map((u) => u.text);
  const answer = (q: string): string =>
    JSON.stringify(bot.ask(q).results.slice(0, 3), ['text', 'value', 'unit', 'quote', 'series', 'points']);

  test('a topic the data lacks is still unknown: 天气, 产量', () => {
    assert.deepEqual(unknown('今天上海天气怎么样'), ['天气']);
    assert.deepEqual(unknown('新能源汽车产量是多少'), ['产量']);
  });

  test('定位成长三角 is 定位成 and 长三角, not an unknown 成长', () => {
    assert.deepEqual(unknown('江苏把自己定位成长三角一体化的什么'), []);
  });

  test('细化成 cut as 细|化成 holds the data’s 细化, not an unknown 化成', () => {
    assert.deepEqual(unknown('2024年生态环境保护协作工作重点细化成多少项'), []);
    assert.match(answer('2024年生态环境保护协作工作重点细化成多少项'), /(?<!\d)54(?!\d)/);
  });

  test('colloquial 现时, 加起来, 打算, 最初 are no topic of their own', () => {
    assert.equal(bot.ask('長三角一網通辦現時有幾多項政務服務跨省通辦?').answered, true);
    assert.match(answer('長三角科創共同體聯合攻關項目兩批加起來多少個?'), /(?<!\d)43(?!\d)/);
    assert.match(answer('浙江打算2025年数字经济增加值占GDP多少'), /60\s*%|"value":60/);
    assert.match(answer('2022年座談會的消息最初是哪個微信公眾號發布的?'), /上海发布/);
  });

  test('Cantonese 想去到, 叫乜名, 嗰九大方面 and a hope (希望) are no topic of their own', () => {
    assert.match(answer('科技進步貢獻率浙江想去到幾多?'), /70/);
    assert.match(answer('浙江希望2025年數字經濟增加值佔GDP幾多?'), /60/);
    assert.match(answer('上海市生態環境局副局長叫乜名?'), /柏国强/);
    assert.match(answer('7月25號發佈會上面邊個介紹行動計劃嗰九大方面?'), /顾军/);
  });

  test('Cantonese 边几个 asks which ones, not how many; 今年 is no topic', () => {
    assert.match(answer('2022年會議話要加強邊幾個安全領域嘅信息共享?'), /粮食/);
    assert.match(answer('新型研發機構喺邊幾方面會有更靈活嘅政策?'), /评价激励/);
    assert.match(answer('今年是哪個省輪值牽頭'), /轮值牵头/);
    assert.match(answer('綱要設定人均預期壽命要到幾歲'), /79/);
    assert.match(answer('第一轮三年行动计划当时排了几项重点任务'), /320/);
    assert.match(answer('空氣污染方面重點協同治理邊兩樣嘢?'), /臭氧/);
    assert.match(
      answer('Who reported the 21st Century Business Herald story on the third-round plan?'),
      /孙燕/,
    );
  });

  test('什么时候 after 是, 那份, 在做 are question and filler words, not topics', () => {
    assert.match(answer('首批長三角創新聯合體是什麼時候啟動的?'), /6月/);
    assert.match(answer('關於科技創新券的那份實施意見叫什麼名字?'), /促进长三角科技创新券发展/);
    assert.match(answer('科技創新共同體聯合攻關項目目前有幾批在做?'), /两批|3批|"value":3/);
  });

  test('terse keywords (2024座谈会 地点), a half-remembered guess (我记得是三百多) and 边个写 are no topics', () => {
    assert.match(answer('2024座谈会 地点'), /温州/);
    assert.match(answer('第一轮三年行动计划的重点任务是几项来着，我记得是三百多'), /320/);
    assert.match(answer('第一財經嗰篇講科創共同體嘅報道係邊個寫嘅？'), /金叶子/);
    assert.match(answer('新民晚報寫長三角新一輪「施工圖」嗰篇嘅記者係邊位？'), /毛丽君/);
  });

  test('"which province" asks the place, which the answer need not repeat; a city pair is its short name', () => {
    assert.match(answer('which province rolled out the health code first?'), /率先推出健康码/);
    assert.match(answer("what's the hangzhou-to-wenzhou railway"), /杭温铁路/);
    assert.equal(
      bot.ask('which province leads the most tasks in the third round three year plan').answered,
      false,
    );
  });

  test('当初 and Cantonese 個會話 (the meeting said) are no topics', () => {
    assert.match(answer('省際斷頭路當初規劃打通幾多條?'), /17条/);
    assert.match(answer('2022年個會話要深入開展一個咩消費行動？'), /满意消费长三角/);
  });

  test('a name typed with a homophone asked what they do (是干啥的, 哪个单位的领导) gets their role', () => {
    assert.match(answer('张中伟 是干啥的'), /常务副主任/);
    assert.match(answer('屈伟是哪个单位的领导'), /上海市科委副主任屈炜/);
    assert.match(answer('第二轮那个计划两百来项吧 准确数多少'), /217/);
  });

  test('a province’s own article is about that province in English too (Zhejiang’s first GEP standard)', () => {
    assert.match(
      answer("Zhejiang released China's first provincial-level standard for what kind of accounting?"),
      /GEP核算标准/,
    );
  });

  test('English names of the plan’s slogans reach the Chinese text: two centres co-creation', () => {
    assert.match(answer("The 'two centres co-creation' refers to Zhangjiang and which other place?"), /合肥/);
    assert.match(answer('name the eco corridor between Hangzhou and Huangshan'), /杭黄生态廊道/);
    assert.match(answer('2022 meeting: balancing covid control with economy?'), /疫情防控/);
    assert.match(answer('上海要建什麼樣的油氣交易市場?'), /期现一体化/);
  });
});
