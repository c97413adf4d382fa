import type { Area, Knowledge, Plan, PlanDocument, PlanEvent, Source, Stat, Task } from './schema.js';
import { indexFacts, type IndexedFact } from './plan-facts.js';

/** The knowledge base keyed by id, with the counts commands show. */
export interface Records {
  readonly knowledge: Knowledge;
  readonly stats: ReadonlyMap<string, Stat>;
  readonly tasks: ReadonlyMap<string, Task>;
  readonly areas: ReadonlyMap<string, Area>;
  readonly plans: ReadonlyMap<string, Plan>;
  readonly documents: ReadonlyMap<string, PlanDocument>;
  readonly events: ReadonlyMap<string, PlanEvent>;
  /** Each fact of a plan, document or event by its id (`plan-2024-2026#fact-4`). */
  readonly planFacts: ReadonlyMap<string, IndexedFact>;
  readonly sources: ReadonlyMap<string, Source>;
  /** The plans, newest (highest round) first. */
  readonly plansNewestFirst: readonly Plan[];
  /** The newest plan (undefined only for data with no plan). */
  readonly newestPlan: Plan | undefined;
  /** Areas of the newest plan, in the plan's order. */
  readonly currentAreas: readonly Area[];
  /** Tasks of each area, in data order. */
  readonly tasksByArea: ReadonlyMap<string, readonly Task[]>;
  /** The people who speak in the events' facts, by name in Chinese and in English. */
  readonly speakers: readonly string[];
}

// "张忠伟:…", "凌鸣(江苏省发展改革委副主任):…", "上海市科委副主任屈炜在发布会上…"; "Zhong Lan (…)", "Qu Wei, deputy…".
const SPEAKER_ZH =
  /^(\p{Script=Han}{2,3})(?:[:：]|[(（])|^\p{Script=Han}{2,12}?(?:主任|局长|书记|省长|市长)(\p{Script=Han}{2,3}?)(?:在|介绍|表示|说|[:：])/u;
const SPEAKER_EN = /^([A-Z][a-z]+ [A-Z][a-z]+)(?::| \(|, )/;

function speakersOf(events: readonly PlanEvent[]): string[] {
  const names = new Set<string>();
  for (const event of events)
    for (const fact of event.facts ?? []) {
      const zh = SPEAKER_ZH.exec(fact.text);
      const en = SPEAKER_EN.exec(fact.en ?? '');
      const name = zh?.[1] ?? zh?.[2];
      if (name !== undefined) names.add(name);
      if (en !== null && name !== undefined) names.add(en[1]!);
    }
  return [...names];
}

/** Keys every record by its id, and works out the newest plan and its areas once. */
export function mapRecords(knowledge: Knowledge): Records {
  const byId = <T extends { id: string }>(list: readonly T[]): Map<string, T> =>
    new Map(list.map((r) => [r.id, r]));
  const tasksByArea = new Map<string, Task[]>();
  for (const task of knowledge.tasks) {
    if (task.area === null) continue;
    const list = tasksByArea.get(task.area) ?? [];
    list.push(task);
    tasksByArea.set(task.area, list);
  }
  const plansNewestFirst = [...knowledge.plans].sort((a, b) => b.round - a.round);
  const newest = plansNewestFirst[0];
  // The areas of the newest plan that has any: a new plan announced before its areas are known keeps
  // /areas and /tasks on the areas the data has.
  const withAreas = plansNewestFirst.find((p) => knowledge.areas.some((a) => a.plan === p.id));
  const currentAreas = knowledge.areas
    .filter((a) => withAreas === undefined || a.plan === withAreas.id)
    .sort((a, b) => a.order - b.order);
  return {
    knowledge,
    stats: byId(knowledge.stats),
    tasks: byId(knowledge.tasks),
    areas: byId(knowledge.areas),
    plans: byId(knowledge.plans),
    documents: byId(knowledge.documents),
    events: byId(knowledge.events),
    planFacts: byId(indexFacts(knowledge)),
    sources: byId(knowledge.sources),
    plansNewestFirst,
    newestPlan: newest,
    currentAreas,
    tasksByArea,
    speakers: speakersOf(knowledge.events),
  };
}
