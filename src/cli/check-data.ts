/**
 * `npm run check:data [DIR]`: validates a knowledge base (default DATA_DIR, else the bundled data/) and
 * lists every problem, one line each naming file, record, field and what to fix. Exit 0 when clean, 2 when not.
 */
import { checkKnowledge, DEFAULT_DATA_DIR } from '../core/data/load.js';

const dir = process.argv[2] ?? process.env.DATA_DIR ?? DEFAULT_DATA_DIR;
const { knowledge, problems } = checkKnowledge(dir);
for (const problem of problems) process.stderr.write(`${problem.message}\n`);
if (problems.length > 0) {
  process.stderr.write(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}\n`);
  process.exitCode = 2;
} else {
  const k = knowledge;
  const web = k.sources.filter((s) => s.status !== undefined).length;
  process.stdout.write(
    `data OK: ${k.sources.length} sources (${web} web), ${k.plans.length} plans, ${k.documents.length} documents, ` +
      `${k.events.length} events, ${k.areas.length} areas, ${k.tasks.length} tasks, ${k.stats.length} statistics, ` +
      `${k.glossary.length} glossary entries\n`,
  );
}
