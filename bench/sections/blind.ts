import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPlanBot } from '../../src/core/planbot.js';
import type { Result } from '../../src/core/types.js';
import type { BenchSection } from '../section.js';

const EVAL = fileURLToPath(new URL('../../eval/', import.meta.url));

/** One question set's scores, read the way ../shared/eval/score-questions.mjs reads the ask CLI's JSON. */
interface SetFigures {
  set: string;
  /** `sealed`: scored only to report; `dev`: worked on. */
  kind: 'sealed' | 'dev';
  answerable: number;
  hit3: number;
  byLang: Record<string, { n: number; hit3: number }>;
  toDecline: number;
  declined: number;
}

/** What a reader sees of a result, as the scorer tests it. */
const visible = (r: Result): string =>
  [r.text, r.quote, 'value' in r ? r.value : undefined, 'unit' in r ? r.unit : undefined]
    .concat([
      'task_count' in r ? r.task_count : undefined,
      'completion' in r ? r.completion : undefined,
      r.en,
    ])
    .filter((x) => x != null)
    .join(' ');

function scoreSet(ask: (q: string) => { answered: boolean; results: Result[] }, file: string): SetFigures {
  const rows = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'));
  const figures: SetFigures = {
    set: file
      .split('/')
      .pop()!
      .replace(/\.tsv$/, ''),
    kind: file.includes('/sealed/') ? 'sealed' : 'dev',
    answerable: 0,
    hit3: 0,
    byLang: {},
    toDecline: 0,
    declined: 0,
  };
  for (const [, lang = '', question = '', expect = ''] of rows) {
    const answer = ask(question);
    if (expect === 'NONE') {
      figures.toDecline += 1;
      if (!answer.answered || answer.results.length === 0) figures.declined += 1;
      continue;
    }
    const pattern = new RegExp(expect);
    const hit = answer.results.slice(0, 3).some((r) => pattern.test(visible(r)));
    const byLang = (figures.byLang[lang] ??= { n: 0, hit3: 0 });
    figures.answerable += 1;
    byLang.n += 1;
    if (hit) {
      figures.hit3 += 1;
      byLang.hit3 += 1;
    }
  }
  return figures;
}

const share = (n: number, of: number): string => (of === 0 ? '    -' : (n / of).toFixed(2).padStart(5));
const count = (n: number, of: number): string => (of === 0 ? '-' : `${n}/${of}`).padStart(7);

/**
 * Answer quality on the question sets written blind (eval/): by helpers who read only the articles or
 * the research leads, never the data or the code. Sealed sets are scored only to report.
 */
export const blindSection: BenchSection = {
  name: 'blind',
  run() {
    const bot = createPlanBot();
    const files = ['sealed', 'blind'].flatMap((dir) =>
      readdirSync(join(EVAL, dir))
        .filter((f) => f.endsWith('.tsv'))
        .sort()
        .map((f) => join(EVAL, dir, f)),
    );
    const sets = files.map((file) => scoreSet((q) => bot.ask(q), file));
    const rows = sets.map((s) =>
      [
        s.set.padEnd(24),
        s.kind.padEnd(6),
        share(s.hit3, s.answerable),
        count(s.byLang.zh?.hit3 ?? 0, s.byLang.zh?.n ?? 0),
        count(s.byLang['zh-hant']?.hit3 ?? 0, s.byLang['zh-hant']?.n ?? 0),
        count(s.byLang.en?.hit3 ?? 0, s.byLang.en?.n ?? 0),
        count(s.declined, s.toDecline),
      ].join(' | '),
    );
    const text = [
      `Answer quality on blind question sets (${sets.length} sets, eval/; sealed ones scored only to report)`,
      'set                      | kind   | hit@3 |      zh | zh-hant |      en | declined',
      ...rows,
      'Targets (issue 9): sealed hit@3 ≥ 0.92 (≥ 0.88 in en and zh-hant), every line to decline declined,',
      'at most 1 in 20 near-topic lines answered. Reported here, not enforced: the sets are not tuned on.',
    ].join('\n');
    return Promise.resolve({ text, figures: { sets }, failures: [] });
  },
};
