/**
 * Indexing a list at a position the caller has already proven to be inside it (a token index from
 * the tokenizer, a regex group the pattern always fills). The compiler cannot see such proofs, so
 * the check is made once here, by name: a broken invariant fails at once with a catalog error
 * instead of letting `undefined` travel on and fail somewhere else.
 */
import { AppError } from '../domain/errors.ts';

/** The item at index i of list; throws INTERNAL when i is outside it. */
export function itemAt<T>(list: readonly T[], i: number): T {
  const item = list[i];
  if (item === undefined) {
    throw new AppError('INTERNAL', `Analysis invariant broken: no item at ${i} of ${list.length}.`);
  }
  return item;
}
