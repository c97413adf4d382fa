import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Answer } from '../../../core/types.js';
import { inScript } from '../script.js';
import { answerChart } from './index.js';

/** Where the console and the ask CLI put chart PNGs by default: one file per chart, reused. */
export function defaultChartDir(): string {
  return join(tmpdir(), 'planbot-charts');
}

/**
 * Writes the answer's chart (see `answerChart`) to `dir` and returns its path; undefined when the answer
 * has no chart. The file is named by the chart's content, so asking again rewrites the same file.
 */
export async function writeAnswerChart(
  answer: Answer,
  dir: string,
  onError: (err: unknown) => void,
): Promise<string | undefined> {
  const png = await answerChart(answer, onError);
  if (png === undefined) return undefined;
  const path = join(dir, `chart-${createHash('sha256').update(png).digest('hex').slice(0, 16)}.png`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(path, png);
    return path;
  } catch (err) {
    onError(err);
    return undefined;
  }
}

/** The line that points to a chart file: "图表：/tmp/…png" / "Chart: /tmp/…png". */
export function chartLine(answer: Pick<Answer, 'lang' | 'script'>, path: string): string {
  return inScript(answer.lang === 'en' ? `Chart: ${path}` : `图表：${path}`, answer.script);
}
