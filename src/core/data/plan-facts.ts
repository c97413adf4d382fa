import type { Knowledge, Plan, PlanDocument, PlanEvent, PlanFact } from './schema.js';

/**
 * What a question about a plan asks beyond its topic: when it happened, where, who did it, how it is
 * carried out, or how it turned out. Read from the question's wording, and from each fact's own text.
 */
export type FactFacet = 'when' | 'where' | 'who' | 'role' | 'how' | 'outcome';

/** What holds facts: a three-year plan, another document (the 纲要…) or an event (a leaders' meeting…). */
export type FactOwner =
  | { kind: 'plan'; record: Plan }
  | { kind: 'document'; record: PlanDocument }
  | { kind: 'event'; record: PlanEvent };

/** One fact of a plan, document or event as its own record: `plan-2024-2026#fact-4` is the plan's fourth fact. */
export interface IndexedFact {
  id: string;
  owner: FactOwner;
  fact: PlanFact;
  /** 1-based position in the owner's `facts`. */
  n: number;
}

/** The record id of a plan's (document's, event's) n-th fact (1-based). */
export function planFactId(ownerId: string, n: number): string {
  return `${ownerId}#fact-${n}`;
}

/** Every fact of every plan, document and event, with its id. */
export function indexFacts(k: Pick<Knowledge, 'plans' | 'documents' | 'events'>): IndexedFact[] {
  const owners: FactOwner[] = [
    ...k.plans.map((record) => ({ kind: 'plan' as const, record })),
    ...k.documents.map((record) => ({ kind: 'document' as const, record })),
    ...k.events.map((record) => ({ kind: 'event' as const, record })),
  ];
  return owners.flatMap((owner) =>
    owner.record.facts.map((fact, i) => ({ id: planFactId(owner.record.id, i + 1), owner, fact, n: i + 1 })),
  );
}

// A post someone holds: a fact naming one answers who and what position.
const ROLE_WORDS = /主任|局长|厅长|书记|省长|市长|部长|主席|秘书长|司长|发言人/;

// Matched against a fact's Chinese text: what kind of question it can answer.
const STATES: Record<FactFacet, RegExp> = {
  when: /\d{4}年|\d{1,2}月|\d{1,2}日/,
  where: /召开|举行|在[\p{Script=Han}]{2,6}(召开|举行)|座谈会|会议/u,
  who: new RegExp(`由.+(印发|发布|制定|通过)|办公室|责任单位|${ROLE_WORDS.source}`),
  role: ROLE_WORDS,
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
