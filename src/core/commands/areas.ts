import type { CommandDefinition } from './command.js';
import { areaResult } from '../results/from-records.js';

/** `/areas`: the areas of the newest plan, in its order, with their task counts. */
export const areasCommand: CommandDefinition = {
  name: 'areas',
  run({ records }) {
    const results = records.currentAreas.map((a) => areaResult(records, a, 1));
    return { answered: results.length > 0, intent: 'list', results };
  },
};
