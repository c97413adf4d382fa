import type { Answer, Lang, Result, Unmet } from '../types.js';
import type { Records } from '../data/records.js';
import { askedFacet } from '../question/facet.js';
import { isActWord } from '../question/acts.js';
import { factFacets, type FactFacet } from '../data/plan-facts.js';
import { foldText } from '../text/fold.js';
import {
  areaSentence,
  asSentence,
  factSentence,
  documentSentence,
  eventSentence,
  placeEn,
  planSentence,
  statSentence,
} from './lead-sentences.js';

// Matched against the folded question: it asks whether something is so.
const YES_NO =
  /是不是|是否|有没有|能不能|会不会|吗\s*[?？]?\s*$|^\s*(is|are|was|were|did|does|do|has|have|had|can|will)\b/;

const ASKS_WHAT = /\bwhat(?:'s| is| was| are| were)\b|多少|是几/;

/** The question asks for one fact a sentence can give: a figure or count, a date, a place, a person, or yes/no. */
function asksForOneFact(answer: Answer, best: Result): boolean {
  if (answer.intent === 'list') return false;
  if (answer.intent === 'figure') return true;
  // "What is the YRD's high-speed rail length?" reads as a lookup, but a figure answers it.
  if (best.kind === 'stat' && ASKS_WHAT.test(foldText(answer.query))) return true;
  const facet = askedFacet(answer.query);
  return (
    facet === 'when' ||
    facet === 'where' ||
    facet === 'who' ||
    facet === 'role' ||
    YES_NO.test(foldText(answer.query))
  );
}

/**
 * The sentence that answers the question, from the best result (`best`: the first of all results, not
 * of the page); undefined for lists, declines, commands other than ask, and results no sentence can be
 * made of (a task, a passage). A `no-exact` answer leads with what the sources lack, never a figure.
 */
export function composeLead(records: Records, answer: Answer, best: Result | undefined): string | undefined {
  if (answer.command !== 'ask') return undefined;
  if (answer.error === 'no-exact') return unmetSentence(records, answer.unmet, answer.intent, answer.lang);
  if (!answer.answered || (answer.error !== undefined && answer.error !== 'too-long')) return undefined;
  if (best === undefined) return undefined;
  const round = roundSentence(records, answer, best);
  if (round !== undefined) return round;
  if (!asksForOneFact(answer, best)) return undefined;
  return resultSentence(records, best, answer.lang, askedFacet(answer.query));
}

const ASKS_ROUND = /第几轮|哪一?轮|\bwhich (round|plan)\b|\bwhat round\b/;

/** "是第几轮计划提出的": the plan the best record belongs to, by its round and period. */
function roundSentence(records: Records, answer: Answer, best: Result): string | undefined {
  if (!ASKS_ROUND.test(foldText(answer.query))) return undefined;
  const id =
    best.kind === 'plan'
      ? (best.fact?.plan ?? best.id)
      : best.kind === 'task'
        ? best.plan
        : best.kind === 'area'
          ? records.areas.get(best.id)?.plan
          : undefined;
  const plan = id === undefined ? undefined : records.plans.get(id);
  if (plan === undefined) return undefined;
  const round = plan.aliases.find((a) => /^第.轮$/.test(a)) ?? '';
  const roundEn = plan.aliases.find((a) => /^[a-z]+ round$/i.test(a));
  return answer.lang === 'en'
    ? `It is in the ${plan.period} plan${roundEn === undefined ? '' : ` (the ${roundEn})`}.`
    : `出自${round}三年行动计划（${plan.period}年）。`;
}

/**
 * A fact that does not say what was asked ("where" answered by 会议审议通过…) gives way to its event's
 * or document's own card, which always has the date and place (issue date and issuer).
 */
function factAnswers(result: Result & { fact?: object }, facet: FactFacet | undefined): boolean {
  if (facet !== 'when' && facet !== 'where' && facet !== 'who') return true;
  if (result.kind === 'plan') return true;
  if (result.kind === 'document' && facet === 'where') return true;
  // "会议审议…" reads as a meeting's fact, but names no place: only the place itself answers "where".
  if (result.kind === 'event' && facet === 'where') return result.text.includes(result.place);
  if (result.kind === 'event' && facet === 'when') return STATES_SOURCE.when.test(result.text);
  return factFacets(result.text).has(facet);
}

// What a source's own sentence must state to answer a when, where or who question.
const STATES_SOURCE = {
  when: /\d{1,2}月|\d{1,2}日/,
  where: /在[\p{Script=Han}]{2,8}(召开|举行|举办|开幕|上线|发布)|召开|举行/u,
  who: /主任|局长|厅长|书记|部长|省长|市长|秘书长|办公室|委员会|发展改革委|研究院|研究所|大学/,
} as const;
const MAX_SOURCE_SENTENCE = 150;
// "去年8月20日" is dated by its article, not by the day it is read: such a sentence cannot lead alone.
const RELATIVE_DATE = /去年|今年|明年|前年|上月|本月|下月|近日|日前|昨天|今天|上周|本周/;

/**
 * A task's or passage's own source sentence, when it states the date, place or person asked for: the
 * source's words, so never more certain than the source.
 */
function sourceSentence(text: string, facet: FactFacet | undefined): string | undefined {
  if (facet !== 'when' && facet !== 'where' && facet !== 'who') return undefined;
  if (text.length > MAX_SOURCE_SENTENCE || RELATIVE_DATE.test(text) || !STATES_SOURCE[facet].test(text))
    return undefined;
  return asSentence(text, 'zh');
}

function resultSentence(
  records: Records,
  result: Result,
  lang: Lang,
  facet: FactFacet | undefined,
): string | undefined {
  switch (result.kind) {
    case 'stat':
      return statSentence(result, lang);
    case 'plan':
    case 'document':
    case 'event': {
      if (result.fact !== undefined && factAnswers(result, facet)) {
        if (lang === 'en') return factSentence(result.en ?? result.text, result.fact.title_en, lang);
        const title = result.kind === 'event' ? result.fact.title : `《${result.fact.title}》`;
        return factSentence(result.text, title, lang);
      }
      if (result.kind === 'plan') return planSentence(records, result, lang);
      const card = { ...result, id: result.fact?.plan ?? result.id };
      if (card.kind === 'document') return documentSentence(records, card, lang);
      return eventSentence(records, card, lang);
    }
    case 'area':
      return areaSentence(result, lang);
    case 'task':
    case 'passage':
      return lang === 'zh' ? sourceSentence(result.quote ?? result.text, facet) : undefined;
    default:
      return undefined;
  }
}

const ROLE_EN: Readonly<Record<string, string>> = {
  主任: 'the director',
  局长: 'the director-general',
  书记: 'the party secretary',
  省长: 'the governor',
  市长: 'the mayor',
  部长: 'the minister',
  主席: 'the chair',
  秘书长: 'the secretary-general',
};

const MISSING: Readonly<Record<string, { zh: string; en: string }>> = {
  具体日期: { zh: '具体日期', en: 'exact day' },
  具体名单: { zh: '具体名单', en: 'list of names' },
  排名: { zh: '排名', en: 'ranking' },
  原因: { zh: '原因', en: 'reason' },
  单年数值: {
    zh: '单年数值（不是多年或累计的总数）',
    en: 'single-year figure (not a total over several years or to date)',
  },
  另一项数值: {
    zh: '另一项数值（不是问题里给出的那个）',
    en: 'other figure (not the one the question gives)',
  },
};

// What is missing, in English words, for an English lead (unmet.topic itself stays in Chinese).
const TOPIC_EN: Readonly<Record<string, string>> = {
  具体地点: 'the exact place',
  具体时间: 'the exact time',
  具体会场: 'the venue',
  单项数额: 'an amount per item',
  各省市分项: 'a breakdown by province',
  最新进展: 'the latest status',
  全国数值: 'the national figure',
  具体条件: 'the conditions',
  任职时间: 'when the post was taken up',
  方面数: 'the number of areas',
  办理流程: 'the steps to follow',
  文号: 'the document number',
  截止时间: 'the deadline',
  优惠政策: 'a tax break or preferential policy',
  个人履历: 'the person’s career',
  联系方式: 'contact details',
  具体目标: 'a target in figures',
  尚未完成的部分: 'what is not done yet',
  进口: 'imports alone',
};

/** The missing topic as an English lead names it. */
function topicEn(topic: string): string {
  const listed = /^(.+)是否在列$/.exec(topic)?.[1];
  if (listed !== undefined) return `whether “${listed}” is listed`;
  const item = /^(.+)的具体内容$/.exec(topic)?.[1];
  if (item !== undefined) return `what the “${item}” item holds`;
  return TOPIC_EN[topic] ?? `“${topic}”`;
}

/** 「资料里没有江苏2019年的数值。」 / "The sources give no figure for Jiangsu, 2019." */
export function unmetSentence(
  records: Records,
  unmet: Unmet | undefined,
  intent: Answer['intent'],
  lang: Lang,
): string {
  const figure = intent === 'figure';
  const u = unmet ?? {};
  // A part, batch or round the data lacks is named; a theme, an earlier holder or an act is said by the rest.
  // "what exact day", "which ones": the day or the names are what is missing, said in place of 数值 or 记录.
  const missing = u.topic !== undefined && Object.hasOwn(MISSING, u.topic) ? MISSING[u.topic] : undefined;
  const topic =
    u.topic === undefined || missing !== undefined || /^(主题|历任)$/.test(u.topic) || isActWord(u.topic)
      ? undefined
      : u.topic;
  if (lang === 'en') {
    const areaEn =
      u.area === undefined ? undefined : [...records.areas.values()].find((a) => a.short === u.area)?.en;
    const parts = [
      u.place === undefined ? undefined : placeEn(u.place),
      u.year?.replace('、', ' or '),
      u.plan === undefined ? undefined : `the ${u.plan} plan`,
      u.area === undefined ? undefined : `the area “${areaEn ?? u.area}”`,
      u.person === undefined ? undefined : (ROLE_EN[u.person] ?? u.person),
      topic === undefined ? undefined : /^(第.批|首批)$/.test(topic) ? 'that batch' : topicEn(topic),
    ].filter((p): p is string => p !== undefined);
    const what = missing?.en ?? (figure ? 'figure' : 'record');
    if (parts.length === 0 && missing !== undefined) return `The sources give no ${what}.`;
    return parts.length === 0
      ? `The sources give no ${what} that matches the question exactly.`
      : `The sources give no ${what} for ${parts.join(', ')}.`;
  }
  const parts = [
    u.place,
    // 2020、2021: years asked side by side.
    u.year === undefined
      ? undefined
      : /^\d{4}(?:、\d{4})*$/.test(u.year)
        ? `${u.year.replace(/、/g, '年、')}年`
        : u.year,
    u.plan === undefined ? undefined : `${u.plan}年行动计划`,
    u.area === undefined ? undefined : `${u.area}方面`,
    u.person,
    topic === undefined ? undefined : /^[a-z]/i.test(topic) ? `“${topic}”` : topic,
  ].filter((p): p is string => p !== undefined);
  const what = missing?.zh ?? (figure ? '数值' : '记录');
  if (parts.length === 0) return missing ? `资料里没有${what}。` : `资料里没有完全符合问题的${what}。`;
  return `资料里没有${parts.join('')}的${what}。`;
}
