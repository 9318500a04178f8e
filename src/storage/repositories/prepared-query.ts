import type { Compilable, CompiledQuery, Kysely } from 'kysely';
import type { DB } from '../schema.ts';

type Arg = string | number;

/** Where each compiled parameter comes from: the argument at that index, or a constant of the shape. */
type Slot = { arg: number } | { value: unknown };

const MARK = 'prepared-query-argument-';
const sentinel = (i: number): string => `\u0000${MARK}${String(i)}\u0000`;

/**
 * A query of fixed shape, built and compiled once per database; each run only puts its arguments
 * in as the statement's parameters. On the hot reader pages, building and compiling the query
 * with Kysely (parsing selections, freezing nodes, visiting the tree) cost about as much CPU as
 * SQLite running it. `build` must use its arguments only as values (never to choose the shape):
 * it is called once, with stand-ins, and every stand-in must come out as a parameter.
 */
export class PreparedQuery<A extends Arg[], R> {
  private readonly compiled = new WeakMap<Kysely<DB>, { query: CompiledQuery<R>; slots: Slot[] }>();

  constructor(
    private readonly arity: A['length'],
    private readonly build: (db: Kysely<DB>, ...args: A) => Compilable<R>,
  ) {}

  private prepare(db: Kysely<DB>): { query: CompiledQuery<R>; slots: Slot[] } {
    const known = this.compiled.get(db);
    if (known) return known;
    const stand = Array.from({ length: this.arity }, (_, i) => sentinel(i));
    // Stand-ins are strings whatever the argument's type: the values only travel as parameters.
    const query = this.build(db, ...(stand as A)).compile();
    const slots = query.parameters.map((p): Slot => {
      const arg = typeof p === 'string' ? stand.indexOf(p) : -1;
      return arg === -1 ? { value: p } : { arg };
    });
    const used = new Set(slots.flatMap((s) => ('arg' in s ? [s.arg] : [])));
    const derived = (v: unknown) => typeof v === 'string' && v.toLowerCase().includes(MARK);
    if (used.size !== this.arity || derived(query.sql) || slots.some((s) => 'value' in s && derived(s.value)))
      throw new Error('PreparedQuery: an argument did not become a parameter of the statement');
    const made = { query, slots };
    this.compiled.set(db, made);
    return made;
  }

  async execute(db: Kysely<DB>, ...args: A): Promise<R[]> {
    const { query, slots } = this.prepare(db);
    const parameters = slots.map((s) => ('arg' in s ? args[s.arg] : s.value));
    return (await db.executeQuery<R>({ ...query, parameters })).rows;
  }
}

/**
 * One query per count, for a LIMIT that is part of the statement's text rather than a parameter:
 * SQLite prepares a statement with a bound LIMIT again on every run (storage/sqlite-dialect.ts).
 * Counts come from the code (sidebar lengths), so there are few; past `max` of them the oldest is
 * dropped (it is compiled again when asked for).
 */
export function perCount<Q>(make: (count: number) => Q, max = 16): (count: number) => Q {
  const made = new Map<number, Q>();
  return (count) => {
    if (!Number.isSafeInteger(count) || count < 0)
      throw new Error(`perCount: ${String(count)} is not a whole number of rows`);
    let q = made.get(count);
    if (q === undefined) {
      q = make(count);
      if (made.size >= max) made.delete(made.keys().next().value as number);
      made.set(count, q);
    }
    return q;
  };
}
