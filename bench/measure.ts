import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap used (MB) after a full collection. */
export function heapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** Runs `build`, returning what it built, its wall time (ms) and the heap it kept (MB). */
export function measureBuild<T>(build: () => T): { value: T; ms: number; mb: number } {
  const before = heapMb();
  const start = performance.now();
  const value = build();
  const ms = performance.now() - start;
  const mb = heapMb() - before;
  return { value, ms, mb };
}

/** The q-th quantile (0..1) of some numbers. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
