import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatReport, summarize } from '../../src/cli/report-summary.js';

const line = (fields: Record<string, unknown>): string => JSON.stringify({ level: 30, time: 1, ...fields });

describe('report', () => {
  const lines = [
    line({ msg: 'declined', question: '明天杭州天气怎么样？', user: 'aaa' }),
    line({ msg: 'declined', question: '明天杭州天气怎么样', user: 'bbb' }),
    line({ msg: 'declined', question: 'GDP of Anhui in 2030?' }),
    line({ msg: 'answered', command: 'ask', answered: true }),
    line({ msg: 'feedback', verdict: 'up', question: 'q1', ids: ['a'] }),
    line({ msg: 'feedback', verdict: 'down', question: 'q2', ids: ['b', 'c'] }),
    line({ msg: 'feedback', verdict: 'down', question: 'q2', ids: ['b', 'c'] }),
    line({ msg: 'feedback', verdict: 'up', question: 'q2', ids: ['b', 'c'] }),
    line({ msg: 'feedback', verdict: 'down' }),
    'a pretty-printed line, not JSON',
    '{"broken json',
  ];

  test('groups declined questions (punctuation aside) and ranks answers by 👎', () => {
    const summary = summarize(lines);
    assert.deepEqual(
      summary.declined.map((r) => [r.question, r.count]),
      [
        ['明天杭州天气怎么样？', 2],
        ['GDP of Anhui in 2030?', 1],
      ],
    );
    assert.deepEqual(
      summary.rated.map((r) => [r.question, r.down, r.up]),
      [
        ['q2', 2, 1],
        ['q1', 0, 1],
      ],
    );
    assert.deepEqual(summary.unknown, { up: 0, down: 1 });
    assert.equal(summary.linesRead, 9);
  });

  test('prints both lists, cut to --top', () => {
    const text = formatReport(summarize(lines), 1);
    assert.match(text, /^ +2 {2}明天杭州天气怎么样？$/m);
    assert.doesNotMatch(text, /GDP of Anhui/);
    assert.match(text, /👎 +2 {2}👍 +1 {2}q2 {2}\[b, c\]/);
    assert.match(text, /👎 1 👍 0 on answers no longer known/);
    assert.match(formatReport(summarize([])), /\(none\)/);
  });
});
