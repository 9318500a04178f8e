/**
 * Seeded randomness for the benchmarks: the same seed gives the same corpus, ids, request order and
 * lookups, so two runs measure the same work.
 */
import type { IdGenerator } from '../../src/services/deps.ts';
import { itemAt } from './lists.ts';

export type Rng = () => number;

/** mulberry32: small, fast, good enough for test data. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (r: Rng, min: number, max: number): number => min + Math.floor(r() * (max - min + 1));
export const pick = <T>(r: Rng, list: readonly T[]): T => itemAt(list, Math.floor(r() * list.length), 'pick');

/** Version 4 UUIDs from the seeded generator, so a run's ids are reproducible too. */
export function seededUuids(seed: number): IdGenerator {
  const r = rng(seed);
  return () => {
    // Byte 6 carries the version (4), byte 8 the variant (10xx).
    const bytes = Array.from({ length: 16 }, (_, i) => {
      const b = Math.floor(r() * 256);
      return i === 6 ? (b & 0x0f) | 0x40 : i === 8 ? (b & 0x3f) | 0x80 : b;
    });
    const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}

/** Picks from a list with Zipf-like weights: the first entries are by far the most frequent. */
export function zipf<T>(list: readonly T[], exponent = 1, offset = 2.7): (r: Rng) => T {
  const cumulative: number[] = [];
  let total = 0;
  list.forEach((_, i) => {
    total += 1 / (i + offset) ** exponent;
    cumulative.push(total);
  });
  return (r) => {
    const x = r() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (itemAt(cumulative, mid, 'zipf weights') < x) lo = mid + 1;
      else hi = mid;
    }
    return itemAt(list, lo, 'zipf');
  };
}
