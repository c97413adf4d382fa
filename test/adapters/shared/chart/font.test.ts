import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { describe, test } from 'node:test';
import * as hb from 'harfbuzzjs';
import { chartCharacters } from '../../../../src/adapters/shared/chart/charset.js';
import { CHART_FONT_PATH } from '../../../../src/adapters/shared/chart/render.js';
import { loadKnowledge } from '../../../../src/core/data/load.js';

const FIXTURE = new URL('../../../helpers/fixture-data', import.meta.url).pathname;

function fontCharacters(path: string): Set<string> {
  const face = new hb.Face(new hb.Blob(readFileSync(path)));
  return new Set([...face.collectUnicodes()].map((cp) => String.fromCodePoint(cp)));
}

describe('chart font subset', () => {
  const inFont = fontCharacters(CHART_FONT_PATH);

  for (const [name, dir] of [
    ['the bundled data', undefined],
    ['the test fixtures', FIXTURE],
  ] as const) {
    test(`has a glyph for every character a chart of ${name} can show (else: npm run build:font)`, () => {
      const needed = chartCharacters(loadKnowledge(dir));
      const missing = [...needed].filter((ch) => !inFont.has(ch));
      assert.deepEqual(missing, [], `missing from ${CHART_FONT_PATH}: ${missing.join('')}`);
      // The titles, units and the small print of every chart are in there: Chinese, both scripts.
      for (const ch of '长三角来源來源年月约超') assert.ok(needed.has(ch), ch);
    });
  }

  test('stays small (a full CJK font renders about 30 times slower)', () => {
    assert.ok(statSync(CHART_FONT_PATH).size < 1024 * 1024, 'under 1 MB');
  });
});
