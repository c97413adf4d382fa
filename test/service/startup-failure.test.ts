import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ConfigError } from '../../src/config.js';
import { startupFailureLine } from '../../src/service/startup-failure.js';

const coded = (message: string, fields: Record<string, unknown>) => Object.assign(new Error(message), fields);

describe('startupFailureLine: the one line an operator reads', () => {
  test('names the cause and the fix for what operators meet', () => {
    const target = { port: 8080, host: '10.0.0.9' };
    const cases: [unknown, RegExp][] = [
      [
        coded('listen EADDRINUSE', { code: 'EADDRINUSE' }),
        /^PlanBot cannot start: port 8080 on 10\.0\.0\.9 is already in use: stop what holds it, or set PORT to a free port$/,
      ],
      [
        coded('listen EADDRNOTAVAIL', { code: 'EADDRNOTAVAIL' }),
        /^PlanBot cannot start: HOST "10\.0\.0\.9" is not an address of this machine/,
      ],
      [
        coded('401: Unauthorized', { response: { error_code: 401 } }),
        /^PlanBot cannot start: Telegram refused TELEGRAM_BOT_TOKEN/,
      ],
      [
        coded('An invalid token was provided.', { code: 'TokenInvalid' }),
        /^PlanBot cannot start: Discord refused DISCORD_TOKEN/,
      ],
      [
        coded('401: Unauthorized', { status: 401 }),
        /^PlanBot cannot start: Discord refused DISCORD_TOKEN \(401: Unauthorized\)/,
      ],
      [
        new ConfigError('PORT', 'is "0": set it to a port number from 1 to 65535'),
        /^PlanBot config: PORT is "0"/,
      ],
    ];
    for (const [err, expected] of cases) assert.match(startupFailureLine(err, target, []), expected);
  });

  test('any other error: its first line only, and never a secret', () => {
    const err = new Error('request to https://api.example/botSECRET-TOKEN/getMe failed\n    at x (y.js:1:2)');
    assert.equal(
      startupFailureLine(err, {}, ['SECRET-TOKEN']),
      'PlanBot cannot start: request to https://api.example/bot***/getMe failed',
    );
  });
});
