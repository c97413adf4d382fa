import { pino, type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { LogLevel } from './config.js';

/** What a redacted value or a scrubbed secret reads as in a log line. */
export const REDACTED = '[redacted]';

/** Structured fields that hold credentials wherever a caller puts them. */
const REDACT_PATHS = [
  'token',
  '*.token',
  'secret',
  '*.secret',
  'secretToken',
  '*.secretToken',
  'password',
  '*.password',
  'authorization',
  'headers.authorization',
  '*.headers.authorization',
  'headers["x-telegram-bot-api-secret-token"]',
  '*.headers["x-telegram-bot-api-secret-token"]',
  'config.secrets',
  'config.telegram.token',
  'config.telegram.webhook.secret',
  'config.discord.token',
];

export interface LoggerOptions {
  level: LogLevel;
  /** Literal secret values (tokens, webhook secret) removed from every line, wherever they appear. */
  secrets?: readonly string[];
  /** Where lines go; defaults to file descriptor `fd`. Tests pass a collector. */
  destination?: { write(line: string): unknown };
  /** 1 (stdout, the default) or 2 (stderr, when stdout belongs to the console chat). */
  fd?: 1 | 2;
  /** Human-readable lines; defaults to whether `fd` is a TTY. Ignored with `destination`. */
  pretty?: boolean;
}

/**
 * Replaces every occurrence of each secret (and its URL-encoded form, as it appears inside request URLs)
 * with {@link REDACTED}.
 */
export function scrubSecrets(line: string, secrets: readonly string[]): string {
  let out = line;
  for (const secret of secrets) {
    if (secret.length === 0) continue;
    out = out.replaceAll(secret, REDACTED);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) out = out.replaceAll(encoded, REDACTED);
  }
  return out;
}

// Scrubbing the finished line (not the arguments) also catches secrets inside error messages and stacks,
// such as a Bot API URL with the token that telegraf puts in a network error.
function scrubbingStream(
  inner: { write(line: string): unknown; flushSync?: () => void },
  secrets: readonly string[],
): DestinationStream & { flush(done?: (err?: Error) => void): void } {
  return {
    write(line: string) {
      inner.write(secrets.length === 0 ? line : scrubSecrets(line, secrets));
    },
    flush(done) {
      inner.flushSync?.();
      done?.();
    },
  };
}

function fdDestination(fd: 1 | 2, prettyLines: boolean): { write(line: string): unknown; flushSync(): void } {
  // Synchronous writes: a line logged just before process.exit (a crash, a hard shutdown) is not lost.
  const sink = pino.destination({ dest: fd, sync: true });
  if (!prettyLines) return sink;
  const prettify = pretty.prettyFactory({
    colorize: true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname',
  });
  return {
    write: (line: string) => sink.write(prettify(line)),
    flushSync: () => sink.flushSync(),
  };
}

/** The service logger: JSON lines (pretty on a TTY), level from LOG_LEVEL, secrets redacted and scrubbed. */
export function createLogger(options: LoggerOptions): Logger {
  const fd = options.fd ?? 1;
  const isTty = (fd === 1 ? process.stdout : process.stderr).isTTY === true;
  const inner = options.destination ?? fdDestination(fd, options.pretty ?? isTty);
  return pino(
    {
      level: options.level,
      base: { pid: process.pid },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
    },
    scrubbingStream(inner, options.secrets ?? []),
  );
}

/** Writes out anything the logger still holds; call before `process.exit`. */
export function flushLogger(logger: Logger): void {
  try {
    logger.flush();
  } catch {
    // A logger whose stream cannot flush has nothing buffered.
  }
}
