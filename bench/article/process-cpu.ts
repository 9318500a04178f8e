/** CPU time of one process (user + system, every thread), from /proc/<pid>/stat, in milliseconds. */
import { readFileSync } from 'node:fs';
import { BenchError } from '../lib/format.ts';

/** Linux's USER_HZ: /proc's times are in these ticks (100 on every common build). */
const TICKS_PER_SECOND = 100;

export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces), counted from its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime))
    throw new BenchError(`unreadable /proc/${String(pid)}/stat`);
  return ((utime + stime) * 1000) / TICKS_PER_SECOND;
}
