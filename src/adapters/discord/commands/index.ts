import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { COMMANDS } from '../../../core/types.js';
import type { Knowledge } from '../../../core/data/schema.js';
import { areas } from './areas.js';
import { ask } from './ask.js';
import type { SlashCommand } from './command.js';
import { help } from './help.js';
import { sources } from './sources.js';
import { stats } from './stats.js';
import { tasks } from './tasks.js';

export type { SlashCommand } from './command.js';
export { areaChoices } from './tasks.js';

/** Every slash command, one per core command. */
export const slashCommands: readonly SlashCommand[] = [ask, stats, tasks, areas, sources, help];

/** The commands by name; checks at load that each core command has exactly one well-formed handler. */
export function commandTable(commands: readonly SlashCommand[] = slashCommands): Map<string, SlashCommand> {
  const table = new Map<string, SlashCommand>();
  for (const command of commands) {
    if (typeof command.data !== 'function' || typeof command.execute !== 'function') {
      throw new Error(`discord: command "${command.name}" must export data() and execute()`);
    }
    if (table.has(command.name)) throw new Error(`discord: command "${command.name}" is defined twice`);
    table.set(command.name, command);
  }
  const missing = COMMANDS.filter((name) => !table.has(name));
  if (missing.length > 0) throw new Error(`discord: no slash command for ${missing.join(', ')}`);
  return table;
}

/** The JSON bodies to register (PUT .../commands). */
export function commandDefinitions(knowledge: Knowledge): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return slashCommands.map((c) => c.data(knowledge));
}
