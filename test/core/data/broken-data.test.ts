import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkKnowledge, DEFAULT_DATA_DIR, loadKnowledge } from '../../../src/core/data/load.js';
import { KnowledgeError } from '../../../src/core/data/errors.js';

type JsonRecord = Record<string, unknown>;

const copies: string[] = [];
after(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh copy of the bundled data/ with one defect made by `breakIt`. */
function brokenCopy(breakIt: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'planbot-data-'));
  copies.push(dir);
  cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
  breakIt(dir);
  return dir;
}

function editJson(file: string, edit: (records: JsonRecord[]) => void): (dir: string) => void {
  return (dir) => {
    const path = join(dir, file);
    const records = JSON.parse(readFileSync(path, 'utf8')) as JsonRecord[];
    edit(records);
    writeFileSync(path, JSON.stringify(records, null, 2));
  };
}

const XINMIN = '2024-07-25-xinmin-third-round-plan';
function editSource(id: string, edit: (text: string) => string): (dir: string) => void {
  return (dir) => {
    const path = join(dir, 'sources', `${id}.md`);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
  };
}

/** The message loadKnowledge stops with on the broken copy (it must be a one-line KnowledgeError). */
function loadError(breakIt: (dir: string) => void): string {
  const dir = brokenCopy(breakIt);
  try {
    loadKnowledge(dir);
  } catch (err) {
    assert.ok(err instanceof KnowledgeError, `not a KnowledgeError: ${String(err)}`);
    assert.ok(!err.message.includes('\n'), `not one line: ${err.message}`);
    assert.ok(err.message.includes(dir), `the path is not named under DATA_DIR: ${err.message}`);
    return err.message.replaceAll(dir, 'data');
  }
  assert.fail('loadKnowledge accepted the broken copy');
}

const first = (records: JsonRecord[]): JsonRecord => records[0]!;

describe('loadKnowledge rejects a broken data/ with one line naming file, record and field', () => {
  test('an untouched copy loads', () => {
    assert.equal(loadKnowledge(brokenCopy(() => {})).sources.length, loadKnowledge().sources.length);
  });

  test('missing field', () => {
    const message = loadError(editJson('tasks.json', (r) => delete first(r).en));
    assert.equal(
      message,
      'PlanBot data: data/tasks.json: record task-science-centres-zhangjiang-hefei: field en: ' +
        'Invalid input: expected string, received undefined',
    );
  });

  test('wrong type', () => {
    const message = loadError(editJson('stats.json', (r) => (first(r).value = '165')));
    assert.equal(
      message,
      'PlanBot data: data/stats.json: record stat-plan3-task-count: field value: ' +
        'Invalid input: expected number, received string',
    );
  });

  test('bad date in a source front matter', () => {
    const message = loadError(editSource(XINMIN, (t) => t.replace('date: "2024-07-25"', 'date: "2024/07/25"')));
    assert.equal(
      message,
      `PlanBot data: data/sources/${XINMIN}.md: record ${XINMIN}: field date: must be a date YYYY-MM-DD (a web source may give only YYYY-MM)`,
    );
  });

  test('bad as_of in a statistic', () => {
    const message = loadError(editJson('stats.json', (r) => (first(r).as_of = '2024年')));
    assert.equal(
      message,
      'PlanBot data: data/stats.json: record stat-plan3-task-count: field as_of: ' +
        'must be YYYY, YYYY-MM, YYYY-MM-DD or YYYY—YYYY',
    );
  });

  test('duplicate id', () => {
    const message = loadError(editJson('tasks.json', (r) => (r[1]!.id = first(r).id)));
    assert.equal(
      message,
      'PlanBot data: data/tasks.json: record task-science-centres-zhangjiang-hefei: field id: duplicate id',
    );
  });

  test('unknown source', () => {
    const message = loadError(editJson('stats.json', (r) => (first(r).source = 'no-such-article')));
    assert.equal(
      message,
      'PlanBot data: data/stats.json: record stat-plan3-task-count: field source: unknown source "no-such-article"',
    );
  });

  test('unknown area', () => {
    const message = loadError(editJson('tasks.json', (r) => (first(r).area = 'outer-space')));
    assert.equal(
      message,
      'PlanBot data: data/tasks.json: record task-science-centres-zhangjiang-hefei: field area: ' +
        'unknown area "outer-space"',
    );
  });

  test('an area given to a task of an earlier plan', () => {
    const message = loadError(
      editJson('tasks.json', (r) => (r.find((t) => t.id === 'task-dead-end-roads')!.area = 'ecology')),
    );
    assert.equal(
      message,
      'PlanBot data: data/tasks.json: record task-dead-end-roads: field area: ' +
        '"ecology" is an area of plan-2024-2026, not of plan-2018-2020',
    );
  });

  test('unknown plan', () => {
    const message = loadError(editJson('tasks.json', (r) => (first(r).plan = 'plan-2027-2029')));
    assert.equal(
      message,
      'PlanBot data: data/tasks.json: record task-science-centres-zhangjiang-hefei: field plan: ' +
        'unknown plan "plan-2027-2029"',
    );
  });

  test('quote not verbatim in its source', () => {
    // One character changed: 合作共建 → 合作建设.
    const message = loadError(editJson('tasks.json', (r) => (first(r).quote = '深入推进张江、合肥两大综合性国家科学中心合作建设')));
    assert.equal(
      message,
      'PlanBot data: data/tasks.json: record task-science-centres-zhangjiang-hefei: field quote: ' +
        'is not verbatim in source "2024-07-26-21jingji-third-round-plan" (copy it from data/sources/2024-07-26-21jingji-third-round-plan.md)',
    );
  });

  test('quote of a plan fact not verbatim', () => {
    const message = loadError(
      editJson('plans.json', (r) => ((first(r).facts as JsonRecord[])[0]!.quote = '2018年制定了计划。')),
    );
    assert.equal(
      message,
      'PlanBot data: data/plans.json: record plan-2018-2020: field facts.0.quote: ' +
        'is not verbatim in source "2024-07-26-21jingji-third-round-plan" (copy it from data/sources/2024-07-26-21jingji-third-round-plan.md)',
    );
  });

  test('statistic value not in its quote', () => {
    const message = loadError(editJson('stats.json', (r) => (first(r).value = 166)));
    assert.equal(
      message,
      'PlanBot data: data/stats.json: record stat-plan3-task-count: field value: 166 does not appear in its quote',
    );
  });

  test('plan task count not in its quote', () => {
    const message = loadError(editJson('plans.json', (r) => (r[2]!.task_count = 156)));
    assert.equal(
      message,
      'PlanBot data: data/plans.json: record plan-2024-2026: field task_count: 156 does not appear in its quote',
    );
  });

  test('invalid JSON', () => {
    const broken = '[{"id": "yrd", "term": "长三角",';
    const message = loadError((dir) => writeFileSync(join(dir, 'glossary.json'), broken));
    let parseMessage = '';
    try {
      JSON.parse(broken);
    } catch (err) {
      parseMessage = (err as Error).message;
    }
    assert.equal(message, `PlanBot data: data/glossary.json: ${parseMessage}`);
  });

  test('a JSON file that is not an array', () => {
    const message = loadError((dir) => writeFileSync(join(dir, 'areas.json'), '{"id": "ecology"}'));
    assert.equal(message, 'PlanBot data: data/areas.json: must be a JSON array of records');
  });

  test('front matter without its closing line', () => {
    const message = loadError(editSource(XINMIN, (t) => t.replace('\n---\n', '\n\n')));
    assert.equal(message, `PlanBot data: data/sources/${XINMIN}.md: missing front matter (--- ... ---)`);
  });

  test('front matter that is not YAML', () => {
    const message = loadError(editSource(XINMIN, (t) => t.replace('title: "', 'title "')));
    assert.equal(
      message,
      `PlanBot data: data/sources/${XINMIN}.md: bad front matter: ` +
        'Implicit keys need to be on a single line at line 2, column 1',
    );
  });

  test('a source id that does not match its file name', () => {
    const message = loadError(editSource(XINMIN, (t) => t.replace(`id: ${XINMIN}`, 'id: xinmin')));
    assert.equal(
      message,
      `PlanBot data: data/sources/${XINMIN}.md: record xinmin: field id: must match the file name (${XINMIN}.md)`,
    );
  });

  test('a field the schema does not know (a typo)', () => {
    const message = loadError(editJson('areas.json', (r) => (first(r).keyword = ['科技'])));
    assert.match(message, /^PlanBot data: data\/areas\.json: record science-innovation: field \(record\): .*keyword/);
  });
});

describe('checkKnowledge reports every problem at once', () => {
  test('two planted errors in two files are both reported, each with file, record and field', () => {
    const dir = brokenCopy((d) => {
      editJson('stats.json', (r) => (first(r).value = 'many'))(d);
      editJson('tasks.json', (r) => delete first(r).en)(d);
    });
    const lines = checkKnowledge(dir).problems.map((p) => p.message.replaceAll(dir, 'data'));
    assert.equal(lines.length, 2, lines.join('\n'));
    assert.match(lines.join('\n'), /data\/stats\.json: record stat-[\w-]+: field value:/);
    assert.match(lines.join('\n'), /data\/tasks\.json: record task-[\w-]+: field en:/);
  });
});
