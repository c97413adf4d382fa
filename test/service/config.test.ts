import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, parseConfig } from '../../src/config.js';

const TG_TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawQ';
const DC_TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0Mw.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';
const SECRET = 'hook_Secret-123';

/** The one line an operator sees for `env`, or undefined when it is valid. */
function problem(env: Record<string, string | undefined>): string | undefined {
  try {
    parseConfig(env);
    return undefined;
  } catch (err) {
    assert.ok(err instanceof ConfigError);
    return err.message;
  }
}

describe('parseConfig', () => {
  test('no variables: the console, with the documented defaults', () => {
    const config = parseConfig({});
    assert.equal(config.telegram, undefined);
    assert.equal(config.discord, undefined);
    assert.equal(config.port, 8080);
    assert.equal(config.portExplicit, false);
    assert.equal(config.logLevel, 'info');
    assert.deepEqual(config.secrets, []);
  });

  test('blank placeholders copied from .env.example count as unset', () => {
    const config = parseConfig({ TELEGRAM_BOT_TOKEN: '', DISCORD_TOKEN: ' ', PORT: '', LOG_LEVEL: '' });
    assert.equal(config.telegram, undefined);
    assert.equal(config.discord, undefined);
    assert.equal(config.port, 8080);
  });

  test('a full configuration', () => {
    const config = parseConfig({
      TELEGRAM_BOT_TOKEN: TG_TOKEN,
      TELEGRAM_API_ROOT: 'http://127.0.0.1:8081',
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/telegram/hook',
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      DISCORD_TOKEN: DC_TOKEN,
      DISCORD_REST_API: 'https://proxy.example.org/api',
      DISCORD_GUILD_ID: '123456789012345678',
      DISCORD_MESSAGE_CONTENT: 'true',
      PORT: '3000',
      LOG_LEVEL: 'debug',
      DATA_DIR: '/srv/data',
    });
    assert.deepEqual(config.telegram, {
      token: TG_TOKEN,
      apiRoot: 'http://127.0.0.1:8081',
      webhook: { url: 'https://bot.example.org/telegram/hook', secret: SECRET },
    });
    assert.deepEqual(config.discord, {
      token: DC_TOKEN,
      restApi: 'https://proxy.example.org/api',
      guildId: '123456789012345678',
      messageContent: true,
    });
    assert.equal(config.port, 3000);
    assert.equal(config.portExplicit, true);
    assert.equal(config.logLevel, 'debug');
    assert.equal(config.dataDir, '/srv/data');
    assert.deepEqual([...config.secrets].sort(), [DC_TOKEN, SECRET, TG_TOKEN].sort());
  });

  test('a plain-http webhook URL is accepted when a self-hosted Bot API server posts to it', () => {
    const config = parseConfig({
      TELEGRAM_BOT_TOKEN: TG_TOKEN,
      TELEGRAM_API_ROOT: 'http://bot-api.internal:8081',
      TELEGRAM_WEBHOOK_URL: 'http://planbot.internal:8080/telegram',
      TELEGRAM_WEBHOOK_SECRET: SECRET,
    });
    assert.equal(config.telegram?.webhook?.url, 'http://planbot.internal:8080/telegram');
  });

  test('METRICS_PORT moves /metrics to a port of its own, on loopback unless METRICS_HOST says', () => {
    assert.equal(parseConfig({}).metrics, undefined);
    assert.deepEqual(parseConfig({ METRICS_PORT: '9464' }).metrics, { port: 9464, host: '127.0.0.1' });
    assert.deepEqual(parseConfig({ METRICS_PORT: '9464', METRICS_HOST: '0.0.0.0' }).metrics, {
      port: 9464,
      host: '0.0.0.0',
    });
  });

  test('DISCORD_MESSAGE_CONTENT defaults to false and accepts false', () => {
    assert.equal(parseConfig({ DISCORD_TOKEN: DC_TOKEN }).discord?.messageContent, false);
    assert.equal(
      parseConfig({ DISCORD_TOKEN: DC_TOKEN, DISCORD_MESSAGE_CONTENT: 'False' }).discord?.messageContent,
      false,
    );
  });

  const malformed: [string, Record<string, string>, RegExp][] = [
    [
      'a token without the colon',
      { TELEGRAM_BOT_TOKEN: 'not-a-token' },
      /^PlanBot config: TELEGRAM_BOT_TOKEN is not a bot token: set it to the token @BotFather gave/,
    ],
    [
      'a token with a short secret part',
      { TELEGRAM_BOT_TOKEN: '123:abc' },
      /^PlanBot config: TELEGRAM_BOT_TOKEN is not a bot token/,
    ],
    [
      'a token pasted with the bot prefix',
      { TELEGRAM_BOT_TOKEN: `bot${TG_TOKEN}` },
      /^PlanBot config: TELEGRAM_BOT_TOKEN starts with "bot": set it to the token alone/,
    ],
    [
      'an API root that is no URL',
      { TELEGRAM_BOT_TOKEN: TG_TOKEN, TELEGRAM_API_ROOT: 'localhost:8081' },
      /^PlanBot config: TELEGRAM_API_ROOT is not an http:\/\/ or https:\/\/ URL: set it to a full URL/,
    ],
    [
      'a webhook URL without a secret',
      { TELEGRAM_BOT_TOKEN: TG_TOKEN, TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/hook' },
      /^PlanBot config: TELEGRAM_WEBHOOK_URL is set but TELEGRAM_WEBHOOK_SECRET is not: set TELEGRAM_WEBHOOK_SECRET to 1-256 characters of A-Z a-z 0-9 _ -$/,
    ],
    [
      'a plain-http webhook URL',
      {
        TELEGRAM_BOT_TOKEN: TG_TOKEN,
        TELEGRAM_WEBHOOK_URL: 'http://bot.example.org/hook',
        TELEGRAM_WEBHOOK_SECRET: SECRET,
      },
      /^PlanBot config: TELEGRAM_WEBHOOK_URL is not an https:\/\/ URL \(http:\/\/ only with a self-hosted Bot API server in TELEGRAM_API_ROOT\)/,
    ],
    [
      'a plain-http webhook URL with the public Bot API named as the root',
      {
        TELEGRAM_BOT_TOKEN: TG_TOKEN,
        TELEGRAM_API_ROOT: 'https://api.telegram.org',
        TELEGRAM_WEBHOOK_URL: 'http://bot.example.org/hook',
        TELEGRAM_WEBHOOK_SECRET: SECRET,
      },
      /^PlanBot config: TELEGRAM_WEBHOOK_URL is not an https:\/\/ URL/,
    ],
    [
      'a metrics host without a metrics port',
      { METRICS_HOST: '0.0.0.0' },
      /^PlanBot config: METRICS_HOST is set but METRICS_PORT is not: set METRICS_PORT too$/,
    ],
    [
      'a metrics port that is a word',
      { METRICS_PORT: 'metrics' },
      /^PlanBot config: METRICS_PORT is "metrics": set it to a port number from 1 to 65535$/,
    ],
    [
      'a webhook secret with a space',
      {
        TELEGRAM_BOT_TOKEN: TG_TOKEN,
        TELEGRAM_WEBHOOK_URL: 'https://b.example.org/h',
        TELEGRAM_WEBHOOK_SECRET: 'two words',
      },
      /^PlanBot config: TELEGRAM_WEBHOOK_SECRET is not what Telegram accepts: set TELEGRAM_WEBHOOK_SECRET to 1-256 characters/,
    ],
    [
      'a webhook secret of 257 characters',
      {
        TELEGRAM_BOT_TOKEN: TG_TOKEN,
        TELEGRAM_WEBHOOK_URL: 'https://b.example.org/h',
        TELEGRAM_WEBHOOK_SECRET: 'a'.repeat(257),
      },
      /^PlanBot config: TELEGRAM_WEBHOOK_SECRET is not what Telegram accepts/,
    ],
    [
      'a webhook without a bot token',
      { TELEGRAM_WEBHOOK_URL: 'https://b.example.org/h', TELEGRAM_WEBHOOK_SECRET: SECRET },
      /^PlanBot config: TELEGRAM_WEBHOOK_URL is set but TELEGRAM_BOT_TOKEN is not/,
    ],
    [
      'a webhook on /healthz',
      {
        TELEGRAM_BOT_TOKEN: TG_TOKEN,
        TELEGRAM_WEBHOOK_URL: 'https://b.example.org/healthz',
        TELEGRAM_WEBHOOK_SECRET: SECRET,
      },
      /^PlanBot config: TELEGRAM_WEBHOOK_URL uses the path \/healthz/,
    ],
    [
      'a Discord token of two parts',
      { DISCORD_TOKEN: 'abc.def' },
      /^PlanBot config: DISCORD_TOKEN is not a bot token: set it to the token from the Developer Portal/,
    ],
    [
      'a Discord token with "Bot "',
      { DISCORD_TOKEN: `Bot ${DC_TOKEN}` },
      /^PlanBot config: DISCORD_TOKEN starts with "Bot ": set it to the token alone/,
    ],
    [
      'a Discord REST API that is no URL',
      { DISCORD_TOKEN: DC_TOKEN, DISCORD_REST_API: 'proxy' },
      /^PlanBot config: DISCORD_REST_API is not an http:\/\/ or https:\/\/ URL/,
    ],
    [
      'a guild id with letters',
      { DISCORD_TOKEN: DC_TOKEN, DISCORD_GUILD_ID: 'my-server' },
      /^PlanBot config: DISCORD_GUILD_ID is not a Discord id: set it to the server id/,
    ],
    [
      'message content that is not a boolean',
      { DISCORD_MESSAGE_CONTENT: 'yes please' },
      /^PlanBot config: DISCORD_MESSAGE_CONTENT is "yes please": set it to true or false$/,
    ],
    [
      'a port above 65535',
      { PORT: '70000' },
      /^PlanBot config: PORT is "70000": set it to a port number from 1 to 65535$/,
    ],
    ['a port that is a word', { PORT: 'http' }, /^PlanBot config: PORT is "http": set it to a port number/],
    ['a negative port', { PORT: '-1' }, /^PlanBot config: PORT is "-1"/],
    ['port 0', { PORT: '0' }, /^PlanBot config: PORT is "0": set it to a port number from 1 to 65535$/],
    [
      'a webhook secret without a webhook URL',
      { TELEGRAM_BOT_TOKEN: TG_TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET },
      /^PlanBot config: TELEGRAM_WEBHOOK_SECRET is set but TELEGRAM_WEBHOOK_URL is not: set the webhook URL too, or remove the secret for long polling$/,
    ],
    [
      'a Redis URL that is not redis://',
      { REDIS_URL: 'http://redis:6379' },
      /^PlanBot config: REDIS_URL is not a redis:\/\/ or rediss:\/\/ URL: set it to e.g. redis:\/\/redis:6379/,
    ],
    [
      'Redis with Telegram long polling (Telegram allows one poller)',
      { TELEGRAM_BOT_TOKEN: TG_TOKEN, REDIS_URL: 'redis://redis:6379' },
      /^PlanBot config: REDIS_URL is set but Telegram is in long polling, and Telegram allows one poller: set TELEGRAM_WEBHOOK_URL for replicas, or remove REDIS_URL$/,
    ],
    [
      'a shard list without the fleet size',
      { DISCORD_TOKEN: DC_TOKEN, DISCORD_SHARD_LIST: '0,1' },
      /^PlanBot config: DISCORD_SHARD_LIST is set but DISCORD_SHARDS is not: set DISCORD_SHARDS to the fleet's number of shards$/,
    ],
    [
      'a shard list naming a shard outside the fleet',
      { DISCORD_TOKEN: DC_TOKEN, DISCORD_SHARD_LIST: '1,2', DISCORD_SHARDS: '2' },
      /^PlanBot config: DISCORD_SHARD_LIST names shard 2, but DISCORD_SHARDS is 2: shard ids go from 0 to 1$/,
    ],
    [
      'a shard list that is not numbers',
      { DISCORD_TOKEN: DC_TOKEN, DISCORD_SHARD_LIST: '0-3', DISCORD_SHARDS: '4' },
      /^PlanBot config: DISCORD_SHARD_LIST is "0-3": set it to shard ids separated by commas, e.g. 0,1$/,
    ],
    [
      'a shard named twice',
      { DISCORD_TOKEN: DC_TOKEN, DISCORD_SHARD_LIST: '1, 1', DISCORD_SHARDS: '4' },
      /^PlanBot config: DISCORD_SHARD_LIST names a shard twice/,
    ],
    [
      'no shards',
      { DISCORD_SHARDS: '0' },
      /^PlanBot config: DISCORD_SHARDS is "0": set it to the fleet's number/,
    ],
    [
      'an unknown log level',
      { LOG_LEVEL: 'verbose' },
      /^PlanBot config: LOG_LEVEL is "verbose": set it to one of fatal, error, warn, info, debug, trace, silent$/,
    ],
  ];
  for (const [name, env, expected] of malformed) {
    test(`${name}: one line naming the variable and the fix`, () => {
      const line = problem(env);
      assert.ok(line !== undefined, 'expected a ConfigError');
      assert.match(line, expected);
      assert.ok(!line.includes('\n'), 'one line');
    });
  }

  test('REDIS_URL in webhook mode, and a fleet share, are read; the Redis password is a secret', () => {
    const config = parseConfig({
      TELEGRAM_BOT_TOKEN: TG_TOKEN,
      TELEGRAM_WEBHOOK_URL: 'https://b.example.org/h',
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      DISCORD_TOKEN: DC_TOKEN,
      DISCORD_SHARDS: '4',
      DISCORD_SHARD_LIST: ' 2,3 ',
      REDIS_URL: 'redis://:s3cret%21@redis:6379/0',
    });
    assert.equal(config.redisUrl, 'redis://:s3cret%21@redis:6379/0');
    assert.deepEqual(config.discord?.shards, { total: 4, list: [2, 3] });
    assert.ok(config.secrets.includes('s3cret!'));
  });

  test('no message ever shows a secret value', () => {
    const secretLike = [
      { TELEGRAM_BOT_TOKEN: 'leaky-secret-value' },
      { TELEGRAM_BOT_TOKEN: `bot${TG_TOKEN}` },
      { DISCORD_TOKEN: 'leaky-secret-value' },
      { DISCORD_TOKEN: `Bot ${DC_TOKEN}` },
      {
        TELEGRAM_BOT_TOKEN: TG_TOKEN,
        TELEGRAM_WEBHOOK_URL: 'https://b.example.org/h',
        TELEGRAM_WEBHOOK_SECRET: 'leaky secret value',
      },
    ];
    for (const env of secretLike) {
      const line = problem(env) ?? '';
      assert.ok(line.startsWith('PlanBot config:'), line);
      assert.ok(!line.includes('leaky'), line);
      assert.ok(!line.includes(TG_TOKEN.split(':')[1]!), line);
      assert.ok(!line.includes(DC_TOKEN.split('.')[2]!), line);
    }
  });
});
