import type { Knowledge, PlanDocument, PlanEvent, Source } from '../data/schema.js';
import { factKeywords, indexFacts } from '../data/plan-facts.js';
import { PLACES, PROVINCES } from '../question/places.js';

/**
 * What a search document stands for; `passage` is a sentence or short paragraph of a source, `fact` one
 * of a plan's facts (when it was adopted, who issued it...).
 */
export type DocKind = 'stat' | 'task' | 'area' | 'plan' | 'document' | 'event' | 'fact' | 'passage';

/** One record as the index sees it. Fields are plain text; the analyzer turns them into terms. */
export interface SearchDoc {
  /** `<kind>:<record id>`, unique across kinds. */
  key: string;
  kind: DocKind;
  id: string;
  /** What the record is called: metric, task text, area name, plan title. */
  name: string;
  /** English name or rendering. */
  en: string;
  /** Keywords, area short name and plan words that point at the record. */
  keywords: string;
  /** The sentence it was drawn from (its quote), or the passage itself. */
  body: string;
  plan?: string;
  /** The document (纲要, 实事项目 list…) it belongs to: not any plan's record. */
  document?: string;
  /** The meeting a fact belongs to (what it adopted, who spoke). */
  event?: string;
  area?: string;
  source: string;
  /** When the record holds: a stat's as_of, else its source's date. Breaks ties towards the newer. */
  date: string;
}

function planOfEvent(k: Knowledge, e: PlanEvent): { plan?: string } {
  const plan = k.plans.find((p) => e.title.includes(`三年行动计划(${p.period}年)`));
  return plan === undefined ? {} : { plan: plan.id };
}

const EVENT_WORDS: Record<PlanEvent['kind'], string> = {
  'leaders-meeting': '主要领导座谈会 座谈会 会议 开会 leaders meeting symposium',
  forum: '高层论坛 论坛 forum',
  'press-briefing': '新闻发布会 发布会 press briefing conference',
  symposium: '座谈会 会议 symposium',
};
const DOCUMENT_WORDS: Record<PlanDocument['kind'], string> = {
  outline: '规划纲要 纲要 outline',
  'implementation-plan': '实施方案 方案 implementation scheme',
  'project-list': '实事项目 清单 实事 projects list',
  'work-plan': '工作计划 work plan',
  'action-plan': '行动计划 action plan',
};

const MAX_PASSAGE = 160;

/** Cuts a paragraph into sentences, merging short ones, so a passage is about one thing. */
export function splitPassages(paragraph: string): string[] {
  const sentences = paragraph.match(/[^。！？!?；;]+[。！？!?；;]*[”"’）)]*/g) ?? [paragraph];
  const out: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    if (current.length > 0 && current.length + sentence.length > MAX_PASSAGE) {
      out.push(current);
      current = '';
    }
    current += sentence;
    if (current.length >= 40) {
      out.push(current);
      current = '';
    }
  }
  if (current.trim().length > 0) out.push(current);
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

const PROVINCE = new RegExp(PROVINCES.join('|'), 'g');

/** The one province a source speaks for (浙江's own article): its passages are about it where they do not say so. */
function provinceOf(source: Source): string {
  const named = new Set(`${source.title} ${source.publisher}`.match(PROVINCE) ?? []);
  if (named.size !== 1) return '';
  const zh = [...named][0]!;
  // In English too: "which province released the first GEP standard" asks 浙江's article.
  const en = PLACES.find(([name]) => name === zh)?.[1] ?? '';
  return `${zh} ${en}`.trim();
}

function passages(source: Source): SearchDoc[] {
  const docs: SearchDoc[] = [];
  const province = provinceOf(source);
  for (const paragraph of source.paragraphs) {
    for (const text of splitPassages(paragraph)) {
      const n = docs.length + 1;
      docs.push({
        key: `passage:${source.id}#${n}`,
        kind: 'passage',
        id: `${source.id}#${n}`,
        name: '',
        en: '',
        keywords: province,
        body: text,
        source: source.id,
        date: source.date,
      });
    }
  }
  return docs;
}

/** Words that find an event: its place, year, kind and aliases. */
function eventWords(e: PlanEvent): string {
  return `${e.place} ${e.place_en} ${e.date.slice(0, 4)}年 ${e.date.slice(0, 4)} ${EVENT_WORDS[e.kind]} ${e.aliases.join(' ')}`;
}

/** Every record of the knowledge base as search documents: stats, tasks, areas, plans, plan facts and passages. */
export function buildDocuments(k: Knowledge): SearchDoc[] {
  const plans = new Map(k.plans.map((p) => [p.id, p]));
  const newest = [...k.plans].sort((a, b) => b.round - a.round)[0];
  const areas = new Map(k.areas.map((a) => [a.id, a]));
  const planWords = (planId: string | undefined): string => {
    const plan = planId === undefined ? undefined : plans.get(planId);
    if (plan === undefined) return '';
    return `${plan.aliases.join(' ')} ${plan.period}${plan === newest ? ' 新一轮 最新 latest' : ''}`;
  };
  // Only the area's short name: with all its keywords every ecology task would match 太湖 and every
  // industrial-cluster task 新能源汽车, padding each answer with the area's other tasks.
  const areaWords = (areaId: string | null | undefined): string => {
    const area = areaId == null ? undefined : areas.get(areaId);
    return area === undefined ? '' : area.short;
  };

  const sourceDates = new Map(k.sources.map((s) => [s.id, s.date]));
  const dateOf = (sourceId: string): string => sourceDates.get(sourceId) ?? '';
  const docs: SearchDoc[] = [];
  for (const s of k.stats) {
    docs.push({
      key: `stat:${s.id}`,
      kind: 'stat',
      id: s.id,
      name: s.metric,
      en: s.metric_en,
      keywords: `${s.scope} ${s.target ? '目标' : ''}`,
      body: s.quote,
      plan: s.plan,
      area: s.area,
      source: s.source,
      date: s.as_of,
    });
  }
  for (const t of k.tasks) {
    docs.push({
      key: `task:${t.id}`,
      kind: 'task',
      id: t.id,
      name: t.text,
      en: t.en,
      keywords: areaWords(t.area),
      body: t.quote,
      plan: t.plan,
      area: t.area ?? undefined,
      source: t.source,
      date: dateOf(t.source),
    });
  }
  for (const a of k.areas) {
    docs.push({
      key: `area:${a.id}`,
      kind: 'area',
      id: a.id,
      name: `${a.name} ${a.short}`,
      en: a.en,
      keywords: a.keywords.join(' '),
      body: a.quote,
      plan: a.plan,
      area: a.id,
      source: a.source,
      date: dateOf(a.source),
    });
  }
  for (const p of k.plans) {
    docs.push({
      key: `plan:${p.id}`,
      kind: 'plan',
      id: p.id,
      name: p.title,
      // Its facts are documents of their own; holding their words too, the plan would answer for any of them.
      en: `${p.title_en} ${p.completion_en ?? ''}`,
      keywords: `${planWords(p.id)} 三年行动计划 ${p.completion ?? ''}`,
      body: p.quote,
      plan: p.id,
      source: p.source,
      date: dateOf(p.source),
    });
  }
  for (const d of k.documents) {
    docs.push({
      key: `document:${d.id}`,
      kind: 'document',
      id: d.id,
      name: d.title,
      en: d.title_en,
      keywords: `${d.aliases.join(' ')} ${DOCUMENT_WORDS[d.kind]} ${d.issuer ?? ''} ${d.period ?? ''}`,
      body: d.quote,
      document: d.id,
      source: d.source,
      date: d.issued ?? dateOf(d.source),
    });
  }
  for (const e of k.events) {
    docs.push({
      key: `event:${e.id}`,
      kind: 'event',
      id: e.id,
      name: `${e.title} ${e.place}`,
      en: `${e.title_en} ${e.place_en}`,
      keywords: eventWords(e),
      body: `${e.quote} ${e.theme ?? ''}`,
      // The briefing that released a plan (…三年行动计划(2024—2026年)新闻发布会) is that plan's.
      ...planOfEvent(k, e),
      source: e.source,
      date: e.date,
    });
  }
  for (const { id, owner, fact } of indexFacts(k)) {
    const about =
      owner.kind === 'plan'
        ? `${planWords(owner.record.id)} 三年行动计划 plan`
        : owner.kind === 'document'
          ? `${owner.record.title} ${owner.record.aliases.join(' ')} ${DOCUMENT_WORDS[owner.record.kind]}`
          : `${owner.record.title} ${eventWords(owner.record)}`;
    const doc: SearchDoc = {
      key: `fact:${id}`,
      kind: 'fact',
      id,
      name: fact.text,
      en: fact.en,
      keywords: `${about} ${factKeywords(fact.text)}`,
      body: fact.quote,
      source: fact.source,
      date: owner.kind === 'event' ? owner.record.date : dateOf(fact.source),
    };
    if (owner.kind === 'plan') doc.plan = owner.record.id;
    if (owner.kind === 'document') doc.document = owner.record.id;
    if (owner.kind === 'event') doc.event = owner.record.id;
    docs.push(doc);
  }
  for (const source of k.sources) docs.push(...passages(source));
  return docs;
}
