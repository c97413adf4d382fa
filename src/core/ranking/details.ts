import type { AskedDetails } from '../question/details.js';
import { PROVINCES } from '../question/places.js';
import type { Result } from '../types.js';
import { bigrams, stemLatin } from '../search/analyzer.js';
import { ENGLISH_STOP_TERMS } from '../search/stop-terms.js';

const PER_UNIT_WORDS =
  /每|单个|单项|人均|平均|上限|最高|最多|\bper\b|\beach\b|\baverage\b|\bcap(?:ped)?\b|\bmaximum\b|\bup to\b/;
// What says a plan came true (已开通, 建成, launched), as opposed to the plan's own words.
const DONE_WORDS =
  /已|建成|开通|通车|完成|实现|成功|启动|上线|投运|获批|落地|成立|揭牌|挂牌|\b(?:opened|completed|launched|built|approved|achieved|set up|established|started|began)\b/;
export const VENUE_WORDS =
  /会场|发布厅|新闻厅|会议中心|会展中心|大厦|酒店|宾馆|饭店|大楼|礼堂|会堂|大厅|会议厅|宴会厅|展览馆|\b(?:hall|hotel|auditorium|(?:conference|convention|exhibition) cent(?:er|re))\b/;
const CONDITION_WORDS =
  /条件|资格|门槛|必须|须(?:具备|满足)|需(?:具备|满足|符合)|\b(?:eligib\w*|requirements?|must|criteria)\b/;
const TENURE_WORDS = /上任|就任|到任|任职|出任|接任|任命|\b(?:took office|appointed|became)\b/;
// A count of a plan's areas (方面数, 合作领域数), not of its tasks.
const AREA_COUNT_WORDS = /方面数|领域数|[\d一二三四五六七八九十]+\s*(?:个|大)?(?:方面|领域)|\bareas of\b/;
const NATIONAL_WORDS = /全国|\b(?:china|nationwide|national)\b/;
// A sentence about the nation says so (全国…); 国家科学中心 names a national body, not the nation's count.
const NATION_IN_WORDS = /全国|\b(?:nationwide|across china|in china|china'?s)\b/;
const MIN_PROVINCES = 2;
// Steps of a service (预约, 带身份证, 登录…), not its name.
const PROCEDURE_WORDS =
  /流程|步骤|预约|材料|证件|身份证|登录|扫码|小程序|\bapp\b|\b(?:steps?|appointment|register|log in|documents? needed)\b/;
const DEADLINE_WORDS = /截止|\b(?:deadline|due)\b/;
const INCENTIVE_WORDS = /税|优惠|\b(?:tax|incentives?|preferential)\b/;
const CONTACT_WORDS = /电话|热线|邮箱|@|网址|https?:|\b(?:phone|hotline|e-?mail|website)\b/;
// What a person did before: 曾任, 此前任…, "formerly".
const CAREER_WORDS = /曾任|历任|此前|之前任|原任|毕业于|出身|\b(?:formerly|previously|former|graduated)\b/;
// A document's number: 沪府发〔2024〕12号.
const DOC_NUMBER_WORDS = /文号|〔\d{4}〕|\[\d{4}\]\s*\d+\s*号|\bdocument no\b/;

/** Whether a result gives each detail the question asks for (question/details.ts). */
export function meetsDetails(r: Result, d: AskedDetails, words: string): boolean {
  return (
    (d.perUnit !== true || PER_UNIT_WORDS.test(words)) &&
    (d.breakdown !== true || PROVINCES.filter((p) => words.includes(p)).length >= MIN_PROVINCES) &&
    (d.status !== true || (r.kind !== 'task' && (r.kind === 'stat' ? !r.target : DONE_WORDS.test(words)))) &&
    (d.venue !== true || VENUE_WORDS.test(words)) &&
    (d.item === undefined || !listsAmongOthers(r, d.item)) &&
    (d.condition !== true || CONDITION_WORDS.test(words)) &&
    (d.tenure !== true || TENURE_WORDS.test(words)) &&
    (d.areaCount !== true || (r.kind !== 'stat' && r.kind !== 'plan') || AREA_COUNT_WORDS.test(words)) &&
    (d.member === undefined || namesEntry(words, d.member)) &&
    (d.procedure !== true || PROCEDURE_WORDS.test(words)) &&
    (d.docNumber !== true || DOC_NUMBER_WORDS.test(words)) &&
    (d.deadline !== true || DEADLINE_WORDS.test(words)) &&
    (d.incentive !== true || INCENTIVE_WORDS.test(words)) &&
    (d.career !== true || CAREER_WORDS.test(words)) &&
    (d.contact !== true || CONTACT_WORDS.test(words)) &&
    (d.national !== true ||
      (r.kind === 'stat' ? r.scope === '全国' || NATIONAL_WORDS.test(r.scope) : NATION_IN_WORDS.test(words)))
  );
}

// A list's separators: 、 in Chinese, commas in English.
const ITEMS = /[、，,；;]|\band\b/;
const MAX_ITEM = 8;

/**
 * A record that names the item as one short entry of a list (涵盖出行、养老、医疗…) does not describe it.
 * The entry may word it otherwise (外国人出入境免签 for 外国人免签入境): half its pairs of characters do.
 */
function listsAmongOthers(r: Result, item: string): boolean {
  return [r.text ?? '', r.en ?? ''].some((text) => {
    const entries = text
      .toLowerCase()
      .split(ITEMS)
      .map((e) => e.trim());
    return (
      entries.length > 2 &&
      entries.some((e) => namesItem(e, item) && Array.from(e).length <= Array.from(item).length + MAX_ITEM)
    );
  });
}

/** Whether a text names an entry asked about: in Chinese as `namesItem`; in English, half its words by stem. */
export function namesEntry(words: string, entry: string): boolean {
  if (/\p{Script=Han}/u.test(entry)) return namesItem(words, entry);
  const stems = new Set((words.match(/[a-z]+/g) ?? []).map(stemLatin));
  const asked = (entry.match(/[a-z]+/g) ?? []).filter((w) => w.length > 2 && !ENGLISH_STOP_TERMS.has(w));
  return asked.filter((w) => stems.has(stemLatin(w))).length * 2 >= asked.length && asked.length > 0;
}

/** Whether a list entry or clause names the item: whole, or half its pairs of characters. */
export function namesItem(entry: string, item: string): boolean {
  if (entry.includes(item)) return true;
  const pairs = bigrams(Array.from(item));
  return pairs.length > 1 && pairs.filter((p) => entry.includes(p)).length * 2 >= pairs.length;
}
