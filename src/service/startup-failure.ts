import { ConfigError } from '../config.js';
import { KnowledgeError } from '../core/data/errors.js';

/** Where the service was told to listen, for naming it in a failure. */
export interface ListenTarget {
  port?: number;
  host?: string;
}

interface Coded {
  code?: unknown;
  status?: unknown;
  response?: { error_code?: unknown };
}

/** The cause an operator can act on, without the stack: a busy port, a wrong HOST, a refused token. */
function cause(err: unknown, target: ListenTarget): string {
  if (err instanceof ConfigError || err instanceof KnowledgeError) return err.message;
  const message = err instanceof Error ? err.message : String(err);
  const { code, status, response } = (typeof err === 'object' && err !== null ? err : {}) as Coded;
  const host = target.host === undefined ? '' : ` on ${target.host}`;
  switch (code) {
    case 'EADDRINUSE':
      return `port ${target.port}${host} is already in use: stop what holds it, or set PORT to a free port`;
    case 'EACCES':
      return `port ${target.port}${host} needs privileges this user lacks: set PORT to 1024 or above`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EADDRNOTAVAIL':
      return `HOST "${target.host}" is not an address of this machine: set it to one (e.g. 127.0.0.1 or 0.0.0.0) or leave it unset`;
    case 'TokenInvalid':
      return 'Discord refused DISCORD_TOKEN: set it to the token from the Developer Portal (Bot > Reset Token)';
  }
  if (response?.error_code === 401) {
    return 'Telegram refused TELEGRAM_BOT_TOKEN (401: Unauthorized): set it to the token @BotFather gave';
  }
  if (status === 401) {
    return 'Discord refused DISCORD_TOKEN (401: Unauthorized): set it to the token from the Developer Portal';
  }
  return message.split('\n')[0]!;
}

/**
 * The one line shown when start-up fails (the process then exits with code 2): the cause and the fix,
 * never a stack trace, never a secret.
 */
export function startupFailureLine(err: unknown, target: ListenTarget, secrets: readonly string[]): string {
  let line = cause(err, target);
  if (!line.startsWith('PlanBot ')) line = `PlanBot cannot start: ${line}`;
  for (const secret of secrets) if (secret !== '') line = line.split(secret).join('***');
  return line;
}
