/** One part of `npm run bench`: prints its table, returns the figures for the final JSON line. */
export interface BenchSection {
  /** Key of this section's figures in the final JSON line. */
  name: string;
  run(): Promise<BenchResult>;
}

export interface BenchResult {
  /** Human-readable lines (a table). */
  text: string;
  figures: Record<string, unknown>;
  /** Targets missed, one line each; empty when all were met. */
  failures: string[];
}
