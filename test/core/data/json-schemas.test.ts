import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR } from '../../../src/core/data/load.js';
import { dataJsonSchemas } from '../../../src/core/data/json-schemas.js';

describe('data/schema/*.schema.json', () => {
  test('match the zod schemas the loader uses (run npm run data:schemas after changing one)', () => {
    for (const [name, schema] of Object.entries(dataJsonSchemas())) {
      const committed: unknown = JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, 'schema', name), 'utf8'));
      assert.deepEqual(committed, schema, name);
    }
  });
});
