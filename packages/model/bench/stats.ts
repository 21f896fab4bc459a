/** Timing helpers shared by the bench scripts (wall clock, performance.now()). */
import { performance } from 'node:perf_hooks';

export interface Timing {
  runs: number;
  median: number;
  p95: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

export function summarize(ms: readonly number[]): Timing {
  const sorted = [...ms].sort((a, b) => a - b);
  return { runs: sorted.length, median: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

/**
 * Times `f` after `warmup` calls: at least `minRuns`, at most `maxRuns`, and stops once `budgetMs`
 * of measured time has been spent (the slow columns get fewer runs; the count is reported).
 * `setup` makes each run's input outside the measured time.
 */
export function time<T>(
  f: (input: T) => unknown,
  { minRuns = 5, maxRuns = 200, budgetMs = 400, warmup = 2, setup = () => undefined as T }: { minRuns?: number; maxRuns?: number; budgetMs?: number; warmup?: number; setup?: () => T } = {},
): Timing {
  for (let i = 0; i < warmup; i++) f(setup());
  const ms: number[] = [];
  let spent = 0;
  while (ms.length < minRuns || (ms.length < maxRuns && spent < budgetMs)) {
    // Untimed: e.g. a fresh copy of the design, so no run is served from the renderers' caches.
    const input = setup();
    const t = performance.now();
    f(input);
    const d = performance.now() - t;
    ms.push(d);
    spent += d;
  }
  return summarize(ms);
}
