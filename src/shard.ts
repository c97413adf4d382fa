/**
 * One shard of `npm run start:sharded`: the ShardingManager forks this script once per shard
 * (discord.js passes the shard ids and count in the environment, and the client picks them up).
 * With REDIS_URL, pages, limits and dedupe are shared with every shard, and IDENTIFY is paced with
 * the shards of every machine.
 */
import { createDiscordAdapter } from './adapters/discord/adapter.js';
import { logEvents } from './adapters/discord/log-events.js';
import { createPlanBot } from './core/planbot.js';
import { createLogger, flushLogger } from './logger.js';
import { createRedisSharedState } from './service/redis/shared-state.js';
import { discordConfigOrExit } from './service/discord-config.js';

const config = discordConfigOrExit();

// The adapter binds platform: 'discord' itself.
const logger = createLogger({ level: config.logLevel, secrets: config.secrets }).child({
  shards: process.env.SHARDS,
});
const planbot = createPlanBot({ logger, ...(config.dataDir ? { dataDir: config.dataDir } : {}) });
const { token, restApi, messageContent } = config.discord;
const redis =
  config.redisUrl === undefined
    ? undefined
    : createRedisSharedState(config.redisUrl, logger, (use) => logger.debug({ use }, 'redis fallback'));
// The application id (the token's first part) keeps the identify locks of bots sharing a Redis apart.
const app = token.split('.')[0]!;
const adapter = createDiscordAdapter({
  planbot,
  logger,
  events: logEvents(logger),
  token,
  messageContent,
  ...(restApi ? { restApi } : {}),
  ...(redis && {
    shared: redis.state,
    identifyThrottler: (maxConcurrency: number) => redis.identifyThrottler(app, maxConcurrency),
  }),
});

let stopping = false;
const stop = async (signal: string): Promise<void> => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shard stopping');
  await adapter.stop().catch((err: unknown) => logger.error({ err }, 'shard stop failed'));
  await redis?.connection.close();
  flushLogger(logger);
  process.exit(0);
};
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
// The manager's channel closes when the manager dies; a shard never outlives it.
process.on('disconnect', () => void stop('manager gone'));

try {
  await redis?.connection.connect();
  await adapter.start();
} catch (err) {
  logger.fatal({ err }, `shard cannot start: ${err instanceof Error ? err.message : String(err)}`);
  flushLogger(logger);
  process.exit(1);
}
