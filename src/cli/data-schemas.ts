/** `npm run data:schemas`: writes data/schema/*.schema.json from the zod schemas. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR } from '../core/data/load.js';
import { dataJsonSchemas } from '../core/data/json-schemas.js';

for (const [name, schema] of Object.entries(dataJsonSchemas())) {
  writeFileSync(join(DEFAULT_DATA_DIR, 'schema', name), `${JSON.stringify(schema, null, 2)}\n`);
}
