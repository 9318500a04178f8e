/**
 * PostgreSQL's CPU time per search, when the server runs on this machine: the sum over the
 * benchmark database's backends of the time Linux counts them on a CPU (/proc/PID/schedstat,
 * nanoseconds). On a busy machine wall time mostly measures waiting for a core; this does not.
 * The benchmark is the only client of its database, and searches run one at a time, so the
 * difference between two readings is one search's server work.
 */
import { readFileSync } from 'node:fs';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../src/storage/schema.ts';

export interface ServerCpu {
  /** Milliseconds on a CPU so far, summed over the backends last listed. */
  read(): number;
  /** Lists the database's backends again (the pool may have opened connections). */
  refresh(): Promise<void>;
}

/** Nanoseconds on a CPU of one process, or null when it is gone or not readable. */
function onCpuNs(pid: number): number | null {
  try {
    const first = readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0];
    const ns = Number(first);
    return Number.isFinite(ns) ? ns : null;
  } catch {
    return null;
  }
}

/** A reader of the server's CPU time, or null when the server's processes cannot be read here. */
export async function serverCpu(db: Kysely<DB>): Promise<ServerCpu | null> {
  const list = async () =>
    (
      await sql<{
        pid: number;
      }>`select pid from pg_stat_activity where datname = current_database() and pid is not null`.execute(db)
    ).rows.map((r) => r.pid);
  let pids = await list();
  if (!pids.length || pids.some((p) => onCpuNs(p) === null)) return null;
  return {
    read: () => pids.reduce((sum, p) => sum + (onCpuNs(p) ?? 0), 0) / 1e6,
    refresh: async () => {
      pids = await list();
    },
  };
}
