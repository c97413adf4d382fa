/** The Discord adapter: slash commands, autocomplete, page buttons, mentions and DMs, as embeds. */
export { createDiscordAdapter, type DiscordAdapterOptions } from './adapter.js';
export { buildClient, intentsFor } from './client.js';
export { commandDefinitions, commandTable, slashCommands, type SlashCommand } from './commands/index.js';
export { LIMITS, clip } from './limits.js';
export { langOfLocale } from './locale.js';
export { answerPayload, NO_MENTIONS } from './message-payload.js';
export { pageButtons, pageCustomId, parsePageCustomId } from './paging.js';
export { registerCommands, type RegisterOptions, type RegisterResult } from './register-commands.js';
export { renderAnswer, type RenderedAnswer } from './render/answer.js';
export { embedSize, fitEmbeds } from './render/fit.js';
