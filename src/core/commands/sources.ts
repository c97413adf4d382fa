import type { CommandDefinition } from './command.js';
import { sourceResult } from '../results/from-records.js';

/** `/sources`: the articles the bot knows, newest first. */
export const sourcesCommand: CommandDefinition = {
  name: 'sources',
  run({ records }) {
    const results = [...records.knowledge.sources]
      .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
      .map((s) => sourceResult(s, 1));
    return { answered: results.length > 0, intent: 'list', results };
  },
};
