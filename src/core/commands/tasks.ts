import type { CommandDefinition } from './command.js';
import { resolveArea } from '../question/areas.js';
import { areaResult, taskResult } from '../results/from-records.js';

/** `/tasks [area]`: the tasks of one area; with none, the areas with their task counts. */
export const tasksCommand: CommandDefinition = {
  name: 'tasks',
  run({ records, engine }, { arg }) {
    const areas = records.currentAreas.map((a) => areaResult(records, a, 1));
    if (arg.length === 0) return { answered: areas.length > 0, intent: 'list', results: areas };
    const area = resolveArea(records, engine, arg);
    if (area === undefined) return { answered: false, intent: 'list', results: areas, error: 'unknown-area' };
    const tasks = (records.tasksByArea.get(area.id) ?? []).map((t) => taskResult(records, t, 1));
    // The sources name no task of this area: the area itself (with any stated count) is the answer.
    const results = tasks.length > 0 ? tasks : [areaResult(records, area, 1)];
    return { answered: true, intent: 'list', results, area: area.id };
  },
};
