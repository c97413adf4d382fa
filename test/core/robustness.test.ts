import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { COMMANDS } from '../../src/core/types.js';
import { createPlanBot } from '../../src/core/planbot.js';

const bot = createPlanBot();
// Typical answers take well under 1 ms (see `npm run bench`); the bound catches runaway work, not noise such as GC.
const MAX_MS = 150;

/**
 * Runs `f` and returns the CPU milliseconds it took. CPU time, not wall time: on a shared machine the
 * test process can be descheduled for longer than the budget, which says nothing about the code.
 */
function cpuMs(f: () => void): number {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Any Unicode text: lone surrogates, controls, emoji, up to 10,000 UTF-16 units. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 10_000 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({
    unit: fc.constantFrom('长', '三', '角', '研', '发', '多', '少', '？', '😀', ' ', '/', 'a', '\u0000'),
    maxLength: 200,
  }),
);

describe('robustness', () => {
  test('any chat line gets a well-formed answer, quickly, without throwing', () => {
    fc.assert(
      fc.property(anyText, (line) => {
        let answer = bot.ask('');
        const ms = cpuMs(() => {
          answer = bot.ask(line);
        });
        assert.ok(ms < MAX_MS, `${ms.toFixed(1)} ms`);
        assert.ok(COMMANDS.includes(answer.command));
        assert.ok(Array.from(answer.query).length <= 500);
        assert.ok(answer.results.length <= answer.page.limit);
        assert.equal(answer.page.hasMore, answer.page.offset + answer.results.length < answer.page.total);
        if (!answer.answered) assert.ok(answer.error !== undefined || answer.results.length === 0);
        JSON.stringify(answer);
      }),
      { numRuns: 300 },
    );
  });

  test('any command with any argument, offset and limit is answered', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COMMANDS),
        anyText,
        fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: undefined }),
        fc.option(fc.oneof(fc.integer({ min: -10, max: 1000 }), fc.constant(Number.NaN)), { nil: undefined }),
        (command, arg, offset, limit) => {
          const req = {
            command,
            arg,
            ...(offset === undefined ? {} : { offset }),
            ...(limit === undefined ? {} : { limit }),
          };
          let answer = bot.run({ command: 'help', arg: '' });
          const ms = cpuMs(() => {
            answer = bot.run(req);
          });
          assert.ok(ms < MAX_MS, `${ms.toFixed(1)} ms`);
          assert.equal(answer.command, command);
          assert.ok(answer.page.offset >= 0 && answer.page.limit >= 1);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('Discord autocomplete stays within its limits for any prefix', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: -5, max: 100 }), (prefix, limit) => {
        const choices = bot.completeStatTopic(prefix, limit);
        assert.ok(choices.length <= 25 && choices.length <= Math.max(0, limit));
        for (const c of choices) assert.ok(c.name.length <= 100 && c.value.length <= 100);
      }),
      { numRuns: 200 },
    );
  });
});
