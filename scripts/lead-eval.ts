/**
 * `npx tsx scripts/lead-eval.ts [FILE…]`: of the figure, when, where and who questions of the blind
 * development sets, how many get a lead sentence that states the expected figure, date, place or name
 * (the set's `expect` pattern matched against the lead as the asker reads it). Never reads eval/sealed.
 */
import { readFileSync } from 'node:fs';
import { createPlanBot } from '../src/core/planbot.js';
import { askedFacet } from '../src/core/question/facet.js';
import { inScript } from '../src/adapters/shared/script.js';

const DEFAULT_FILES = ['eval/blind/articles-dev.tsv', 'eval/blind/knowledge-dev.tsv'];

interface Case {
  id: string;
  question: string;
  expect: RegExp;
}

function readCases(file: string): Case[] {
  if (file.includes('sealed')) throw new Error('the sealed sets are not for development');
  const [header, ...rows] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0);
  const cols = header!.split('\t');
  const at = (name: string): number => cols.indexOf(name);
  return rows.map((row) => {
    const cells = row.split('\t');
    return {
      id: cells[at('id')]!,
      question: cells[at('question')]!,
      expect: new RegExp(cells[at('expect')]!, 'i'),
    };
  });
}

const planbot = createPlanBot();
const files = process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_FILES;
const verbose = process.env.VERBOSE === '1';
let asked = 0;
let led = 0;
let right = 0;
for (const c of files.flatMap(readCases)) {
  const answer = planbot.ask(c.question);
  const facet = askedFacet(c.question);
  const oneFact = answer.intent === 'figure' || facet === 'when' || facet === 'where' || facet === 'who';
  if (!oneFact) continue;
  asked++;
  const lead = answer.lead;
  if (lead !== undefined) led++;
  const ok = lead !== undefined && (c.expect.test(lead) || c.expect.test(inScript(lead, answer.script)));
  if (ok) right++;
  if (verbose) console.log(`${ok ? 'ok  ' : 'MISS'} ${c.id} ${c.question} → ${lead ?? '(no lead)'}`);
}
console.log(
  `figure/when/where/who questions: ${asked}; with a lead: ${led}; lead states the expected answer: ${right}`,
);
