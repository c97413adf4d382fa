/**
 * `npm run register`: registers the slash commands. Reads DISCORD_TOKEN, DISCORD_GUILD_ID (optional:
 * register to one guild, instantly) and DISCORD_REST_API (optional) from the environment or `.env`.
 */
import 'dotenv/config';
import { errorMessage } from '../../core/data/errors.js';
import { registerCommands } from './register-commands.js';

const token = process.env.DISCORD_TOKEN?.trim();
if (!token) {
  process.stderr.write('DISCORD_TOKEN is not set: put the bot token in .env or the environment.\n');
  process.exit(2);
}
const guildId = process.env.DISCORD_GUILD_ID?.trim() || undefined;
const restApi = process.env.DISCORD_REST_API?.trim() || undefined;

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
  process.stderr.write(`Could not register the commands: ${errorMessage(err)}\n`);
  process.exit(1);
}
