/**
 * `npm run bench`: runs each section, prints its table, then one line of JSON with every figure.
 * Exit code 1 when a target is missed. Add a section with one line in SECTIONS.
 */
import type { BenchSection } from './section.js';
import { blindSection } from './sections/blind.js';
import { chartsSection } from './sections/charts.js';
import { retrievalSection } from './sections/retrieval.js';
import { serviceSection } from './service.js';

const SECTIONS: BenchSection[] = [blindSection, retrievalSection, chartsSection, serviceSection];

const summary: Record<string, unknown> = {};
const failures: string[] = [];
for (const section of SECTIONS) {
  const result = await section.run();
  process.stdout.write(`${result.text}\n\n`);
  summary[section.name] = result.figures;
  failures.push(...result.failures.map((f) => `${section.name}: ${f}`));
}
for (const failure of failures) process.stdout.write(`MISSED ${failure}\n`);
summary.failures = failures;
process.stdout.write(`${JSON.stringify(summary)}\n`);
process.exitCode = failures.length > 0 ? 1 : 0;
