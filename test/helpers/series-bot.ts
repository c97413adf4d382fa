import { createPlanBot, type PlanBot } from '../../src/core/planbot.js';

const FIXTURE = new URL('./fixture-data', import.meta.url).pathname;

let shared: PlanBot | undefined;
/** A core on the test fixtures, whose high-speed rail figures form a dated series (drawn as a chart). */
export function seriesBot(): PlanBot {
  shared ??= createPlanBot({ dataDir: FIXTURE });
  return shared;
}

/** A question the fixtures answer with a dated series. */
export const SERIES_QUESTION = '长三角高铁营业里程';
