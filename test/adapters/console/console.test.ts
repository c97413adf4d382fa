import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { after, describe, test } from 'node:test';
import { runConsole } from '../../../src/adapters/console/console.js';
import { createPlanBot } from '../../../src/core/planbot.js';
import { labels } from '../../../src/adapters/shared/labels.js';

const FIXTURE = new URL('../../helpers/fixture-data', import.meta.url).pathname;
const planbot = createPlanBot({ dataDir: FIXTURE });
const chartDir = mkdtempSync(join(tmpdir(), 'planbot-console-test-'));
after(() => rmSync(chartDir, { recursive: true, force: true }));

/** Types the lines, ends the input (Ctrl-D), returns everything the console wrote. */
async function chat(lines: string[], limit?: number): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (d: Buffer) => (text += d.toString()));
  const done = runConsole(
    limit === undefined ? { planbot, input, output, chartDir } : { planbot, input, output, limit, chartDir },
  );
  for (const line of lines) input.write(`${line}\n`);
  input.end();
  await done;
  return text;
}

describe('console', () => {
  test('a dated series is answered with the path of its chart PNG, after the answer', async () => {
    const text = await chat(['长三角高铁营业里程', '长三角研发经费投入强度']);
    const paths = [...text.matchAll(/^图表：(.+\.png)$/gm)].map((m) => m[1]!);
    assert.equal(paths.length, 1, 'one chart: the second figure has no series');
    assert.ok(paths[0]!.startsWith(chartDir));
    assert.ok(existsSync(paths[0]!) && statSync(paths[0]!).size > 1000);
    assert.ok(text.indexOf('超7100公里') < text.indexOf('图表：'), 'the path follows its answer');
    assert.ok(text.indexOf('图表：') < text.indexOf('3.34%'), 'and comes before the next answer');
  });

  test('a reader that goes away (`| head`) ends the chat quietly, without an uncaught EPIPE', async () => {
    const input = new PassThrough();
    const output = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const done = runConsole({ planbot, input, output });
    input.write('/stats 研发\n');
    await done;
  });

  test('answers commands and questions with the source under each answer', async () => {
    const text = await chat(['/stats 研发', '跨省通办事项有多少', '帮助']);
    assert.match(text, /长三角研发经费投入强度：3\.34%（2023年）/);
    assert.match(text, /跨省通办政务服务事项：超170项/);
    assert.match(text, /来源：测试日报/);
    assert.match(text, /\/tasks 领域/);
  });

  test('"more" pages the last answer', async () => {
    const text = await chat(['/stats', ...Array<string>(6).fill('more')], 2);
    assert.match(text, /^1\. /m);
    assert.match(text, /^3\. /m);
    assert.match(text, /^5\. /m);
    assert.match(text, /没有更多了/);
  });

  test('`help` typed in English answers in English; `help zh`, `help en` and 帮助 pick the language', async () => {
    const helpZh = labels.zh.help.split('\n')[0]!;
    const helpEn = labels.en.help.split('\n')[0]!;
    const en = await chat(['help']);
    assert.ok(en.includes(helpEn), 'English help');
    assert.ok(!en.includes(helpZh), 'no Chinese help');
    const zh = await chat(['help zh']);
    assert.ok(zh.includes(helpZh) && !zh.includes(helpEn));
    const forced = await chat(['帮助 en']);
    assert.ok(forced.includes(helpEn) && !forced.includes(helpZh));
    const chinese = await chat(['帮助']);
    assert.ok(chinese.includes(helpZh) && !chinese.includes(helpEn));
  });

  test('"more" with nothing to page says so instead of searching for "more"', async () => {
    const text = await chat(['more', '更多']);
    assert.match(text, /nothing to page yet/);
    assert.match(text, /还没有可翻页的回答/);
    assert.doesNotMatch(text, /Nothing in the sources answers that|•/);
  });

  test('a figure question is answered by a lead sentence on the first line', async () => {
    const text = await chat(['长三角研发经费投入强度是多少']);
    const first = text.split('\n').find((line, i, lines) => i > 0 && lines[i - 1] === '' && line.length > 0);
    assert.equal(first, '2023年，长三角研发经费投入强度为3.34%。');
  });

  test('declines with suggestions, in English for an English question', async () => {
    const text = await chat(["What's the weather in Hangzhou tomorrow?"]);
    assert.match(text, /Nothing in the sources answers that/);
    assert.match(text, /• How many key tasks/);
  });

  test('ends cleanly at end of input and on "exit"', async () => {
    assert.ok((await chat([])).includes('PlanBot'));
    const text = await chat(['exit', '/stats']);
    assert.doesNotMatch(text, /^1\. /m);
  });

  test('ends on Ctrl-C in a terminal', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    output.resume();
    const done = runConsole({ planbot, input, output, terminal: true });
    input.write('\u0003');
    let timer: NodeJS.Timeout | undefined;
    const stillRunning = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error('still running after Ctrl-C')), 2000);
    });
    await Promise.race([done, stillRunning]).finally(() => clearTimeout(timer));
  });
});

describe('console in the asker’s script', () => {
  test('a traditional question gets a traditional answer, labels included', async () => {
    const text = await chat(['長三角研發經費投入強度是多少']);
    assert.match(text, /長三角研發經費投入強度：3\.34%（2023年）/);
    assert.match(text, /來源：測試日報/);
    assert.doesNotMatch(text, /研发|来源/);
  });

  test('a simplified question and an English one are answered as before', async () => {
    const zh = await chat(['长三角研发经费投入强度是多少']);
    assert.match(zh, /长三角研发经费投入强度：3\.34%（2023年）/);
    assert.match(zh, /来源：测试日报/);
    const en = await chat(['What is the R&D intensity of the YRD?']);
    assert.match(en, /R&D intensity of the YRD: 3\.34%/);
    assert.match(en, /Source: 测试日报/);
  });

  test('"more" after a traditional question pages on in traditional script', async () => {
    const text = await chat(['/stats 長三角', '更多', '更多', '更多'], 1);
    assert.match(text, /第2–2條/);
    assert.match(text, /輸入“更多”/);
  });
});
