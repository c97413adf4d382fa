import { parse as parseYaml } from 'yaml';
import { errorMessage } from './errors.js';

/** Splits a source article file into its YAML front matter and its body paragraphs. */
export function parseSourceFile(text: string): { meta: unknown; body: string; paragraphs: string[] } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('missing front matter (--- ... ---)');
  const body = match[2]!.trim();
  const paragraphs = body
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s*\r?\n\s*/g, '').trim())
    .filter((p) => p.length > 0);
  let meta: unknown;
  try {
    meta = parseYaml(match[1]!);
  } catch (err) {
    // yaml's messages carry the offending lines after the first; errors here must stay on one line.
    throw new Error(`bad front matter: ${errorMessage(err).split('\n')[0]!.trim().replace(/:$/, '')}`);
  }
  return { meta, body: paragraphs.join('\n\n'), paragraphs };
}
