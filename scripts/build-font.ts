/**
 * `npm run build:font`: cuts Noto Sans SC (OFL, from @expo-google-fonts/noto-sans-sc) down to the
 * characters charts can show (src/adapters/shared/chart/charset.ts) for the bundled data and the test
 * fixtures, and writes it to assets/fonts/. Run it after adding figures or sources with new characters;
 * test/adapters/shared/chart/font.test.ts fails until then. A small font renders about 30 times faster.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { chartCharacters } from '../src/adapters/shared/chart/charset.js';
import { CHART_FONT_PATH } from '../src/adapters/shared/chart/render.js';
import { loadKnowledge } from '../src/core/data/load.js';

const DATA_DIRS = ['data', 'test/helpers/fixture-data'];
const FULL_FONT = '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';

const chars = new Set<string>();
for (const dir of DATA_DIRS) for (const ch of chartCharacters(loadKnowledge(dir))) chars.add(ch);
const text = [...chars].sort().join('');
const full = readFileSync(createRequire(import.meta.url).resolve(FULL_FONT));
const subset = await subsetFont(full, text, { targetFormat: 'truetype' });
writeFileSync(CHART_FONT_PATH, subset);
process.stdout.write(
  `build:font: ${chars.size} characters, ${Math.round(subset.length / 1024)} KB → ${CHART_FONT_PATH}\n`,
);
