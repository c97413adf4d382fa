import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { DEFAULT_DATA_DIR } from '../../../src/core/data/load.js';
import { foldText } from '../../../src/core/text/fold.js';
import { toTraditional } from '../../../src/core/text/script.js';

// 資訊 is 信息 on the mainland; the sources' 资讯 is site chrome ("相关资讯").
const MEANT = /资讯/;

describe('a word of the data typed in traditional script folds back to that word', () => {
  test('no Taiwan phrase turns one of the data’s words into another (區域性 → 局部, 指標 → 指针)', () => {
    const files = [
      ...readdirSync(DEFAULT_DATA_DIR)
        .filter((f) => f.endsWith('.json'))
        .map((f) => path.join(DEFAULT_DATA_DIR, f)),
      ...readdirSync(path.join(DEFAULT_DATA_DIR, 'sources')).map((f) =>
        path.join(DEFAULT_DATA_DIR, 'sources', f),
      ),
    ];
    const runs = files.flatMap((f) => readFileSync(f, 'utf8').match(/\p{Script=Han}+/gu) ?? []);
    const changed = new Set<string>();
    for (const run of runs)
      for (let n = 2; n <= 3; n += 1)
        for (let i = 0; i + n <= run.length; i += 1) {
          const word = run.slice(i, i + n);
          if (MEANT.test(word) || foldText(word) !== word) continue;
          const back = foldText(toTraditional(word));
          if (back !== word) changed.add(`${toTraditional(word)} → ${back} (data: ${word})`);
        }
    assert.deepEqual([...changed], []);
  });
});

describe('a Taiwan word the converter leaves alone folds to the mainland word the sources use', () => {
  test('高水準 is 高水平', () => {
    assert.equal(foldText('更高水準對外開放'), '更高水平对外开放');
  });
});
