import type { CommandName } from '../types.js';
import type { CommandDefinition } from './command.js';
import { areasCommand } from './areas.js';
import { askCommand } from './ask.js';
import { helpCommand } from './help.js';
import { sourcesCommand } from './sources.js';
import { statsCommand } from './stats.js';
import { tasksCommand } from './tasks.js';

/** Every command, by name. */
export const COMMAND_TABLE: Readonly<Record<CommandName, CommandDefinition>> = {
  ask: askCommand,
  stats: statsCommand,
  tasks: tasksCommand,
  areas: areasCommand,
  sources: sourcesCommand,
  help: helpCommand,
};
