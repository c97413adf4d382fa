import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createPlanBot } from '../../../src/core/planbot.js';

const bot = createPlanBot();

const outlets = (question: string): string[] => {
  const answer = bot.ask(question);
  return answer.results.filter((r) => r.kind === 'source').map((r) => r.text);
};

describe('which outlet ran an article', () => {
  test('an author named, in Chinese or in pinyin, gives the outlet they wrote for', () => {
    assert.match(outlets('孙燕是哪家媒体的')[0] ?? '', /^21世纪经济报道/);
    assert.match(outlets('毛丽君是哪个报社的')[0] ?? '', /^新民晚报/);
    assert.match(outlets('what paper does jin yezi write for')[0] ?? '', /^第一财经/);
  });

  test('what the article says gives the outlets that carried it, of the year named', () => {
    assert.match(outlets('规划是蓝图、行动计划是施工图这个说法是哪家媒体报道的')[0] ?? '', /^新民晚报/);
    const carried = outlets('which news site carried the 2022 leaders meeting report');
    assert.ok(
      carried.some((text) => text.startsWith('中国网')),
      carried.join('\n'),
    );
    assert.ok(
      carried.every((text) => /（2022-/.test(text)),
      carried.join('\n'),
    );
  });

  test('a report, a person who ran an office, an article too vaguely described: no outlet', () => {
    assert.deepEqual(outlets('哪个报告提出了165项任务'), []);
    assert.deepEqual(outlets('who ran the yrd regional cooperation office before gu jun took over'), []);
    assert.deepEqual(outlets('which newspaper ran the article about it'), []);
  });
});
