import { jsonArrayFrom as postgresArray } from 'kysely/helpers/postgres';
import { jsonArrayFrom as sqliteArray } from 'kysely/helpers/sqlite';
import type { Database } from '../database.ts';

/**
 * A subquery's rows as one JSON column of the outer row, in either dialect, so a page reads a
 * row with its children (tags, authors, sources…) in one query instead of one query per kind
 * (or per item). Both dialects keep the subquery's order.
 */
export type JsonArrayOf = typeof postgresArray;

export function jsonArrayOf(kind: Database['kind']): JsonArrayOf {
  // The same SQL shape and row type; SQLite's comes back as text (see `rowsOf`).
  return kind === 'sqlite' ? (sqliteArray as JsonArrayOf) : postgresArray;
}

/** The rows of such a column: SQLite hands it over as text, PostgreSQL already parsed. */
export function rowsOf<T>(value: T[] | string | null | undefined): T[] {
  if (value === null || value === undefined) return [];
  return typeof value === 'string' ? (JSON.parse(value) as T[]) : value;
}
