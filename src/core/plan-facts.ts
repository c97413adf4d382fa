import type { Plan, PlanFact } from './data/schema.js';
import { foldText } from './text/fold.js';

/**
 * What a question about a plan asks beyond its topic: when it happened, where, who did it, how it is
 * carried out, or how it turned out. Read from the question's wording, and from each fact's own text.
 */
export type FactFacet = 'when' | 'where' | 'who' | 'how' | 'outcome';

/** One fact of a plan as its own record: `plan-2024-2026#fact-4` is the plan's fourth fact. */
export interface IndexedFact {
  id: string;
  plan: Plan;
  fact: PlanFact;
  /** 1-based position in the plan's `facts`. */
  n: number;
}

/** The record id of a plan's n-th fact (1-based). */
export function planFactId(planId: string, n: number): string {
  return `${planId}#fact-${n}`;
}

/** Every fact of every plan, with its id. */
export function indexFacts(plans: readonly Plan[]): IndexedFact[] {
  return plans.flatMap((plan) =>
    plan.facts.map((fact, i) => ({ id: planFactId(plan.id, i + 1), plan, fact, n: i + 1 })),
  );
}

// Matched against the folded (lower-case, simplified) question.
const ASKED: [FactFacet, RegExp][] = [
  [
    'when',
    /(什么|啥)时候|何时|哪(一)?(天|年|月)|几月|几号|日期|时间|\bwhen\b|\bwhat (date|day|year|month)\b/,
  ],
  [
    'where',
    /哪里|哪儿|在哪|何地|地点|哪(次|个|场)会|什么会|\bwhere\b|\bwhich (meeting|city|place)\b|\bwhat meeting\b/,
  ],
  ['who', /谁|哪(个|家)?(部门|单位|机构)|由哪|\bwho\b|\bwhich (body|office|department|agency)\b/],
  [
    'outcome',
    /完成得|完成情况|成效|效果|怎么样|如何了|\bhow (did|well)\b|\b(results?|outcomes?|achieve\w*)\b/,
  ],
  ['how', /怎么|如何|怎样|什么方式|\bhow (is|are|was|were|will|do|does)\b|\bin what way\b/],
];

/** The facet a question asks for, if its wording asks for one (first match wins: 怎么样 is an outcome). */
export function askedFacet(question: string): FactFacet | undefined {
  const text = foldText(question);
  return ASKED.find(([, pattern]) => pattern.test(text))?.[0];
}

// Matched against a fact's Chinese text: what kind of question it can answer.
const STATES: Record<FactFacet, RegExp> = {
  when: /\d{4}年|\d{1,2}月|\d{1,2}日/,
  where: /召开|举行|在[\p{Script=Han}]{2,6}(召开|举行)|座谈会|会议/u,
  who: /由.+(印发|发布|制定|通过)|办公室|责任单位/,
  how: /推进|通过项目|清单|分解|结合|分工|落实|落到实处/,
  outcome: /达到|完成|目标|成效|评估/,
};

/** The facets a fact's text answers. */
export function factFacets(text: string): Set<FactFacet> {
  // A plan's title in 《》 names its years and its adoption, which are not what the fact states.
  const own = text.replace(/《[^》]*》/g, '');
  return new Set((Object.keys(STATES) as FactFacet[]).filter((facet) => STATES[facet].test(own)));
}

/**
 * English words for the verbs the facts are written with, so "When was the plan released?" meets
 * "2024年7月25日正式发布" (the glossary holds topic terms, not these verbs).
 */
const VERBS_EN: [RegExp, string][] = [
  [/发布/, 'released published publication'],
  [/印发/, 'issued released'],
  [/审议通过|原则通过/, 'adopted approved passed'],
  [/召开|座谈会/, 'meeting held'],
  [/制定/, 'drawn drafted adopted'],
  [/推进|落实|落到实处/, 'implemented carried'],
  [/评估/, 'evaluated evaluation review'],
];

/** Index words a fact adds for its facets: the English verbs of what it states. */
export function factKeywords(text: string): string {
  return VERBS_EN.filter(([pattern]) => pattern.test(text))
    .map(([, words]) => words)
    .join(' ');
}
