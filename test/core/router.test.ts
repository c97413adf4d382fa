import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadKnowledge } from '../../src/core/data/load.js';
import { mapRecords } from '../../src/core/data/records.js';
import { createPlanBot } from '../../src/core/planbot.js';
import { route } from '../../src/core/router.js';
import type { SearchEngine } from '../../src/core/search/engine.js';
import { memoryLogger } from '../helpers/memory-logger.js';
import { MAX_LINE_LENGTH } from '../../src/core/text/clean.js';

const FIXTURE = new URL('../helpers/fixture-data', import.meta.url).pathname;
const bot = createPlanBot({ dataDir: FIXTURE });

describe('parseLine', () => {
  test('reads commands with or without a slash, with a bot mention, in any case', () => {
    assert.deepEqual(bot.parseLine('/stats 研发'), { command: 'stats', arg: '研发' });
    assert.deepEqual(bot.parseLine('/tasks@PlanBot 生态'), { command: 'tasks', arg: '生态' });
    assert.deepEqual(bot.parseLine('stats 研发'), { command: 'stats', arg: '研发' });
    assert.deepEqual(bot.parseLine('HELP'), { command: 'help', arg: '' });
    assert.deepEqual(bot.parseLine('/areas'), { command: 'areas', arg: '' });
    assert.deepEqual(bot.parseLine('／sources'), { command: 'sources', arg: '' });
    assert.deepEqual(bot.parseLine('/start'), { command: 'help', arg: '' });
  });

  test('anything else is a question', () => {
    assert.deepEqual(bot.parseLine('长三角研发强度是多少？'), {
      command: 'ask',
      arg: '长三角研发强度是多少？',
    });
    assert.deepEqual(bot.parseLine('statistics of R&D'), { command: 'ask', arg: 'statistics of R&D' });
  });

  test('a line of an Object.prototype name is a question, never an empty one', () => {
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      assert.deepEqual(bot.parseLine(word), { command: 'ask', arg: word });
      assert.deepEqual(bot.parseLine(`/${word}`), { command: 'help', arg: `/${word}` });
      const answer = bot.ask(word);
      assert.equal(answer.command, 'ask');
      assert.notEqual(answer.error, 'empty', word);
      assert.notEqual(answer.error, 'internal', `${word}: the command must not fail`);
      assert.notEqual(bot.ask(`what is the ${word} of the plan`).error, 'internal', word);
    }
    const odd = bot.run({ command: '__proto__' as never, arg: '长三角' });
    assert.equal(odd.command, 'ask');
  });

  test('an unknown slash command is reported, not searched', () => {
    const answer = bot.ask('/weather 上海');
    assert.equal(answer.command, 'help');
    assert.equal(answer.error, 'unknown-command');
    assert.ok(answer.results.every((r) => r.kind === 'suggestion'));
  });
});

describe('commands', () => {
  test('ask puts the figure first for a figure question, with its source and quote', () => {
    const answer = bot.ask('长三角研发经费投入强度是多少？');
    assert.equal(answer.answered, true);
    assert.equal(answer.intent, 'figure');
    const first = answer.results[0]!;
    assert.equal(first.kind, 'stat');
    assert.ok(first.kind === 'stat' && first.value === 3.34 && first.unit === '%');
    assert.equal(first.source?.publisher, '测试日报');
    assert.equal(first.quote, '2023年，长三角研发经费投入强度达到3.34%。');
  });

  test('stats with no topic gives the plans and headline figures; with a topic, its stats', () => {
    const headline = bot.ask('/stats', { limit: 50 });
    assert.equal(headline.answered, true);
    assert.ok(headline.results.some((r) => r.kind === 'plan'));
    assert.ok(headline.results.some((r) => r.kind === 'stat'));
    const topic = bot.ask('/stats 跨省通办');
    assert.deepEqual(
      topic.results.map((r) => r.id),
      ['stat-cross-province-services'],
    );
    const byId = bot.run({ command: 'stats', arg: 'stat-rail-km-2025' });
    assert.equal(byId.results[0]?.id, 'stat-rail-km-2025');
    assert.equal(byId.lang, 'zh', 'an autocomplete id is not English text');
  });

  test('stats on a topic the data has no figure for is no-match with topic suggestions', () => {
    const answer = bot.ask('/stats 房价');
    assert.equal(answer.answered, false);
    assert.equal(answer.error, 'no-match');
    assert.ok(answer.results.length > 0 && answer.results.every((r) => r.kind === 'suggestion'));
  });

  test('tasks with no area lists the areas with their counts', () => {
    const answer = bot.ask('/tasks');
    assert.deepEqual(
      answer.results.map((r) => r.kind === 'area' && [r.id, r.task_count, r.listed]),
      [
        ['innovation', 18, 1],
        ['industry', undefined, 1],
        ['ecology', undefined, 1],
      ],
    );
  });

  test('tasks resolves an area by id, short name, keyword, English or part of its name', () => {
    for (const arg of [
      'ecology',
      '生态',
      '生态环境',
      '太湖',
      'Joint protection of the ecological environment',
      '3',
    ]) {
      const answer = bot.run({ command: 'tasks', arg });
      assert.equal(answer.area, 'ecology', arg);
      assert.deepEqual(
        answer.results.map((r) => r.id),
        ['task-taihu'],
        arg,
      );
    }
  });

  test('tasks with an unknown area says so and offers the areas', () => {
    const answer = bot.ask('/tasks 足球');
    assert.equal(answer.answered, false);
    assert.equal(answer.error, 'unknown-area');
    assert.deepEqual(
      answer.results.map((r) => r.kind),
      ['area', 'area', 'area'],
    );
  });

  test('areas lists the newest plan areas in order; sources lists the articles newest first', () => {
    assert.deepEqual(
      bot.ask('/areas').results.map((r) => r.id),
      ['innovation', 'industry', 'ecology'],
    );
    const sources = bot.ask('/sources');
    assert.deepEqual(
      sources.results.map((r) => r.id),
      ['fixture-plan-2024', 'fixture-rail-2024', 'fixture-review-2023'],
    );
    assert.ok(sources.results.every((r) => r.kind === 'source' && r.source.url !== 'undefined'));
  });

  test('help gives example questions in the language asked, each of them answered', () => {
    for (const lang of ['zh', 'en'] as const) {
      const help = bot.run({ command: 'help', arg: '', lang, limit: 50 });
      assert.equal(help.answered, true);
      assert.ok(help.results.length >= 4);
      for (const suggestion of help.results) {
        assert.equal(suggestion.kind, 'suggestion');
        assert.equal(bot.ask(suggestion.id).answered, true, suggestion.id);
      }
    }
    assert.match(bot.run({ command: 'help', arg: '', lang: 'en' }).results[0]!.text, /^[A-Z]/);
  });
});

describe('paging and input limits', () => {
  test('pages through a long answer without repeats or gaps', () => {
    const all = bot.ask('/stats', { limit: 50 });
    const seen: string[] = [];
    let offset = 0;
    for (;;) {
      const page = bot.ask('/stats', { limit: 2, offset });
      assert.equal(page.page.total, all.page.total);
      seen.push(...page.results.map((r) => r.id));
      if (!page.page.hasMore) break;
      offset += 2;
    }
    assert.deepEqual(
      seen,
      all.results.map((r) => r.id),
    );
  });

  test('default page is 5; a bad offset or limit is clamped, not an error', () => {
    assert.equal(bot.ask('/stats').results.length, 5);
    const past = bot.ask('/stats', { offset: 999 });
    assert.ok(past.results.length >= 1);
    assert.equal(bot.ask('/stats', { limit: -3 }).results.length, 1);
    assert.equal(bot.ask('/stats', { limit: Number.NaN }).results.length, 5);
  });

  test('an empty line is error empty', () => {
    for (const line of ['', '   ', '\u0000\u0007', '/ask']) {
      const answer = bot.ask(line);
      assert.equal(answer.answered, false, JSON.stringify(line));
      assert.equal(answer.error, 'empty', JSON.stringify(line));
    }
  });

  test('a huge line is cut and flagged, and still answered', () => {
    const line = `长三角研发经费投入强度是多少${'啊'.repeat(5000)}`;
    const answer = bot.ask(line);
    assert.equal(Array.from(answer.query).length, MAX_LINE_LENGTH);
    assert.equal(answer.error, 'too-long');
    assert.equal(answer.results[0]?.id, 'stat-rd-intensity-2023');
  });

  test('control characters are stripped from the echoed query', () => {
    const answer = bot.ask('跨省\u0000通办\u001b[31m');
    assert.doesNotMatch(answer.query, /[\u0000-\u001f]/);
    assert.equal(answer.results[0]?.id, 'stat-cross-province-services');
  });
});

describe('completeStatTopic and detectLang', () => {
  test('completes stat topics by search and by what was typed, within Discord limits', () => {
    const choices = bot.completeStatTopic('研');
    assert.equal(choices[0]?.value, 'stat-rd-intensity-2023');
    assert.ok(bot.completeStatTopic('').length > 0);
    assert.ok(bot.completeStatTopic('rail').some((c) => c.name.startsWith('Railway')));
    const many = bot.completeStatTopic('', 100);
    assert.ok(many.length <= 25);
    for (const c of [...many, ...bot.completeStatTopic('x'.repeat(500))]) {
      assert.ok(c.name.length <= 100 && c.value.length <= 100);
    }
  });

  test('detects English when Latin letters dominate, Chinese otherwise', () => {
    assert.equal(bot.detectLang('What is the R&D intensity?'), 'en');
    assert.equal(bot.detectLang('长三角 R&D 强度'), 'zh');
    assert.equal(bot.detectLang('😀'), 'zh');
    assert.equal(bot.ask('How many tasks?').lang, 'en');
    assert.equal(bot.ask('How many tasks?', { lang: 'zh' }).lang, 'zh');
    assert.equal(
      bot.run({ command: 'help', arg: '', lang: 'fr' as 'zh' }).lang,
      'zh',
      'an unknown language is ignored',
    );
  });
});

describe('a command that crashes', () => {
  test('is answered as an internal error, not as no-match, and logged with its stack', () => {
    const { logger, lines } = memoryLogger();
    const broken = {
      search: () => {
        throw new Error('index corrupted');
      },
    } as unknown as SearchEngine;
    const records = mapRecords(loadKnowledge(FIXTURE));
    const answer = route({ records, engine: broken, logger }, { command: 'ask', arg: '研发强度' });
    assert.equal(answer.error, 'internal');
    assert.equal(answer.answered, false);
    assert.deepEqual(answer.results, []);
    const logged = lines.find((l) => l.msg === 'PlanBot: command failed');
    const err = logged?.err as { message?: string; stack?: string } | undefined;
    assert.equal(err?.message, 'index corrupted');
    assert.match(err?.stack ?? '', /router\.test\.ts/);
  });
});
