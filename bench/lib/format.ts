/** Helpers shared by the benchmarks: configuration from the environment, tables and latency summaries. */

export class BenchError extends Error {
  override name = 'BenchError';
}

/** A whole number from the environment within bounds, or the fallback when unset. */
export function intFromEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BenchError(`${name}="${raw}" must be a whole number from ${min} to ${max}`);
  }
  return value;
}

/** A table's rows: the header first (it sets the column count), then the data rows. */
export type TableRows = [header: string[], ...rows: string[][]];

/** Rows as aligned columns (the header sets the column count); trailing spaces trimmed. */
export function table(rows: TableRows, rightAligned: Set<number>): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  // A cell beyond the header's columns is not padded (as padStart(undefined) would not).
  const width = (i: number) => widths[i] ?? 0;
  return rows
    .map((r) =>
      r
        .map((cell, i) => (rightAligned.has(i) ? cell.padStart(width(i)) : cell.padEnd(width(i))))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** A thrown or rejected value as an Error: itself when it is one, else a BenchError with its text. */
export const benchFailure = (e: unknown): Error => (e instanceof Error ? e : new BenchError(String(e)));

export const fixed = (n: number, digits: number): string =>
  Number.isFinite(n) ? n.toFixed(digits) : String(n);

/** A latency summary in milliseconds. */
export interface Stats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** The nearest-rank percentile `p` (0–100) of samples sorted ascending; NaN when there are none. */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

/** Nearest-rank percentiles, in milliseconds. */
export function stats(samples: readonly number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  return {
    n: s.length,
    p50: percentile(s, 50),
    p95: percentile(s, 95),
    p99: percentile(s, 99),
    max: s[s.length - 1] ?? Number.NaN,
    mean: s.length ? s.reduce((a, b) => a + b, 0) / s.length : Number.NaN,
  };
}

const round3 = (n: number): number => Math.round(n * 1000) / 1000;

/** The same summary rounded to microseconds, for the saved JSON results. */
export const roundStats = (s: Stats): Stats => ({
  n: s.n,
  p50: round3(s.p50),
  p95: round3(s.p95),
  p99: round3(s.p99),
  max: round3(s.max),
  mean: round3(s.mean),
});

/** Milliseconds for a table cell: two decimals under 10 ms, one above. */
export const ms = (n: number): string => fixed(n, n < 10 ? 2 : 1);

export { round3 };
