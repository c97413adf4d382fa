import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createLogger, REDACTED, scrubSecrets } from '../../src/logger.js';

const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawQ';
const SECRET = 'webhook_secret-XYZ';

function collect(level: 'info' | 'debug' = 'info') {
  const lines: string[] = [];
  const logger = createLogger({
    level,
    secrets: [TOKEN, SECRET],
    destination: { write: (l: string) => lines.push(l) },
  });
  return { logger, lines };
}

describe('logger', () => {
  test('writes one JSON line per call at the configured level', () => {
    const { logger, lines } = collect('info');
    logger.debug('hidden');
    logger.info({ platform: 'telegram' }, 'ready in 12 ms');
    assert.equal(lines.length, 1);
    const entry = JSON.parse(lines[0]!) as Record<string, unknown>;
    assert.equal(entry.msg, 'ready in 12 ms');
    assert.equal(entry.platform, 'telegram');
    assert.equal(entry.level, 30);
  });

  test('a token inside an error message and stack never reaches a log line', () => {
    const { logger, lines } = collect();
    // The shape of a telegraf network error: the Bot API URL carries the token.
    const err = new Error(
      `request to https://api.telegram.org/bot${TOKEN}/getUpdates?offset=1 failed, reason: ECONNRESET`,
    );
    logger.error(
      { err, url: `https://api.telegram.org/bot${encodeURIComponent(TOKEN)}/sendMessage` },
      'polling failed',
    );
    logger.warn(`retrying with ${TOKEN}`);
    assert.equal(lines.length, 2);
    for (const line of lines) {
      assert.ok(!line.includes(TOKEN), line);
      assert.ok(!line.includes(TOKEN.split(':')[1]!), line);
      assert.ok(!line.includes(encodeURIComponent(TOKEN)), line);
    }
    const entry = JSON.parse(lines[0]!) as { err: { message: string; stack: string } };
    assert.equal(
      entry.err.message,
      `request to https://api.telegram.org/bot${REDACTED}/getUpdates?offset=1 failed, reason: ECONNRESET`,
    );
    assert.ok(entry.err.stack.includes(REDACTED));
  });

  test('credential fields are redacted whatever their value', () => {
    const { logger, lines } = collect();
    logger.info(
      {
        token: 'some-other-token',
        client: { token: 'nested-token' },
        req: {
          headers: { authorization: 'Bot abc.def.ghi', 'x-telegram-bot-api-secret-token': 'hdr-secret' },
        },
        config: {
          telegram: { token: 'cfg-token', webhook: { secret: 'cfg-secret' } },
          discord: { token: 'dc' },
        },
      },
      'state',
    );
    const line = lines[0]!;
    for (const leaked of [
      'some-other-token',
      'nested-token',
      'Bot abc.def.ghi',
      'hdr-secret',
      'cfg-token',
      'cfg-secret',
      '"dc"',
    ]) {
      assert.ok(!line.includes(leaked), `${leaked} leaked: ${line}`);
    }
    const entry = JSON.parse(line) as { token: string; client: { token: string } };
    assert.equal(entry.token, REDACTED);
    assert.equal(entry.client.token, REDACTED);
  });

  test('scrubSecrets replaces plain and URL-encoded forms, and ignores empty secrets', () => {
    assert.equal(
      scrubSecrets(`a ${TOKEN} b ${encodeURIComponent(TOKEN)} c`, [TOKEN, '']),
      `a ${REDACTED} b ${REDACTED} c`,
    );
    assert.equal(scrubSecrets('nothing here', [TOKEN]), 'nothing here');
  });
});
