import type { Records } from '../data/records.js';
import type { Source } from '../data/schema.js';
import type { SearchEngine } from '../search/engine.js';
import type { SourceResult } from '../types.js';
import { TUNING } from '../ranking/tuning.js';
import { sourceResult } from './from-records.js';
import { nameInPinyin } from './byline.js';

// "孙燕是哪家媒体的", "which newspaper ran the 'construction blueprint' article": the outlet of an article.
const ASKS_PUBLISHER =
  /哪[家个份]?(?:媒体|报纸|报社|网站|新闻网|报(?![告名销道表])|网(?![点络格上]))|哪家(?=报道|刊登|刊发|发的)|什么(?:媒体|报纸|网站)|(?:在|是)?哪里?(?:报道|刊登|刊发|发表)的|刊登在哪|出自哪|\b(?:which|what) (?:news ?paper|paper|outlet|media|news (?:site|outlet|agency|website|portal)|web ?site|site|publication|publisher|news ?site)\b/;

// Words for the article itself, not for what it is about.
const ARTICLE_WORDS =
  /报道的?|这个说法|说法|文章|那篇|这篇|新闻|\b(?:article|piece|story|report|reported|carried|ran|published|news)\b/g;

/** The question without its words for an outlet or an article: what the article is about. */
function topicOf(folded: string): string {
  return folded.replace(new RegExp(ASKS_PUBLISHER, 'g'), ' ').replace(ARTICLE_WORDS, ' ');
}

/** The author a question names, in Chinese or in pinyin (jin yezi, jinyezi). */
function namesAuthor(folded: string, name: string): boolean {
  const latin = nameInPinyin(name).toLowerCase();
  return folded.includes(name) || folded.includes(latin) || folded.includes(latin.replace(' ', ''));
}

const MAX_OUTLETS = 3;

function publisherResult(source: Source): SourceResult {
  return {
    ...sourceResult(source, 1),
    text: `${source.publisher}《${source.title}》（${source.date}）`,
    en: `${source.publisher}: "${source.title}" (${source.date})`,
  };
}

/**
 * The answer to "which outlet published…": the source whose author the question names, else the sources
 * of the records that best answer the rest of the question; undefined when it asks no outlet, or
 * nothing answers the rest closely.
 */
export function outletResults(
  records: Records,
  engine: SearchEngine,
  folded: string,
): SourceResult[] | undefined {
  if (!ASKS_PUBLISHER.test(folded)) return undefined;
  const byAuthor = [...records.sources.values()].filter(
    (s) => s.author !== undefined && s.author.split('、').some((name) => namesAuthor(folded, name)),
  );
  if (byAuthor.length === 1) return [publisherResult(byAuthor[0]!)];
  // Many outlets carried the same news: those of the records that match the rest of the question about
  // as well as the best, when it matches nearly all of it; a looser match would name an unrelated article.
  // A year named is the year of the news: an article of another year reported other news.
  const year = /(?<!\d)(?:19|20)\d{2}(?!\d)/.exec(folded)?.[0];
  const hits = engine
    .search(topicOf(folded))
    .filter((h) => year === undefined || h.doc.date.startsWith(year) || h.doc.name.includes(year));
  const best = hits[0]?.coverage ?? 0;
  if (best < TUNING.outletCoverage) return undefined;
  const sources = [
    ...new Set(hits.filter((h) => h.coverage >= best - TUNING.outletCoverageGap).map((h) => h.doc.source)),
  ].flatMap((id) => records.sources.get(id) ?? []);
  return sources.slice(0, MAX_OUTLETS).map(publisherResult);
}
