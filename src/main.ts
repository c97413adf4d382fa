/**
 * PlanBot's process: configuration, logger, the service (index, HTTP server, adapters), signals.
 * With no platform token set, the local console chat (also on piped standard input).
 */
import { ConfigError, loadConfig, type Config } from './config.js';
import { errorMessage, KnowledgeError } from './core/data/errors.js';
import { createLogger, flushLogger } from './logger.js';
import { installCrashHandlers, installShutdown } from './service/shutdown.js';

function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
}

async function main(): Promise<void> {
  const config = configOrExit();
  const consoleOnly = config.telegram === undefined && config.discord === undefined;
  // In console mode stdout is the chat, so log lines go to stderr.
  const logger = createLogger({ level: config.logLevel, secrets: config.secrets, fd: consoleOnly ? 2 : 1 });
  installCrashHandlers(logger);
  // Loaded after the configuration is known good, so a misconfiguration is reported at once.
  const { buildService } = await import('./service/app.js');

  let service;
  try {
    service = buildService(config, logger);
  } catch (err) {
    // Bad data is an operator's mistake like bad configuration: one plain line naming file, record and field.
    if (err instanceof KnowledgeError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    logger.fatal({ err }, `cannot start: ${errorMessage(err)}`);
    flushLogger(logger);
    process.exit(1);
  }
  const shutdown = installShutdown({ logger, stop: () => service.stop() });
  try {
    await service.start();
  } catch (err) {
    logger.fatal({ err }, `cannot start: ${errorMessage(err)}`);
    await service.stop().catch((stopErr: unknown) => {
      logger.error({ err: stopErr }, 'stopping after the failed start failed too');
    });
    flushLogger(logger);
    process.exit(1);
  }

  if (consoleOnly) {
    logger.info('no TELEGRAM_BOT_TOKEN or DISCORD_TOKEN set: local console');
    const { runConsole } = await import('./adapters/console/console.js');
    await runConsole({ planbot: service.planbot, input: process.stdin, output: process.stdout });
    await shutdown('console closed');
  }
}

await main();
