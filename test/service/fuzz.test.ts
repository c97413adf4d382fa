import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { renderAnswer as renderDiscord } from '../../src/adapters/discord/index.js';
import { renderAnswer as renderTelegram } from '../../src/adapters/telegram/index.js';
import { createPlanBot } from '../../src/core/planbot.js';
import { messageProblems } from '../helpers/fake-discord/index.js';
import { checkTelegramHtml, visibleLength } from '../helpers/fake-telegram/index.js';

const planbot = createPlanBot();

/** Pieces users paste that mean something to one platform or another. */
const MARKUP = [
  '<b>',
  '</b>',
  '<a href="javascript:alert(1)">',
  '</a>',
  '<script>alert(1)</script>',
  '&amp;',
  '&lt;',
  '&',
  '<',
  '>',
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '**',
  '__',
  '`',
  '```',
  '||',
  '~~',
  '> ',
  '# ',
  '[x](http://e.org)',
  '\u0000',
  '\u200b',
  '\u202e',
  '\ufeff',
  '\r\n',
  '\t',
  '🇨🇳',
  '👩‍👩‍👧',
  '𠀋',
  'é',
  'ｆｕｌｌ',
];
const WORDS = [
  '长三角',
  '研发',
  '生态',
  '第三轮',
  '重点任务',
  '高铁',
  'R&D',
  'tasks',
  'areas',
  '2024',
  '165',
  '九个方面',
  '長三角',
];
const PREFIXES = [
  '',
  '',
  '',
  '/ask ',
  '/stats ',
  '/tasks ',
  '/areas',
  '/sources',
  '/help',
  '/start ',
  '/ask@PlanBot ',
  '/unknown ',
];

const piece = fc.oneof(
  fc.constantFrom(...MARKUP),
  fc.constantFrom(...WORDS),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const line = fc.oneof(
  fc
    .tuple(fc.constantFrom(...PREFIXES), fc.array(piece, { maxLength: 12 }))
    .map(([p, parts]) => p + parts.join('')),
  // Long lines: up to 6,000 characters, past every platform's message limit.
  fc
    .tuple(fc.constantFrom(...WORDS, ...MARKUP), fc.integer({ min: 100, max: 6000 }))
    .map(([p, n]) => p.repeat(Math.ceil(n / p.length)).slice(0, n)),
);

function telegramProblems(text: string): string[] {
  const check = checkTelegramHtml(text);
  if (!check.ok) return [check.error];
  const length = visibleLength(check.text);
  if (length === 0) return ['empty message'];
  return length > 4096 ? [`text is ${length} characters`] : [];
}

describe('fuzz: any line through the core and both renderers', () => {
  test('never throws; Telegram HTML parses and fits; Discord payloads fit every limit', () => {
    fc.assert(
      fc.property(
        line,
        fc.constantFrom(0, 0, 5, 1000),
        fc.constantFrom(undefined, 'en' as const),
        (text, offset, lang) => {
          const answer = planbot.ask(text, { offset, ...(lang && { lang }) });
          assert.equal(typeof answer.answered, 'boolean');
          for (const message of renderTelegram(answer)) {
            assert.deepEqual(telegramProblems(message.text), [], message.text);
            for (const row of message.reply_markup?.inline_keyboard ?? []) {
              for (const button of row) {
                const data = 'callback_data' in button ? button.callback_data : '';
                assert.ok(Buffer.byteLength(data) <= 64, `callback_data ${data}`);
              }
            }
          }
          const discord = renderDiscord(answer);
          assert.ok(
            discord.embeds.length > 0 || (discord.content ?? '').length > 0,
            'never an empty message',
          );
          assert.deepEqual(messageProblems({ content: discord.content, embeds: discord.embeds }), []);
        },
      ),
      { numRuns: 400 },
    );
  });
});
