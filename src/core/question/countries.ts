import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { Knowledge } from '../data/schema.js';
import { foldText } from '../text/fold.js';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json') as countries.LocaleData);
countries.registerLocale(require('i18n-iso-countries/langs/zh.json') as countries.LocaleData);

// China and its own regions are not abroad; these English names are also common words or names.
const NOT_ABROAD = new Set(['CN', 'HK', 'MO', 'TW']);
// Two-character Chinese names are often parts of other words (江苏丹阳 holds 苏丹, 增加纳入 holds 加纳):
// only these common ones, which are not, count.
const SHORT_CHINESE = new Set([
  '日本',
  '美国',
  '英国',
  '法国',
  '德国',
  '韩国',
  '印度',
  '泰国',
  '瑞士',
  '瑞典',
  '挪威',
  '荷兰',
  '丹麦',
  '希腊',
  '埃及',
  '智利',
  '秘鲁',
]);
const AMBIGUOUS = new Set([
  'chad',
  'jersey',
  'jordan',
  'georgia',
  'turkey',
  'guinea',
  'niger',
  'man',
  'isle of man',
]);

/** Every other country's names, English (lower case) and Chinese, as written by users, by country code. */
function foreignNamesByCountry(): Map<string, string[]> {
  const byCode = new Map<string, Set<string>>();
  for (const lang of ['en', 'zh']) {
    for (const [code, all] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
      if (NOT_ABROAD.has(code)) continue;
      for (const name of all) {
        const folded = foldText(name);
        const latin = /^[a-z][a-z .'-]*$/.test(folded);
        if (
          latin
            ? folded.length >= 4 && !AMBIGUOUS.has(folded)
            : folded.length >= 3 || SHORT_CHINESE.has(folded)
        )
          byCode.set(code, (byCode.get(code) ?? new Set()).add(folded));
      }
    }
  }
  return new Map([...byCode].map(([code, names]) => [code, [...names]]));
}

function foreignNames(): string[] {
  return [...new Set([...foreignNamesByCountry().values()].flat())];
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cache = new WeakMap<Knowledge, RegExp | null>();

/**
 * The other countries no record mentions, as one pattern: "what is the capital of australia" asks
 * about a place the sources never cover (芬兰, which they do mention, is left out).
 */
export function foreignPattern(k: Knowledge): RegExp | null {
  let pattern = cache.get(k);
  if (pattern === undefined) {
    const said = saidText(k);
    const names = foreignNames().filter((name) => !said.includes(name));
    pattern = names.length === 0 ? null : namesPattern(names);
    cache.set(k, pattern);
  }
  return pattern;
}

/** Everything the records say, folded: where a country's name is looked for. */
function saidText(k: Knowledge): string {
  return foldText(
    [
      ...k.sources.map((s) => s.body),
      ...k.stats.map((s) => `${s.metric} ${s.metric_en}`),
      ...k.tasks.map((t) => `${t.text} ${t.en}`),
      ...[...k.plans, ...k.documents, ...k.events].flatMap((r) => [
        `${r.title} ${r.title_en}`,
        ...r.facts.map((f) => `${f.text} ${f.en}`),
      ]),
    ].join('\n'),
  );
}

function namesPattern(names: string[]): RegExp {
  return new RegExp(
    `(?<![a-z])(?:${[...names]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|')})(?![a-z])`,
  );
}

/** A country the records mention: its Chinese name, the names a record may use, and how questions name it. */
export interface MentionedCountry {
  zh: string;
  names: string[];
  pattern: RegExp;
}

const mentionedCache = new WeakMap<Knowledge, MentionedCountry[]>();

/** The countries the records mention (芬兰, 新加坡). */
function mentionedCountries(k: Knowledge): MentionedCountry[] {
  let mentioned = mentionedCache.get(k);
  if (mentioned === undefined) {
    const said = saidText(k);
    mentioned = [...foreignNamesByCountry()]
      .filter(([, names]) => names.some((name) => said.includes(name)))
      .map(([code, names]) => {
        // 芬兰 is too short to look for in questions (苏丹 is in 江苏丹阳), but a record naming partners has it.
        const zh = foldText(countries.getName(code, 'zh') ?? names[0]!);
        return { zh, names: [...new Set([zh, ...names])], pattern: namesPattern(names) };
      });
    mentionedCache.set(k, mentioned);
  }
  return mentioned;
}

/**
 * The country the records mention that a folded question names ("YRD-Finland cooperation"): a record
 * about another partner does not answer it.
 */
export function namedCountry(k: Knowledge, folded: string): MentionedCountry | undefined {
  return mentionedCountries(k).find(({ pattern }) => pattern.test(folded));
}

/** Whether a folded question names a country the sources never mention. */
export function namesForeignCountry(knowledge: Knowledge, folded: string): boolean {
  return foreignPattern(knowledge)?.test(folded) ?? false;
}

/** A country's English name from its Chinese one (芬兰 → Finland), if it is one. */
export function countryNameEn(zh: string): string | undefined {
  const code = countries.getAlpha2Code(zh, 'zh');
  return code === undefined ? undefined : countries.getName(code, 'en');
}
