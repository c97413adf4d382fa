import type { AreaResult, DocumentResult, EventResult, Lang, PlanResult, StatResult } from '../types.js';
import type { Records } from '../data/records.js';
import { statValueEn, statValueZh } from '../text/figures.js';
import { dateEn, dateZh } from '../text/dates.js';
import { countryNameEn } from '../question/countries.js';

/*
 * One sentence per result kind, from the record's own fields: the figure with its qualifier, its date
 * and its scope, so the sentence says no more than the source does.
 */

/** English names of the places and scopes the data uses; anything else is shown as the data writes it. */
const PLACE_EN: Record<string, string> = {
  长三角: 'YRD',
  上海: 'Shanghai',
  江苏: 'Jiangsu',
  浙江: 'Zhejiang',
  安徽: 'Anhui',
  示范区: 'the demonstration zone',
  中心区: 'the central area',
  南京集群: 'the Nanjing cluster',
  '上海-苏州集群': 'the Shanghai-Suzhou cluster',
  宁波舟山港: 'Ningbo-Zhoushan Port',
};

// How a metric_en already names its scope.
const SCOPE_WORDS_EN: Record<string, RegExp> = {
  长三角: /\b(yrd|yangtze|delta|region\w*)\b/i,
};

export function placeEn(place: string): string {
  return PLACE_EN[place] ?? countryNameEn(place) ?? place;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "High-speed rail…" → "high-speed rail…", but "R&D spending" and "GDP" keep their capitals. */
function lowered(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** "The 2024 YRD leaders' meeting", keeping a title that already starts with its article. */
function theTitle(title: string): string {
  if (/^the\b/i.test(title)) return capitalized(title);
  return `The ${COMMON_FIRST_WORD.test(title) ? lowered(title) : title}`;
}

// Title words that are not names: "First leaders' meeting…" → "The first leaders' meeting…".
const COMMON_FIRST_WORD =
  /^(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Outline|Press|Implementation|Action|Work|Plan|List)\b/;

// A fact that starts with a verb, a date or a preposition says nothing of what it is about.
const SUBJECTLESS_ZH = /^(由|于|在|经|从|自|以|到|至|共|已|将|印发|涵盖|收录|聚焦|审议|提出|\d)/u;
const SUBJECTLESS_EN =
  /^(adopted|issued|published|released|reviewed|revised|passed|drawn|included|covers|focuses|carried|designed|called|attended|heard|broken|signed|held|set|launched|it|its|in|on|by|from|for|per|\d)\b/i;

/** A fact as a sentence, under the name of its plan, document or event when it does not name it itself. */
export function factSentence(text: string, title: string, lang: Lang): string {
  const subjectless = (lang === 'en' ? SUBJECTLESS_EN : SUBJECTLESS_ZH).test(text.trim());
  if (!subjectless) return asSentence(text, lang);
  if (lang === 'en') return asSentence(`${title}: ${lowered(text.trim())}`, lang);
  return asSentence(`${title}：${text.trim()}`, lang);
}

/** A fact's or a record's words as a sentence: one full stop at the end. */
export function asSentence(text: string, lang: Lang): string {
  const trimmed = text.trim().replace(/[，,;；:：、\s]+$/u, '');
  if (lang === 'en') return /[.!?]$/.test(trimmed) ? capitalized(trimmed) : `${capitalized(trimmed)}.`;
  return /[。！？!?]$/u.test(trimmed) ? trimmed : `${trimmed}。`;
}

type DatedStat = Pick<StatResult, 'as_of' | 'value' | 'unit' | 'metric' | 'metric_en'>;

/** The metric names its own date (第三轮…(2024—2026年)…), or the figure is the year it describes. */
function namesItsDate(stat: DatedStat, metric: string): boolean {
  const year = stat.as_of.slice(0, 4);
  return metric.includes(year) || (stat.unit === '年' && String(stat.value) === year);
}

export function statSentence(stat: StatResult, lang: Lang): string {
  return lang === 'en' ? statSentenceEn(stat) : statSentenceZh(stat);
}

function statSentenceZh(stat: StatResult): string {
  const plain = statValueZh({ value: stat.value, unit: stat.unit });
  const value =
    stat.qualifier === 'over'
      ? `超过${plain}`
      : stat.qualifier === 'about'
        ? `约为${plain}`
        : `为${statValueZh(stat)}`;
  const subject = stat.metric.includes(stat.scope) ? stat.metric : `${stat.scope}${stat.metric}`;
  const date = namesItsDate(stat, stat.metric) ? '' : dateZh(stat.as_of);
  let when = '';
  if (date.length > 0) {
    if (stat.target) when = `到${date}，`;
    else if (/^\d{4}-\d{2}/.test(stat.as_of)) when = `截至${date}，`;
    else when = `${date}，`;
  }
  const target = stat.target && !stat.metric.includes('目标') ? '目标' : '';
  return `${when}${subject}${target}${value}。`;
}

function statSentenceEn(stat: StatResult): string {
  const scopeWords = SCOPE_WORDS_EN[stat.scope];
  const scopeEn = placeEn(stat.scope);
  const named =
    scopeWords?.test(stat.metric_en) ??
    stat.metric_en.toLowerCase().includes(scopeEn.replace(/^the /, '').toLowerCase());
  const metric = named ? stat.metric_en : `${stat.metric_en} (${scopeEn})`;
  const value = statValueEn(stat);
  const date = namesItsDate(stat, stat.metric_en) ? '' : dateEn(stat.as_of);
  if (stat.target) {
    const subject = /\btarget\b/i.test(metric) ? capitalized(metric) : `The target for ${lowered(metric)}`;
    return `${subject} is ${value}${date ? ` by ${date}` : ''}.`;
  }
  const when = date.length === 0 ? '' : /^\d{4}-\d{2}/.test(stat.as_of) ? ` as of ${date}` : ` in ${date}`;
  // "stood at at least 90%" reads badly: "was at least 90%".
  const verb = /^at /.test(value) ? 'was' : 'stood at';
  return `${capitalized(metric)} ${verb} ${value}${when}.`;
}

/** "长三角地区一体化发展三年行动计划(2024—2026年)共有165项重点任务，分为9个方面。" */
export function planSentence(records: Records, plan: PlanResult, lang: Lang): string {
  const areas = records.knowledge.areas.filter((a) => a.plan === plan.id).length;
  if (lang === 'en') {
    const title = records.plans.get(plan.id)?.title_en ?? plan.en ?? plan.text;
    const period = title.includes(plan.period) ? '' : ` (${plan.period})`;
    return `${theTitle(title)}${period} has ${plan.task_count} key tasks${areas > 0 ? ` in ${areas} areas` : ''}.`;
  }
  const title = records.plans.get(plan.id)?.title ?? plan.text;
  return `${title}共有${plan.task_count}项重点任务${areas > 0 ? `，分为${areas}个方面` : ''}。`;
}

/** "《长江三角洲区域一体化发展规划纲要》由中共中央、国务院于2019年12月1日印发。" */
export function documentSentence(records: Records, doc: DocumentResult, lang: Lang): string | undefined {
  const record = records.documents.get(doc.id);
  const { issued, issuer, period } = doc;
  if (lang === 'en') {
    const title = theTitle(record?.title_en ?? doc.en ?? doc.text);
    if (issued === undefined && issuer === undefined)
      return period === undefined ? undefined : `${title} covers ${period}.`;
    const by = issuer === undefined ? '' : ` by ${ISSUER_EN[issuer] ?? issuer}`;
    return `${title} was issued${by}${issued === undefined ? '' : ` on ${dateEn(issued)}`}.`;
  }
  const title = `《${record?.title ?? doc.text}》`;
  if (issued === undefined && issuer === undefined)
    return period === undefined ? undefined : `${title}的规划期为${dateZh(period)}。`;
  const by = issuer === undefined ? '' : `由${issuer}`;
  return `${title}${by}${issued === undefined ? '' : `于${dateZh(issued)}`}印发。`;
}

const ISSUER_EN: Record<string, string> = {
  '中共中央、国务院': 'the CPC Central Committee and the State Council',
  国务院: 'the State Council',
  国家发展改革委: 'the National Development and Reform Commission',
  长三角区域合作办公室: 'the YRD Regional Cooperation Office',
};

/** "2024年度长三角地区主要领导座谈会于2024年6月5日在温州举行。" */
export function eventSentence(records: Records, event: EventResult, lang: Lang): string {
  const record = records.events.get(event.id);
  if (lang === 'en') {
    const title = theTitle(record?.title_en ?? event.en ?? event.text);
    return `${title} was held in ${event.place_en} on ${dateEn(event.date)}.`;
  }
  const title = record?.title ?? event.text;
  const theme = event.theme === undefined ? '' : `，主题为“${event.theme}”`;
  return `${title}于${dateZh(event.date)}在${event.place}举行${theme}。`;
}

/** "加强长三角科技创新跨区域协同方面共有20项重点任务。" */
export function areaSentence(area: AreaResult, lang: Lang): string | undefined {
  if (area.task_count === undefined) return undefined;
  if (lang === 'en') return `The area “${area.en ?? area.short}” has ${area.task_count} key tasks.`;
  return `${area.text}方面共有${area.task_count}项重点任务。`;
}
