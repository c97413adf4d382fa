import type { CommandDefinition } from './command.js';
import { suggestionResult } from '../results/from-records.js';
import { exampleQuestions } from '../results/examples.js';

/** `/help`: example questions in the user's language. An argument here is a command the bot does not know. */
export const helpCommand: CommandDefinition = {
  name: 'help',
  run({ records }, { arg, lang }) {
    const results = exampleQuestions(records, lang).map((q) => suggestionResult(q));
    if (arg.length > 0) return { answered: false, intent: 'lookup', results, error: 'unknown-command' };
    return { answered: true, intent: 'lookup', results };
  },
};
