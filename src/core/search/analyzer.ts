/**
 * Text analysis, the one module both indexing and querying go through:
 *
 * 1. fold: NFKC (full-width → half-width), lower case, traditional → simplified (OpenCC, Taiwan phrases);
 * 2. glossary: documents gain the term of every synonym or English name they hold; queries have theirs
 *    replaced (长江三角洲 → 长三角, "new energy vehicles" → 新能源汽车);
 * 3. queries lose their question phrases (多少条, 第几届, 什么时候);
 * 4. Intl.Segmenter splits the text; Chinese stop words cut it into runs; each run gives overlapping
 *    character bigrams (plus the segmenter's words of 3+ characters), English words are lower-cased and
 *    their plurals stemmed, numbers are kept whole.
 *
 * The query's content words ("units") then tell how much of a question a record covers.
 */
import type { GlossaryEntry } from '../data/schema.js';
import { foldText } from '../text/fold.js';
import { normalizeNumerals } from '../text/numerals.js';
import { stemmer } from 'stemmer';
import { createGlossaryRewriter } from './glossary-rewriter.js';
import {
  ENGLISH_FRAME_PATTERN,
  ENGLISH_STOP_STEMMED,
  ENGLISH_STOP_TERMS,
  FILLER_PATTERN,
  isChineseStop,
} from './stop-terms.js';

const HAN_WORD = /^\p{Script=Han}+$/u;
const LATIN_OR_NUMBER = /^[a-z0-9][a-z0-9.&+-]*$/;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const NUMBER_MEASURES: ReadonlySet<string> = new Set(
  '年 月 日 号 项 个 条 家 批 辆 次 届 位 倍 座 所 台 套 人 名 件 张 轮 期 天 块 万 亿 元 万元 亿元 万亿 公里 年度'.split(
    ' ',
  ),
);

/**
 * Question phrases with their measure words (多少条, 第几届, 有哪些): the segmenter splits them
 * unpredictably (一共有 → 一|共有), so queries lose them before segmentation.
 */
const QUESTION_PHRASES =
  /(什么|啥)时候|何时|哪(一)?(天|年)|(一共|总共|共)?(有)?(多少|第几|几)(平方公里|公里|百|千|[个项条家届次年位批台套万亿元倍天月号日])?|(有)?哪(些|几|个|一|\d+)(?:单位|部门|机构|[个项条家种类方座位块])?|是不是|有没有|是什么(?!时候)|(?<![小学解传])说(?![明法])|什么样|怎么样|怎样|咋样|啥样|如何|吗|呢/g;

/** One thing a query asks about, used to tell how much of a query a result covers. */
export type QueryUnit =
  | { kind: 'han'; text: string; weight: number; parts: string[]; partial: boolean; optional?: boolean }
  | {
      kind: 'latin';
      /** The word as the index holds it (stemmed). */
      text: string;
      /** The word as typed, for spelling help. */
      word?: string;
      weight: number;
      optional?: boolean;
      alternatives?: string[];
      /** Chinese words for it (see lexicon.ts), each as the bigrams a document holding it has. */
      translations?: readonly (readonly string[])[];
    };

/**
 * Words that name a kind of record rather than a topic (任务, 方面, tasks): they help ranking when a
 * record has them, but a record without them still answers "低空经济有什么任务".
 */
const KIND_WORDS: ReadonlySet<string> = new Set(
  '重点 任务 重点任务 方面 领域 内容 数据 统计 目标 行动 计划 行动计划 三年 task area aspect field measure data statistic figure'.split(
    ' ',
  ),
);

const ENGLISH_STOP_STEMS: ReadonlySet<string> = new Set(
  [...ENGLISH_STOP_STEMMED].filter((w) => w.length > 3).map((w) => stemLatin(w)),
);

const KIND_TERMS: ReadonlySet<string> = new Set([...KIND_WORDS].map((w) => stemLatin(w)));

/** English stemming (Porter, the `stemmer` package): "billing"/"bills", "cities"/"city" meet. Numbers stay whole. */
export function stemLatin(word: string): string {
  return /^[a-z]+$/.test(word) ? stemmer(word) : word;
}

export function bigrams(chars: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 1) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** A run of Chinese content words between stop words or punctuation. */
type HanRun = string[];

interface Segments {
  runs: HanRun[];
  latin: string[];
}

function splitSegments(prepared: string): Segments {
  const runs: HanRun[] = [];
  const latin: string[] = [];
  let run: HanRun = [];
  const flush = (): void => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  let afterNumber = false;
  for (const { segment } of segmenter.segment(prepared)) {
    if (HAN_WORD.test(segment)) {
      // 2023年, 165项: the measure word belongs to the number, it is no topic of its own.
      if (isChineseStop(segment) || (afterNumber && NUMBER_MEASURES.has(segment))) flush();
      else if (afterNumber && segment.length === 2 && NUMBER_MEASURES.has(segment[0]!)) {
        // 10台新能源汽车 segmented 10|台新|…: the measure still belongs to the number (but 2024座谈会
        // holds a word, 座谈会, the segmenter knows whole).
        flush();
        run.push(segment.slice(1));
      } else run.push(segment);
      afterNumber = false;
      continue;
    }
    afterNumber = /^\d/.test(segment);
    flush();
    // plan's → plan; what's → what (a stop word)
    const word = segment.replace(/['’]s$/, '').replace(/^[^a-z0-9]+|[^a-z0-9%]+$/g, '');
    if (LATIN_OR_NUMBER.test(word)) latin.push(word);
  }
  flush();
  return { runs, latin };
}

/**
 * Index terms of a Chinese run: overlapping character bigrams plus the segmenter's longer words.
 * Unigrams were measured and left out: on the question set they changed no hit@3 and cost 1.8× the
 * query time.
 */
function runTerms(run: HanRun): string[] {
  const chars = Array.from(run.join(''));
  if (chars.length === 1) return chars;
  return [...bigrams(chars), ...run.filter((w) => w.length >= 3)];
}

/**
 * Query terms of a Chinese run: bigrams inside the segmenter's words, and across a boundary only where a
 * one-character word would otherwise be lost (长|三角 → 长三). Fewer terms than a document's, so a
 * query costs less; every bigram kept is one a document holding the phrase also has.
 */
function queryRunTerms(run: HanRun): string[] {
  const chars = Array.from(run.join(''));
  if (chars.length === 1) return chars;
  const wordOf: number[] = [];
  const wordLength: number[] = [];
  run.forEach((word, w) => {
    const len = Array.from(word).length;
    for (let i = 0; i < len; i += 1) wordOf.push(w);
    wordLength.push(len);
  });
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 1) {
    const a = wordOf[i]!;
    const b = wordOf[i + 1]!;
    if (a === b || wordLength[a] === 1 || wordLength[b] === 1) out.push(chars[i]! + chars[i + 1]!);
  }
  return [...out, ...run.filter((w) => w.length >= 3)];
}

/** Caches the last results of a pure function of a string (queries repeat within one answer). */
// More than the texts of every record (805 documents, their names and clauses), so none is tokenized twice.
const DOCUMENT_TEXTS = 8192;

function memoize<T>(f: (text: string) => T, size = 32): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= size) cache.clear();
      value = f(text);
      cache.set(text, value);
    }
    return value;
  };
}

/** Text analysis shared by indexing and querying, so both sides always produce the same terms. */
export interface Analyzer {
  /** A query folded and glossary-rewritten: the form queries are compared in. */
  readonly prepare: (text: string) => string;
  /** MiniSearch `tokenize` for documents: Chinese bigrams and words, Latin words and numbers, plus glossary terms. */
  readonly tokenizeDocument: (text: string) => string[];
  /** MiniSearch `tokenize` for queries: the same terms, with glossary variants replaced by their terms. */
  readonly tokenizeQuery: (text: string) => string[];
  /** MiniSearch `processTerm`: drops English stop words (null), stems the rest. */
  readonly processTerm: (term: string) => string | null;
  /** The content units of a query, for coverage. */
  readonly units: (text: string) => QueryUnit[];
  /** The bigrams a text writes inside its words (as a query's terms are cut), typos left as they are. */
  readonly wordBigrams: (text: string) => string[];
}

export interface AnalyzerOptions {
  /** Fixes typos in a query's run of Chinese content words, keeping its length (see homophones.ts). */
  correctRun?: (run: string) => string;
}

/** A run with its characters replaced by `corrected` (same length), word boundaries kept. */
function withCharacters(run: HanRun, corrected: string): HanRun {
  const chars = Array.from(corrected);
  let at = 0;
  return run.map((word) => {
    const len = Array.from(word).length;
    const out = chars.slice(at, at + len).join('');
    at += len;
    return out;
  });
}

// 啊啊啊, 长长长: a character typed three times over is noise, not a word (拉长长板 holds 长 twice).
const REPEATED_CHARACTER = /(\p{Script=Han})\1{2,}/gu;
// 定位成长三角, 建成长三角: the segmenter reads 成长 (growth) and leaves 三角; it is 成 and then 长三角.
const GLUED_REGION = /成(?=长三角)/g;

export function createAnalyzer(glossary: readonly GlossaryEntry[], options: AnalyzerOptions = {}): Analyzer {
  const glossaryRewriter = createGlossaryRewriter(glossary);
  // A query is prepared and segmented for its units and again for its terms: remember the last few.
  const prepare = memoize((text: string): string =>
    normalizeNumerals(glossaryRewriter.rewrite(foldText(text)))
      .replace(FILLER_PATTERN, ' ')
      .replace(ENGLISH_FRAME_PATTERN, ' ')
      .replace(QUESTION_PHRASES, ' ')
      .replace(REPEATED_CHARACTER, ' ')
      .replace(GLUED_REGION, '成 '),
  );
  const segments = memoize((prepared: string): Segments => {
    const found = splitSegments(prepared);
    const { correctRun } = options;
    if (correctRun === undefined) return found;
    return {
      latin: found.latin,
      runs: found.runs.flatMap((run) => {
        const text = run.join('');
        const corrected = correctRun(text);
        if (corrected === text) return [run];
        // 躲少 → 多少: a typo of a question word is cut like the word itself.
        const again = splitSegments(
          corrected.replace(FILLER_PATTERN, ' ').replace(QUESTION_PHRASES, ' '),
        ).runs;
        return again.length === 1 && again[0]!.join('') === corrected
          ? [withCharacters(run, corrected)]
          : again;
      }),
    };
  });
  // Records' texts are few and fixed, and ranking tokenizes the same ones for every question (a
  // figure's name, a fact's clauses): the glossary's English alternation made that half a question's time.
  const tokenizeDocument = memoize((text: string): string[] => {
    const expanded = glossaryRewriter.expand(foldText(text));
    // Numbers in words are indexed in digits as well: a query's are always read in digits.
    const normalized = normalizeNumerals(expanded);
    const { runs, latin } = splitSegments(normalized === expanded ? expanded : `${expanded} ${normalized}`);
    return [...new Set([...runs.flatMap(runTerms), ...latin])];
  }, DOCUMENT_TEXTS);
  const tokenizeQuery = (text: string): string[] => {
    const { runs, latin } = segments(prepare(text));
    return [...new Set([...runs.flatMap(queryRunTerms), ...latin])];
  };

  const processTerm = (term: string): string | null => {
    if (HAN_WORD.test(term)) return term;
    if (ENGLISH_STOP_TERMS.has(term)) return null;
    const stem = stemLatin(term);
    // pushing, mentioning: a form of a stop word is one too.
    return ENGLISH_STOP_STEMS.has(stem) ? null : stem;
  };

  const units = (text: string): QueryUnit[] => {
    const prepared = prepare(text);
    const { runs: allRuns, latin } = segments(prepared);
    // "in July" (7月), "on the 20th" (20日): a month or day alone says little, and its number would match
    // any 7 (7条); it counts only where found.
    const months = new Set([...prepared.matchAll(/(?<![\d.])(\d{1,2})\s*[月日号]/g)].map((m) => m[1]!));
    // A lone character between stop words (届, 年, 条) says little, unless it is all there is.
    const longRuns = allRuns.filter((run) => run.join('').length > 1);
    const runs = longRuns.length > 0 || latin.length > 0 ? longRuns : allRuns;
    const out: QueryUnit[] = [];
    for (const run of runs) {
      const chars = Array.from(run.join(''));
      if (chars.length === 1) {
        out.push({ kind: 'han', text: chars[0]!, weight: 1, parts: [chars[0]!], partial: false });
        continue;
      }
      if (run.every((word) => KIND_WORDS.has(word))) {
        for (const word of run) {
          const parts = Array.from(word).length > 1 ? bigrams(Array.from(word)) : [word];
          out.push({
            kind: 'han',
            text: word,
            weight: Array.from(word).length,
            parts,
            partial: true,
            optional: true,
          });
        }
        continue;
      }
      let at = 0;
      for (const word of run) {
        const len = Array.from(word).length;
        if (len === 1) {
          // A lone character counts as found when a bigram holding it is found.
          const parts = bigrams(chars).filter((_, i) => i === at || i === at - 1);
          out.push({ kind: 'han', text: word, weight: 1, parts, partial: false });
        } else {
          out.push({ kind: 'han', text: word, weight: len, parts: bigrams(Array.from(word)), partial: true });
        }
        at += len;
      }
    }
    for (const word of latin) {
      const term = processTerm(word);
      if (term === null) continue;
      const unit: QueryUnit = { kind: 'latin', text: term, word, weight: /^\d/.test(term) ? 1 : 2 };
      if (KIND_TERMS.has(term) || months.has(term)) unit.optional = true;
      out.push(unit);
    }
    return out;
  };

  const wordBigrams = (text: string): string[] =>
    splitSegments(normalizeNumerals(foldText(text))).runs.flatMap(queryRunTerms);

  return { prepare, tokenizeDocument, tokenizeQuery, processTerm, units, wordBigrams };
}

/**
 * The share (0..1) of a query's units that a document holds, given a test for its terms. A Chinese word
 * counts in part when only some of its bigrams are there; an optional unit counts only when found.
 */
export function coverage(units: readonly QueryUnit[], has: (term: string) => boolean): number {
  let total = 0;
  let found = 0;
  for (const unit of units) {
    let share = 0;
    if (
      has(unit.text) ||
      (unit.kind === 'latin' &&
        ((unit.alternatives ?? []).some(has) || (unit.translations ?? []).some((parts) => parts.every(has))))
    )
      share = 1;
    else if (unit.kind === 'han' && unit.parts.length > 0) {
      const hits = unit.parts.filter(has).length;
      share = unit.partial ? hits / unit.parts.length : hits > 0 ? 1 : 0;
    }
    if (unit.optional === true && share === 0) continue;
    total += unit.weight;
    found += unit.weight * share;
  }
  return total === 0 ? 0 : found / total;
}
