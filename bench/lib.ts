/** Helpers shared by the benchmarks: configuration from the environment and plain-text tables. */

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

/** Rows as aligned columns (the first row sets the column count); trailing spaces trimmed. */
export function table(rows: string[][], rightAligned: Set<number>): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => (rightAligned.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export const fixed = (n: number, digits: number): string =>
  Number.isFinite(n) ? n.toFixed(digits) : String(n);
