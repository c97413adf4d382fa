import type { Knowledge, Source } from '../data/schema.js';
import { factKeywords, indexFacts } from '../data/plan-facts.js';

/**
 * What a search document stands for; `passage` is a sentence or short paragraph of a source, `fact` one
 * of a plan's facts (when it was adopted, who issued it...).
 */
export type DocKind = 'stat' | 'task' | 'area' | 'plan' | 'fact' | 'passage';

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
  area?: string;
  source: string;
  /** When the record holds: a stat's as_of, else its source's date. Breaks ties towards the newer. */
  date: string;
}

/** Round words users say for each plan, by round number. */
const ROUND_WORDS: Record<number, string> = {
  1: '第一轮 首轮 first round',
  2: '第二轮 second round',
  3: '第三轮 新一轮 最新 third round latest',
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

function passages(source: Source): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const paragraph of source.paragraphs) {
    for (const text of splitPassages(paragraph)) {
      const n = docs.length + 1;
      docs.push({
        key: `passage:${source.id}#${n}`,
        kind: 'passage',
        id: `${source.id}#${n}`,
        name: '',
        en: '',
        keywords: '',
        body: text,
        source: source.id,
        date: source.date,
      });
    }
  }
  return docs;
}

/** Every record of the knowledge base as search documents: stats, tasks, areas, plans, plan facts and passages. */
export function buildDocuments(k: Knowledge): SearchDoc[] {
  const plans = new Map(k.plans.map((p) => [p.id, p]));
  const areas = new Map(k.areas.map((a) => [a.id, a]));
  const planWords = (planId: string | undefined): string => {
    const plan = planId === undefined ? undefined : plans.get(planId);
    return plan === undefined ? '' : `${ROUND_WORDS[plan.round] ?? ''} ${plan.period}`;
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
      en: `${p.title_en} ${p.completion_en ?? ''} ${p.facts.map((f) => f.en).join(' ')}`,
      keywords: `${planWords(p.id)} 三年行动计划 ${p.completion ?? ''}`,
      body: [p.quote, ...p.facts.map((f) => f.text)].join(' '),
      plan: p.id,
      source: p.source,
      date: dateOf(p.source),
    });
  }
  for (const { id, plan, fact } of indexFacts(k.plans)) {
    docs.push({
      key: `fact:${id}`,
      kind: 'fact',
      id,
      name: fact.text,
      en: fact.en,
      keywords: `${planWords(plan.id)} 三年行动计划 plan ${factKeywords(fact.text)}`,
      body: fact.quote,
      plan: plan.id,
      source: fact.source,
      date: dateOf(fact.source),
    });
  }
  for (const source of k.sources) docs.push(...passages(source));
  return docs;
}
