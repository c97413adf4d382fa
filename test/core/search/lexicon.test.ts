import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { firstTexts } from '../../helpers/first-page.js';
import { loadKnowledge } from '../../../src/core/data/load.js';
import { buildDocuments } from '../../../src/core/search/documents.js';
import { MAX_WORDS_PER_GLOSS, translate } from '../../../src/core/search/lexicon.js';
import { createPlanBot } from '../../../src/core/planbot.js';
import { foldText } from '../../../src/core/text/fold.js';

const knowledge = loadKnowledge();
const bot = createPlanBot({ knowledge });

describe('English words for sentences only the Chinese text has (data/lexicon.json)', () => {
  test('an English question finds a sentence that has no English rendering', () => {
    const answer = bot.ask('what did Zhejiang push for infectious disease information across regions');
    assert.equal(answer.answered, true);
    assert.match(firstTexts(answer), /传染病通报/);
  });

  test('the longest gloss wins: "infectious disease" is one word, not two', () => {
    const lexicon = { 'infecti diseas': ['传染病'], diseas: ['疾病'], infecti: ['传染'] };
    assert.deepEqual(translate(lexicon, ['infecti', 'diseas', 'report']), [['传染病'], ['传染病'], []]);
  });

  test('a line with a word neither language knows is still declined', () => {
    for (const line of [
      'recipe for xiaolongbao please',
      'tell me a joke about cats lol',
      'best pizza in town?',
    ])
      assert.equal(bot.ask(line).answered, false, line);
  });

  test('every word of the lexicon is one the data uses, a few per gloss, under lower-case keys', () => {
    assert.ok(knowledge.lexicon !== undefined, 'data/lexicon.json is missing: npm run build:lexicon');
    const text = buildDocuments(knowledge)
      .map((d) => foldText(`${d.name} ${d.keywords} ${d.body}`))
      .join('\n');
    const stale = Object.values(knowledge.lexicon)
      .flat()
      .filter((word) => !text.includes(word));
    assert.deepEqual([...new Set(stale)], [], 'run npm run build:lexicon');
    for (const [key, words] of Object.entries(knowledge.lexicon)) {
      assert.ok(words.length > 0 && words.length <= MAX_WORDS_PER_GLOSS, key);
      assert.match(key, /^[a-z][a-z -]*$/, key);
    }
  });
});
