import type { EventEmitter } from 'node:events';
import type { Logger } from 'pino';
import { flushLogger } from '../logger.js';

export interface ShutdownOptions {
  logger: Logger;
  /** Stops taking updates, finishes in-flight replies, closes connections. */
  stop: () => Promise<void>;
  /** After this long the process exits with code 1 whatever is still running. Default 10 s. */
  timeoutMs?: number;
  /** Where signals come from; `process` unless a test passes an emitter. */
  signals?: EventEmitter;
  exit?: (code: number) => void;
}

/**
 * Installs SIGTERM/SIGINT handlers that stop the service gracefully and exit 0, or exit 1 when stopping fails
 * or takes longer than `timeoutMs`. A second signal exits at once. Returns the same shutdown for other
 * reasons (the console closing).
 */
export function installShutdown(options: ShutdownOptions): (reason: string) => Promise<void> {
  const { logger, stop, timeoutMs = 10_000 } = options;
  const signals = options.signals ?? process;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let shuttingDown = false;
  let hardExit: NodeJS.Timeout | undefined;

  function finish(code: number): void {
    clearTimeout(hardExit);
    flushLogger(logger);
    exit(code);
  }

  async function shutdown(reason: string): Promise<void> {
    if (shuttingDown) {
      logger.warn({ reason }, 'second stop request: exiting now');
      return finish(1);
    }
    shuttingDown = true;
    logger.info({ reason }, 'shutting down');
    const started = performance.now();
    hardExit = setTimeout(() => {
      logger.error({ timeoutMs }, 'shutdown took too long: exiting');
      finish(1);
    }, timeoutMs);
    try {
      await stop();
      logger.info({ ms: Math.round(performance.now() - started) }, 'stopped');
      finish(0);
    } catch (err) {
      logger.error({ err }, 'shutdown failed');
      finish(1);
    }
  }

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    signals.on(signal, () => void shutdown(signal));
  }
  return shutdown;
}

/** Logs an unexpected process-level error and exits non-zero once the line is written. */
export function installCrashHandlers(
  logger: Logger,
  exit: (code: number) => void = (c) => process.exit(c),
): void {
  process.on('uncaughtException', (err) => {
    logger.fatal({ err }, 'uncaught exception: exiting');
    flushLogger(logger);
    exit(1);
  });
  process.on('unhandledRejection', (reason) => {
    logger.fatal({ err: reason }, 'unhandled promise rejection: exiting');
    flushLogger(logger);
    exit(1);
  });
}
