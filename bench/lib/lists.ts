/**
 * Reading lists whose length the benchmark knows: an item that is not there is a broken
 * benchmark, named in a BenchError, never an undefined carried on into the figures.
 */
import { BenchError } from './format.ts';

/** `list.at(index)` (negative counts from the end) for a list of defined values; a BenchError naming `what` when it is not there. */
export function itemAt<T>(list: readonly T[], index: number, what: string): T {
  const item = list.at(index);
  if (item === undefined) throw new BenchError(`${what}: no item at ${index} of ${list.length}`);
  return item;
}

/** The `i`-th item going round a list (`list[i % list.length]`); a BenchError naming `what` when the list is empty. */
export const roundRobin = <T>(list: readonly T[], i: number, what: string): T =>
  itemAt(list, i % list.length, what);

/** The first item that passes `test`; a BenchError naming `what` when none does. */
export function findOrFail<T>(list: readonly T[], test: (item: T) => boolean, what: string): T {
  const item = list.find(test);
  if (item === undefined) throw new BenchError(`${what}: none found`);
  return item;
}
