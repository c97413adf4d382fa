/**
 * One shard of `npm run start:sharded`: the ShardingManager forks this script once per shard
 * (discord.js passes the shard ids and count in the environment, and the client picks them up).
 */
import 'dotenv/config';
import { createPlanBot } from '../../core/planbot.js';
import { createLogger, flushLogger } from '../../logger.js';
import { createDiscordAdapter } from './adapter.js';
import { logEvents } from './log-events.js';
import { shardedConfigOrExit } from './sharded-config.js';

const config = shardedConfigOrExit();

// The adapter binds platform: 'discord' itself.
const logger = createLogger({ level: config.logLevel, secrets: config.secrets }).child({
  shards: process.env.SHARDS,
});
const planbot = createPlanBot({ logger, ...(config.dataDir ? { dataDir: config.dataDir } : {}) });
const { token, restApi, messageContent } = config.discord;
const adapter = createDiscordAdapter({
  planbot,
  logger,
  events: logEvents(logger),
  token,
  messageContent,
  ...(restApi ? { restApi } : {}),
});

let stopping = false;
const stop = async (signal: string): Promise<void> => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shard stopping');
  await adapter.stop().catch((err: unknown) => logger.error({ err }, 'shard stop failed'));
  flushLogger(logger);
  process.exit(0);
};
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
// The manager's channel closes when the manager dies; a shard never outlives it.
process.on('disconnect', () => void stop('manager gone'));

try {
  await adapter.start();
} catch (err) {
  logger.fatal({ err }, `shard cannot start: ${(err as Error).message}`);
  flushLogger(logger);
  process.exit(1);
}
