import type { Area } from '../data/schema.js';
import type { Records } from '../data/records.js';
import type { SearchEngine } from '../search/engine.js';
import { foldText } from '../text/fold.js';
import { TUNING } from '../ranking/tuning.js';

const strip = (text: string): string => foldText(text).replace(/[\s\p{P}\p{S}]+/gu, '');

interface AreaNames {
  name: string;
  short: string;
  all: string[];
}

const cache = new WeakMap<Records, Map<Area, AreaNames>>();

/** Every name of every area, folded once per knowledge base. */
function namesOf(records: Records): Map<Area, AreaNames> {
  let names = cache.get(records);
  if (names === undefined) {
    names = new Map(
      records.currentAreas.map((a) => [
        a,
        {
          name: strip(a.name),
          short: strip(a.short),
          all: [a.id, String(a.order), a.short, a.name, a.en, ...a.keywords].map(strip),
        },
      ]),
    );
    cache.set(records, names);
  }
  return names;
}

/**
 * The area of the newest plan that a user's word names: its id, order number, short name, name,
 * a keyword, its English name, or a close Chinese match (生态 → 生态环境共保联治). Undefined when none.
 */
export function resolveArea(records: Records, engine: SearchEngine, input: string): Area | undefined {
  const areas = records.currentAreas;
  const wanted = strip(input);
  if (wanted.length === 0) return undefined;
  const names = namesOf(records);
  const of = (a: Area): AreaNames => names.get(a)!;

  const exact = areas.find((a) => of(a).all.includes(wanted));
  if (exact !== undefined) return exact;
  const contained = areas.filter((a) => of(a).name.includes(wanted) || of(a).short.includes(wanted));
  if (contained.length === 1) return contained[0];
  const containing = areas.find((a) => wanted.includes(of(a).short));
  if (containing !== undefined) return containing;

  // Otherwise let the index decide among the areas and their tasks; a task votes for its area.
  for (const hit of engine.search(input, { kinds: ['area', 'task'] })) {
    if (hit.coverage < TUNING.areaCoverage) break;
    const area = hit.doc.area === undefined ? undefined : records.areas.get(hit.doc.area);
    if (area !== undefined && areas.includes(area)) return area;
  }
  return undefined;
}
