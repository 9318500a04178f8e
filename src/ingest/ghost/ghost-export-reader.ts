import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import Assembler from 'stream-json/assembler.js';
import { parser } from 'stream-json/parser.js';
import { AppError } from '../../domain/errors.ts';

/**
 * Streams the rows of the tables of a Ghost JSON export (Settings → Advanced → Export), one row at
 * a time, so a file of hundreds of megabytes is never held whole. The file is `{db: [{meta, data}]}`
 * (or, from older tools, `{meta, data}`), `data` holding one array per database table.
 */
export interface TableRow {
  table: string;
  row: Record<string, unknown>;
}

interface Frame {
  array: boolean;
  /** In an object the current key; in an array the index of the current element. */
  key: string | number | null;
}

/** A string longer than this in one export (a post's document) is refused, not held. */
const MAX_STRING = 64 * 1024 * 1024;

/** The table a value belongs to when it is an element of `data.<table>` (or `db[n].data.<table>`). */
function tableOf(frames: readonly Frame[]): string | null {
  const top = frames.at(-1);
  if (!top?.array) return null;
  const path = frames.slice(0, -1).map((f) => f.key);
  if (path.length === 2 && path[0] === 'data') return String(path[1]);
  if (path.length === 4 && path[0] === 'db' && path[2] === 'data') return String(path[3]);
  return null;
}

/**
 * Yields `wanted` tables' rows in file order. Fails with IMPORT_MALFORMED when the file is not JSON
 * (naming where the parser stopped), has no `data.posts` table, or a row is not an object.
 */
export async function* readGhostTables(
  file: string,
  wanted: ReadonlySet<string>,
  open: (file: string) => Readable = (f) => createReadStream(f),
): AsyncGenerator<TableRow> {
  const tokens = open(file).pipe(
    parser.asStream({ packValues: true, streamValues: false, maxPackedLength: MAX_STRING }),
  );
  const frames: Frame[] = [];
  let assembler: Assembler | null = null;
  let table = '';
  let sawPosts = false;
  try {
    for await (const token of tokens as AsyncIterable<{ name: string; value?: unknown }>) {
      if (assembler) {
        assembler.consume(token as never);
        if (assembler.done) {
          yield rowOf(table, assembler.current);
          assembler = null;
        }
        continue;
      }
      if (token.name === 'keyValue') {
        const top = frames.at(-1);
        if (top) top.key = String(token.value);
        continue;
      }
      if (token.name === 'endObject' || token.name === 'endArray') {
        frames.pop();
        continue;
      }
      // A value starts here: an element of a table we want is assembled whole, anything else walked.
      const t = tableOf(frames);
      const top = frames.at(-1);
      if (top?.array) top.key = typeof top.key === 'number' ? top.key + 1 : 0;
      if (t === 'posts') sawPosts = true;
      if (t !== null && wanted.has(t)) {
        table = t;
        assembler = new Assembler();
        assembler.consume(token as never);
        if (assembler.done) {
          yield rowOf(table, assembler.current);
          assembler = null;
        }
        continue;
      }
      if (token.name === 'startObject') frames.push({ array: false, key: null });
      else if (token.name === 'startArray') {
        frames.push({ array: true, key: null });
        if (tableOf(frames) === 'posts') sawPosts = true;
      }
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('IMPORT_MALFORMED', `${file}: not a readable JSON file (${(e as Error).message})`, [
      { field: 'file', message: 'must be a Ghost JSON export' },
    ]);
  }
  if (!sawPosts)
    throw new AppError('IMPORT_MALFORMED', `${file}: not a Ghost export (no data.posts table)`, [
      { field: 'data.posts', message: 'is missing' },
    ]);
}

function rowOf(table: string, value: unknown): TableRow {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new AppError('IMPORT_MALFORMED', `data.${table}: a row is not an object`, [
      { field: `data.${table}`, message: 'rows must be objects' },
    ]);
  return { table, row: value as Record<string, unknown> };
}
