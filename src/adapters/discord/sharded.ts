/**
 * `npm run start:sharded`: the Discord bot split over several gateway connections, one process per
 * shard (discord.js ShardingManager). The shard count is what GET /gateway/bot recommends, asked
 * through DISCORD_REST_API when set (discord.js' own helper always asks the public API).
 * DISCORD_SHARDS forces a shard count; DISCORD_SHARD_SPAWN_DELAY_MS (default 5500, Discord's
 * identify pace) spaces the shards' starts.
 */
import 'dotenv/config';
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager } from 'discord.js';
import { createLogger, flushLogger } from '../../logger.js';
import { shardedConfigOrExit } from './sharded-config.js';

const config = shardedConfigOrExit();
const { token, restApi } = config.discord;
const logger = createLogger({ level: config.logLevel, secrets: config.secrets }).child({
  role: 'shard-manager',
});

async function recommendedShards(): Promise<number> {
  const rest = new REST(restApi ? { api: restApi } : {}).setToken(token);
  try {
    const info = (await rest.get(Routes.gatewayBot())) as { shards: number };
    return Math.max(1, info.shards);
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

// Under tsx the shard script is TypeScript, so each forked shard needs the tsx loader too.
const underTsx = import.meta.url.endsWith('.ts');
const manager = new ShardingManager(
  fileURLToPath(new URL(underTsx ? './shard.ts' : './shard.js', import.meta.url)),
  {
    token,
    totalShards: process.env.DISCORD_SHARDS ? Number(process.env.DISCORD_SHARDS) : await recommendedShards(),
    // Resolved here, so a shard finds tsx whatever the working directory.
    execArgv: underTsx ? ['--import', import.meta.resolve('tsx')] : [],
    respawn: true,
  },
);
manager.on('shardCreate', (shard) => {
  logger.info({ shard: shard.id, of: manager.totalShards }, 'shard launched');
  shard.on('death', () => logger.warn({ shard: shard.id }, 'shard process exited'));
});

const stop = (signal: string): void => {
  logger.info({ signal }, 'stopping shards');
  for (const shard of manager.shards.values()) shard.kill();
  flushLogger(logger);
  process.exit(0);
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));

try {
  await manager.spawn({ delay: Number(process.env.DISCORD_SHARD_SPAWN_DELAY_MS ?? 5500), timeout: 60_000 });
  logger.info({ shards: manager.totalShards }, 'all shards ready');
} catch (err) {
  logger.fatal({ err }, `shards cannot start: ${(err as Error).message}`);
  for (const shard of manager.shards.values()) shard.kill();
  flushLogger(logger);
  process.exit(1);
}
