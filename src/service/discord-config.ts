import { loadConfig, type Config } from '../config.js';
import { startupFailureLine } from './startup-failure.js';

/** A configuration with a Discord token. */
export type DiscordConfig = Config & { discord: NonNullable<Config['discord']> };

/**
 * The configuration of the Discord-only entry points (sharded manager, shard, register): on a
 * configuration error or a missing token, one line on stderr and exit code 2, as `npm start` does.
 */
export function discordConfigOrExit(): DiscordConfig {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    process.stderr.write(`${startupFailureLine(err, {}, [])}\n`);
    process.exit(2);
  }
  const { discord } = config;
  if (!discord) {
    process.stderr.write(
      'PlanBot: DISCORD_TOKEN is not set: put the bot token in .env or the environment (see .env.example)\n',
    );
    process.exit(2);
  }
  return { ...config, discord };
}
