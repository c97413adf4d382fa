import type { Records } from '../data/records.js';
import type { SearchEngine, SearchHit } from '../search/engine.js';
import { readQuestion } from '../text/fold.js';
import { normalizeNumerals } from '../text/numerals.js';
import { listSizes, namedCount } from '../text/lists.js';

// "四个统筹都有啥", "三大新使命是什么", "what are the four coordinations": the items, not how many.
const ASKS_ITEMS =
  /(都|分别)?(有|是|包括|指)(啥|什么|哪些|哪几)|哪(几|些)(个|项|条)?(是|呢|$)|哪[一二三四五六七八九十两\d]+(个|项|条|大|件)?|都有啥|\bwhat (are|were) (the|they)\b|\blist (the|them)\b/;
const ASKS_COUNT = /多少|几(个|项|条|家|件|批|大)?(?!是)|\bhow many\b/;

/** A count small enough that the sentence it was quoted from names each item. */
const MAX_ITEMS = 20;
const COUNTED = /^(个|项|条|家|件|批|大)$/;

/**
 * "四个统筹都有啥": the best record is the count (4个), and the items are in the sentence the count was
 * quoted from. That passage leads the hits, the count after it.
 */
export function withItemsOfCount(
  records: Records,
  engine: SearchEngine,
  hits: readonly SearchHit[],
  question: string,
): SearchHit[] {
  const best = hits[0];
  const folded = readQuestion(question);
  if (
    best?.doc.kind !== 'stat' ||
    !ASKS_ITEMS.test(folded) ||
    ASKS_COUNT.test(folded.replace(ASKS_ITEMS, ''))
  )
    return [...hits];
  const stat = records.stats.get(best.doc.id);
  if (stat === undefined || !COUNTED.test(stat.unit) || stat.value > MAX_ITEMS) return [...hits];
  const passage = [...engine.documents.values()].find(
    (d) => d.kind === 'passage' && d.source === stat.source && d.body.includes(stat.quote),
  );
  if (passage === undefined) return [...hits];
  return [{ ...best, doc: passage }, ...hits.filter((h) => h.doc.key !== passage.key)];
}

/**
 * "示范区是哪三个地方": of the records that match nearly as well as the best, one that lists exactly
 * three things (上海青浦、江苏吴江、浙江嘉善) goes first, before one listing two clusters.
 */
export function withListOfSize(
  hits: readonly SearchHit[],
  question: string,
  coverageGap: number,
): SearchHit[] {
  const n = namedCount(normalizeNumerals(readQuestion(question)));
  const best = hits[0];
  if (n === undefined || best === undefined) return [...hits];
  const listing = hits.find(
    (h) => h.coverage >= best.coverage - coverageGap && listSizes(`${h.doc.name} ${h.doc.body}`).includes(n),
  );
  return listing === undefined ? [...hits] : [listing, ...hits.filter((h) => h !== listing)];
}
