/**
 * PlanBot's process: configuration, logger, the service (index, HTTP server, adapters), signals.
 * With no platform token set, the local console chat, when there is someone to chat with (a terminal,
 * or piped input). Every start-up failure is one line on stderr and exit code 2.
 */
import { fstatSync } from 'node:fs';
import { loadConfig, type Config } from './config.js';
import { createLogger, flushLogger } from './logger.js';
import type { Service } from './service/app.js';
import { installCrashHandlers, installShutdown } from './service/shutdown.js';
import { startupFailureLine, type ListenTarget } from './service/startup-failure.js';

function exitWithLine(err: unknown, target: ListenTarget = {}, secrets: readonly string[] = []): never {
  process.stderr.write(`${startupFailureLine(err, target, secrets)}\n`);
  process.exit(2);
}

/**
 * Whether standard input can carry a chat: a terminal, a pipe or a file. Not /dev/null (a container
 * started without `-it`), where the console would end at once and a restart policy would loop.
 */
function stdinCanChat(): boolean {
  if (process.stdin.isTTY) return true;
  try {
    const stat = fstatSync(0);
    return stat.isFIFO() || stat.isFile() || stat.isSocket();
  } catch {
    return false; // no standard input at all
  }
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    exitWithLine(err);
  }
  const consoleOnly = config.telegram === undefined && config.discord === undefined;
  if (consoleOnly && !stdinCanChat()) {
    process.stderr.write(
      'PlanBot: no TELEGRAM_BOT_TOKEN or DISCORD_TOKEN is set, and no terminal for the console chat: set TELEGRAM_BOT_TOKEN and/or DISCORD_TOKEN (see .env.example), or run with a terminal (docker run -it) to chat locally\n',
    );
    process.exit(2);
  }
  // In console mode stdout is the chat, so log lines go to stderr.
  const logger = createLogger({ level: config.logLevel, secrets: config.secrets, fd: consoleOnly ? 2 : 1 });
  installCrashHandlers(logger);
  const target = { port: config.port, ...(config.host !== undefined && { host: config.host }) };
  const fail: (err: unknown) => never = (err) => {
    flushLogger(logger);
    exitWithLine(err, target, config.secrets);
  };
  // Loaded after the configuration is known good, so a misconfiguration is reported at once.
  const { buildService } = await import('./service/app.js');

  let service: Service;
  try {
    service = await buildService(config, logger);
  } catch (err) {
    fail(err);
  }
  const shutdown = installShutdown({ logger, stop: () => service.stop() });
  try {
    await service.start();
  } catch (err) {
    await service
      .stop()
      .catch((stopErr: unknown) => logger.warn({ err: stopErr }, 'stop after a failed start'));
    fail(err);
  }

  if (consoleOnly) {
    logger.info('no TELEGRAM_BOT_TOKEN or DISCORD_TOKEN set: local console');
    const { runConsole } = await import('./adapters/console/console.js');
    await runConsole({ planbot: service.planbot, input: process.stdin, output: process.stdout });
    await shutdown('console closed');
  }
}

await main();
