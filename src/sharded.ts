/**
 * `npm run start:sharded`: the Discord bot split over several gateway connections, one process per
 * shard (discord.js ShardingManager). The fleet's shard count is DISCORD_SHARDS, or what GET
 * /gateway/bot recommends (asked through DISCORD_REST_API when set; the call also checks the token).
 * DISCORD_SHARD_LIST runs only those shards of the fleet on this machine; with REDIS_URL the shards of
 * every machine pace their IDENTIFY together. DISCORD_SHARD_SPAWN_DELAY_MS (default 5500, Discord's
 * identify pace) spaces this machine's shard starts.
 */
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager } from 'discord.js';
import { createLogger, flushLogger } from './logger.js';
import { discordConfigOrExit } from './service/discord-config.js';
import { startupFailureLine } from './service/startup-failure.js';

const config = discordConfigOrExit();
const { token, restApi, shards } = config.discord;
const logger = createLogger({ level: config.logLevel, secrets: config.secrets }).child({
  role: 'shard-manager',
});

const fail: (err: unknown) => never = (err) => {
  flushLogger(logger);
  process.stderr.write(`${startupFailureLine(err, {}, config.secrets)}\n`);
  process.exit(2);
};

/** GET /gateway/bot: the recommended shard count, and a refused token found before any shard starts. */
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

let recommended: number;
try {
  recommended = await recommendedShards();
} catch (err) {
  fail(err);
}

// Under tsx the shard script is TypeScript, so each forked shard needs the tsx loader too.
const underTsx = import.meta.url.endsWith('.ts');
const manager = new ShardingManager(
  fileURLToPath(new URL(underTsx ? './shard.ts' : './shard.js', import.meta.url)),
  {
    token,
    totalShards: shards?.total ?? recommended,
    ...(shards?.list && { shardList: shards.list }),
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
  logger.info({ shards: manager.shardList, of: manager.totalShards }, 'all shards ready');
} catch (err) {
  for (const shard of manager.shards.values()) shard.kill();
  fail(err);
}
