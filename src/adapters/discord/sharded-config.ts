import { ConfigError, loadConfig, type Config } from '../../config.js';

/**
 * The configuration of the sharded entry points (manager and shard), which need a Discord token:
 * on a configuration error or a missing token, one line on stderr and exit code 2, as `npm start` does.
 */
export function shardedConfigOrExit(): Config & { discord: NonNullable<Config['discord']> } {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
  const { discord } = config;
  if (!discord) {
    process.stderr.write('DISCORD_TOKEN is not set: the sharded bot needs a Discord token.\n');
    process.exit(2);
  }
  return { ...config, discord };
}
