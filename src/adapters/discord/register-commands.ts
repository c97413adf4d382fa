import { REST, Routes, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { loadKnowledge } from '../../core/data/load.js';
import type { Knowledge } from '../../core/data/schema.js';
import { commandDefinitions } from './commands/index.js';

export interface RegisterOptions {
  token: string;
  /** REST base URL (DISCORD_REST_API); default the public API. */
  restApi?: string;
  /** The application to register for; default the token's own (GET /applications/@me). */
  applicationId?: string;
  /** Register to this guild only (instant; global commands can take up to an hour to appear). */
  guildId?: string;
  /** The knowledge whose areas become /tasks choices; default the bundled data. */
  knowledge?: Knowledge;
}

export interface RegisterResult {
  applicationId: string;
  scope: 'global' | { guildId: string };
  commands: RESTPostAPIChatInputApplicationCommandsJSONBody[];
}

/** Overwrites the bot's slash commands (PUT, so removed commands disappear too). */
export async function registerCommands(options: RegisterOptions): Promise<RegisterResult> {
  const rest = new REST(options.restApi ? { api: options.restApi } : {}).setToken(options.token);
  try {
    const applicationId =
      options.applicationId ?? ((await rest.get(Routes.currentApplication())) as { id: string }).id;
    const body = commandDefinitions(options.knowledge ?? loadKnowledge());
    const route = options.guildId
      ? Routes.applicationGuildCommands(applicationId, options.guildId)
      : Routes.applicationCommands(applicationId);
    await rest.put(route, { body });
    return {
      applicationId,
      scope: options.guildId ? { guildId: options.guildId } : 'global',
      commands: body,
    };
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
