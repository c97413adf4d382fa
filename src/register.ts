/**
 * `npm run register`: registers the slash commands. Reads DISCORD_TOKEN, DISCORD_GUILD_ID (optional:
 * register to one guild, instantly) and DISCORD_REST_API (optional) from the environment or `.env`,
 * checked as `npm start` checks them: a malformed value is one line and exit code 2, before any network.
 */
import { registerCommands } from './adapters/discord/register-commands.js';
import { discordConfigOrExit } from './service/discord-config.js';
import { startupFailureLine } from './service/startup-failure.js';

const config = discordConfigOrExit();
const { token, guildId, restApi } = config.discord;

try {
  const result = await registerCommands({
    token,
    ...(guildId ? { guildId } : {}),
    ...(restApi ? { restApi } : {}),
  });
  const where =
    result.scope === 'global' ? 'globally (may take up to an hour to show)' : `to guild ${guildId}`;
  const names = result.commands.map((c) => `/${c.name}`).join(' ');
  process.stdout.write(`Registered ${result.commands.length} commands ${where}: ${names}\n`);
} catch (err) {
  process.stderr.write(`${startupFailureLine(err, {}, config.secrets)}\n`);
  process.exit(2);
}
