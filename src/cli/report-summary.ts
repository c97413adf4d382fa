/**
 * What `npm run report` makes of the service's JSON log lines: the questions declined most often and the
 * answers rated 👎 most often. Pure: lines in, text out.
 */

export interface DeclinedRow {
  question: string;
  count: number;
}

export interface RatedRow {
  question: string;
  ids: string[];
  down: number;
  up: number;
}

export interface ReportSummary {
  declined: DeclinedRow[];
  rated: RatedRow[];
  /** Presses on answers the service had forgotten (no question in the line). */
  unknown: { up: number; down: number };
  linesRead: number;
}

// The same question asked with or without its question mark, in either case, is one question.
const questionKey = (q: string): string =>
  q
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s?？!！。.]+$/u, '');

function parse(line: string): Record<string, unknown> | undefined {
  const trimmed = line.trim();
  if (!trimmed.startsWith('{')) return undefined;
  try {
    const value: unknown = JSON.parse(trimmed);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Reads log lines (JSON, as the service writes them; anything else is skipped). */
export function summarize(lines: Iterable<string>): ReportSummary {
  const declined = new Map<string, DeclinedRow>();
  const rated = new Map<string, RatedRow>();
  const unknown = { up: 0, down: 0 };
  let linesRead = 0;
  for (const raw of lines) {
    const line = parse(raw);
    if (line === undefined) continue;
    linesRead += 1;
    if (line.msg === 'declined' && typeof line.question === 'string' && line.question.length > 0) {
      const key = questionKey(line.question);
      const row = declined.get(key) ?? { question: line.question.trim(), count: 0 };
      row.count += 1;
      declined.set(key, row);
    } else if (line.msg === 'feedback' && (line.verdict === 'up' || line.verdict === 'down')) {
      const verdict = line.verdict;
      if (typeof line.question !== 'string') {
        unknown[verdict] += 1;
        continue;
      }
      const ids = Array.isArray(line.ids)
        ? line.ids.filter((id): id is string => typeof id === 'string')
        : [];
      const key = `${questionKey(line.question)}\u0000${ids.join(',')}`;
      const row = rated.get(key) ?? { question: line.question.trim(), ids, down: 0, up: 0 };
      row[verdict] += 1;
      rated.set(key, row);
    }
  }
  return {
    declined: [...declined.values()].sort(
      (a, b) => b.count - a.count || a.question.localeCompare(b.question),
    ),
    rated: [...rated.values()].sort(
      (a, b) => b.down - a.down || a.up - b.up || a.question.localeCompare(b.question),
    ),
    unknown,
    linesRead,
  };
}

const MAX_IDS_SHOWN = 3;

/** The summary as text: two ranked lists, `top` rows each. */
export function formatReport(summary: ReportSummary, top = 20): string {
  const out: string[] = [];
  out.push(`Declined questions (${summary.declined.length} distinct), most asked first:`);
  if (summary.declined.length === 0) out.push('  (none)');
  for (const row of summary.declined.slice(0, top))
    out.push(`  ${String(row.count).padStart(5)}  ${row.question}`);
  out.push('');
  out.push(`Rated answers (${summary.rated.length}), most 👎 first:`);
  if (summary.rated.length === 0) out.push('  (none)');
  for (const row of summary.rated.slice(0, top)) {
    const ids =
      row.ids.length > MAX_IDS_SHOWN
        ? `${row.ids.slice(0, MAX_IDS_SHOWN).join(', ')}, … (${row.ids.length} records)`
        : row.ids.join(', ');
    out.push(
      `  👎 ${String(row.down).padStart(3)}  👍 ${String(row.up).padStart(3)}  ${row.question}  [${ids}]`,
    );
  }
  const { up, down } = summary.unknown;
  if (up + down > 0)
    out.push(`  (and 👎 ${down} 👍 ${up} on answers no longer known: pressed after a restart)`);
  return out.join('\n');
}
