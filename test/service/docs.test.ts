import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const envExample = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');

describe('operator docs', () => {
  test('README and .env.example warn that DEBUG=telegraf:* prints secrets', () => {
    assert.match(readme, /Never run with `DEBUG=telegraf:\*`[^]*?webhook secret/);
    assert.match(envExample, /Never set DEBUG=telegraf:\*[^]*?webhook secret/);
  });

  test('METRICS_PORT and METRICS_HOST are documented in both', () => {
    for (const name of ['METRICS_PORT', 'METRICS_HOST']) {
      assert.match(readme, new RegExp('`' + name + '`'));
      assert.match(envExample, new RegExp(`^${name}=$`, 'm'));
    }
  });
});
