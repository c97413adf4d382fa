import { statSync } from 'node:fs';
import dotenv from 'dotenv';
import { z } from 'zod';

/** pino's level names, plus `silent`. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The validated service configuration (see `.env.example` for each variable). */
export interface Config {
  telegram?: {
    token: string;
    apiRoot?: string;
    /** Webhook mode; long polling when absent. */
    webhook?: { url: string; secret: string };
  };
  discord?: {
    token: string;
    restApi?: string;
    guildId?: string;
    messageContent: boolean;
    /** This machine's share of a fleet (DISCORD_SHARDS, DISCORD_SHARD_LIST); `npm run start:sharded` only. */
    shards?: { total: number; list?: number[] };
  };
  /** REDIS_URL: pages, limits and dedupe shared by every replica and shard. One process alone when absent. */
  redisUrl?: string;
  /** HTTP port for /healthz, /metrics and the Telegram webhook. */
  port: number;
  /** Whether PORT was set; without credentials the HTTP server only starts when it was. */
  portExplicit: boolean;
  /** Interface the HTTP server binds; all interfaces when absent. */
  host?: string;
  /** /metrics on a port of its own (METRICS_PORT, METRICS_HOST, default loopback), not on PORT. */
  metrics?: { port: number; host: string };
  logLevel: LogLevel;
  dataDir?: string;
  /** Every secret value the configuration holds, so the logger can scrub them from any line. */
  secrets: string[];
}

/** A malformed configuration value; `message` is the one line shown to the operator (never a secret). */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`PlanBot config: ${variable} ${problem}`);
  }
}

type Env = Record<string, string | undefined>;

const TELEGRAM_TOKEN = /^\d+:[A-Za-z0-9_-]{30,}$/;
const WEBHOOK_SECRET = /^[A-Za-z0-9_-]{1,256}$/;
const BASE64URL_PART = '[A-Za-z0-9_-]+';
const DISCORD_TOKEN = new RegExp(`^${BASE64URL_PART}\\.${BASE64URL_PART}\\.${BASE64URL_PART}$`);
const SNOWFLAKE = /^\d{17,20}$/;
const RESERVED_PATHS = ['/healthz', '/metrics'];

/** Empty strings count as unset, so a copied `.env.example` with blank placeholders is a valid start. */
function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function httpUrl(env: Env, name: string, protocols: readonly string[]): string | undefined {
  const value = read(env, name);
  if (value === undefined) return undefined;
  const parsed = z.url({ protocol: new RegExp(`^(${protocols.join('|')})$`) }).safeParse(value);
  if (!parsed.success) {
    const shape = protocols.length === 1 ? `an ${protocols[0]}:// URL` : 'an http:// or https:// URL';
    const why =
      name === 'TELEGRAM_WEBHOOK_URL' && protocols.length === 1
        ? ' (http:// only with a self-hosted Bot API server in TELEGRAM_API_ROOT)'
        : '';
    throw new ConfigError(
      name,
      `is not ${shape}${why}: set it to a full URL such as ${protocols[0]}://host/path`,
    );
  }
  return value;
}

function telegramToken(env: Env): string | undefined {
  const token = read(env, 'TELEGRAM_BOT_TOKEN');
  if (token === undefined || TELEGRAM_TOKEN.test(token)) return token;
  if (/^bot\d+:/i.test(token)) {
    throw new ConfigError(
      'TELEGRAM_BOT_TOKEN',
      'starts with "bot": set it to the token alone, without the prefix',
    );
  }
  throw new ConfigError(
    'TELEGRAM_BOT_TOKEN',
    'is not a bot token: set it to the token @BotFather gave, shaped 123456789:AA... (digits, a colon, 30+ letters)',
  );
}

function telegramWebhook(
  env: Env,
  token: string | undefined,
  apiRoot: string | undefined,
): { url: string; secret: string } | undefined {
  const url = httpUrl(env, 'TELEGRAM_WEBHOOK_URL', selfHosted(apiRoot) ? ['https', 'http'] : ['https']);
  const secret = read(env, 'TELEGRAM_WEBHOOK_SECRET');
  const secretFix = 'set TELEGRAM_WEBHOOK_SECRET to 1-256 characters of A-Z a-z 0-9 _ -';
  if (secret !== undefined && !WEBHOOK_SECRET.test(secret)) {
    throw new ConfigError('TELEGRAM_WEBHOOK_SECRET', `is not what Telegram accepts: ${secretFix}`);
  }
  if (url === undefined) {
    if (secret === undefined) return undefined;
    throw new ConfigError(
      'TELEGRAM_WEBHOOK_SECRET',
      'is set but TELEGRAM_WEBHOOK_URL is not: set the webhook URL too, or remove the secret for long polling',
    );
  }
  if (secret === undefined) {
    throw new ConfigError('TELEGRAM_WEBHOOK_URL', `is set but TELEGRAM_WEBHOOK_SECRET is not: ${secretFix}`);
  }
  if (token === undefined) {
    throw new ConfigError(
      'TELEGRAM_WEBHOOK_URL',
      'is set but TELEGRAM_BOT_TOKEN is not: set TELEGRAM_BOT_TOKEN or remove the webhook URL',
    );
  }
  const path = new URL(url).pathname;
  if (RESERVED_PATHS.includes(path)) {
    throw new ConfigError(
      'TELEGRAM_WEBHOOK_URL',
      `uses the path ${path}, which the service keeps for itself: use another path, e.g. /telegram`,
    );
  }
  return { url, secret };
}

function discordToken(env: Env): string | undefined {
  const token = read(env, 'DISCORD_TOKEN');
  if (token === undefined || DISCORD_TOKEN.test(token)) return token;
  if (/^bot\s/i.test(token)) {
    throw new ConfigError(
      'DISCORD_TOKEN',
      'starts with "Bot ": set it to the token alone, without the prefix',
    );
  }
  throw new ConfigError(
    'DISCORD_TOKEN',
    'is not a bot token: set it to the token from the Developer Portal (Bot > Reset Token), three dot-separated parts',
  );
}

function snowflake(env: Env, name: string): string | undefined {
  const value = read(env, name);
  if (value === undefined || SNOWFLAKE.test(value)) return value;
  throw new ConfigError(
    name,
    'is not a Discord id: set it to the server id (17-20 digits; Copy Server ID in Discord)',
  );
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const value = read(env, name)?.toLowerCase();
  if (value === undefined) return fallback;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new ConfigError(name, `is "${value}": set it to true or false`);
}

function port(env: Env, name = 'PORT', fallback = 8080): number {
  const value = read(env, name);
  if (value === undefined) return fallback;
  const parsed = z.coerce
    .number()
    .int()
    .min(1)
    .max(65535)
    .safeParse(/^\d+$/.test(value) ? value : NaN);
  if (!parsed.success) throw new ConfigError(name, `is "${value}": set it to a port number from 1 to 65535`);
  return parsed.data;
}

function metricsServer(env: Env): { port: number; host: string } | undefined {
  const host = read(env, 'METRICS_HOST');
  if (read(env, 'METRICS_PORT') === undefined) {
    if (host !== undefined)
      throw new ConfigError('METRICS_HOST', 'is set but METRICS_PORT is not: set METRICS_PORT too');
    return undefined;
  }
  return { port: port(env, 'METRICS_PORT'), host: host ?? '127.0.0.1' };
}

/** Telegram itself posts only to https; a self-hosted Bot API server (TELEGRAM_API_ROOT) may post to http. */
function selfHosted(apiRoot: string | undefined): boolean {
  return apiRoot !== undefined && new URL(apiRoot).hostname !== 'api.telegram.org';
}

function redisUrl(env: Env): string | undefined {
  const value = read(env, 'REDIS_URL');
  if (value === undefined) return undefined;
  if (!z.url({ protocol: /^rediss?$/ }).safeParse(value).success) {
    throw new ConfigError(
      'REDIS_URL',
      'is not a redis:// or rediss:// URL: set it to e.g. redis://redis:6379 (or redis://:password@host:6379/0)',
    );
  }
  return value;
}

function shardCount(env: Env): number | undefined {
  const value = read(env, 'DISCORD_SHARDS');
  if (value === undefined) return undefined;
  if (!/^\d{1,5}$/.test(value) || Number(value) < 1) {
    throw new ConfigError(
      'DISCORD_SHARDS',
      `is "${value}": set it to the fleet's number of shards (1 or more)`,
    );
  }
  return Number(value);
}

/** DISCORD_SHARD_LIST: the shard ids this machine runs, of DISCORD_SHARDS in all. */
function shardList(env: Env, total: number | undefined): number[] | undefined {
  const value = read(env, 'DISCORD_SHARD_LIST');
  if (value === undefined) return undefined;
  const fix = 'set it to shard ids separated by commas, e.g. 0,1';
  const ids = value.split(',').map((part) => part.trim());
  if (!ids.every((id) => /^\d{1,5}$/.test(id))) {
    throw new ConfigError('DISCORD_SHARD_LIST', `is "${value}": ${fix}`);
  }
  const list = ids.map(Number);
  if (new Set(list).size !== list.length) {
    throw new ConfigError('DISCORD_SHARD_LIST', `names a shard twice: ${fix}, each once`);
  }
  if (total === undefined) {
    throw new ConfigError(
      'DISCORD_SHARD_LIST',
      "is set but DISCORD_SHARDS is not: set DISCORD_SHARDS to the fleet's number of shards",
    );
  }
  const outside = list.find((id) => id >= total);
  if (outside !== undefined) {
    throw new ConfigError(
      'DISCORD_SHARD_LIST',
      `names shard ${outside}, but DISCORD_SHARDS is ${total}: shard ids go from 0 to ${total - 1}`,
    );
  }
  return list;
}

/** The password inside a Redis URL, so the logger can scrub it. */
function redisPassword(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const { password } = new URL(url);
  return password === '' ? undefined : decodeURIComponent(password);
}

function logLevel(env: Env): LogLevel {
  const value = read(env, 'LOG_LEVEL')?.toLowerCase();
  if (value === undefined) return 'info';
  const parsed = z.enum(LOG_LEVELS).safeParse(value);
  if (!parsed.success)
    throw new ConfigError('LOG_LEVEL', `is "${value}": set it to one of ${LOG_LEVELS.join(', ')}`);
  return parsed.data;
}

/**
 * Validates the environment. Pure: reads only `env`. Throws {@link ConfigError} on the first malformed
 * value, with a message naming the variable and the fix, never its (possibly secret) value.
 */
export function parseConfig(env: Env): Config {
  const tgToken = telegramToken(env);
  const tgApiRoot = httpUrl(env, 'TELEGRAM_API_ROOT', ['https', 'http']);
  const webhook = telegramWebhook(env, tgToken, tgApiRoot);
  const dcToken = discordToken(env);
  const restApi = httpUrl(env, 'DISCORD_REST_API', ['https', 'http']);
  const guildId = snowflake(env, 'DISCORD_GUILD_ID');
  const messageContent = flag(env, 'DISCORD_MESSAGE_CONTENT', false);
  const totalShards = shardCount(env);
  const shards = shardList(env, totalShards);
  const redis = redisUrl(env);
  if (redis !== undefined && tgToken !== undefined && webhook === undefined) {
    throw new ConfigError(
      'REDIS_URL',
      'is set but Telegram is in long polling, and Telegram allows one poller: set TELEGRAM_WEBHOOK_URL for replicas, or remove REDIS_URL',
    );
  }

  const config: Config = {
    port: port(env),
    portExplicit: read(env, 'PORT') !== undefined,
    logLevel: logLevel(env),
    secrets: [tgToken, webhook?.secret, dcToken, redisPassword(redis)].filter(
      (s): s is string => s !== undefined,
    ),
  };
  if (redis !== undefined) config.redisUrl = redis;
  const host = read(env, 'HOST');
  if (host !== undefined) config.host = host;
  const metrics = metricsServer(env);
  if (metrics !== undefined) config.metrics = metrics;
  const dataDir = read(env, 'DATA_DIR');
  if (dataDir !== undefined) config.dataDir = dataDir;
  if (tgToken !== undefined) {
    config.telegram = { token: tgToken };
    if (tgApiRoot !== undefined) config.telegram.apiRoot = tgApiRoot;
    if (webhook !== undefined) config.telegram.webhook = webhook;
  }
  if (dcToken !== undefined) {
    config.discord = { token: dcToken, messageContent };
    if (restApi !== undefined) config.discord.restApi = restApi;
    if (guildId !== undefined) config.discord.guildId = guildId;
    if (totalShards !== undefined) {
      config.discord.shards = { total: totalShards, ...(shards !== undefined && { list: shards }) };
    }
  }
  return config;
}

/**
 * Reads `.env` (when present) into `process.env` without overriding variables already set, then
 * validates, including that DATA_DIR is a folder.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  dotenv.config({ quiet: true, processEnv: env });
  const config = parseConfig(env);
  if (config.dataDir !== undefined && !isFolder(config.dataDir)) {
    throw new ConfigError(
      'DATA_DIR',
      `is "${config.dataDir}", which is not a folder: set it to the folder holding plans.json and sources/, or unset it for the bundled data`,
    );
  }
  return config;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
