/**
 * The optional Ghost 5 leg of the page benchmark: when GHOST_URL names a Ghost on 127.0.0.1
 * (installed outside the project by ../shared/anchors/setup-ghost.sh, never a dependency), its
 * post page for the seed article is measured in the same run as ours; with GHOST_PID, the Ghost
 * process's resident memory is read from /proc/<pid>/status during its runs.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { HOST } from '../lib/bench-app.ts';
import { BenchError } from '../lib/format.ts';
import { SEED_SLUG } from './targets.ts';

export interface GhostTarget {
  origin: string;
  path: string;
  pid: number | null;
}

const envSchema = z.object({
  GHOST_URL: z.url().optional(),
  GHOST_PID: z.coerce.number().int().min(1).optional(),
  GHOST_SLUG: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .default(SEED_SLUG),
});

/** The Ghost to measure, or null when GHOST_URL is unset; refuses anything but 127.0.0.1. */
export function ghostTarget(env: NodeJS.ProcessEnv = process.env): GhostTarget | null {
  const parsed = envSchema.safeParse({
    GHOST_URL: env.GHOST_URL?.trim() || undefined,
    GHOST_PID: env.GHOST_PID?.trim() || undefined,
    GHOST_SLUG: env.GHOST_SLUG?.trim() || undefined,
  });
  if (!parsed.success) throw new BenchError(`GHOST_URL / GHOST_PID / GHOST_SLUG: ${parsed.error.message}`);
  const { GHOST_URL, GHOST_PID, GHOST_SLUG } = parsed.data;
  if (!GHOST_URL) return null;
  const url = new URL(GHOST_URL);
  if (url.hostname !== HOST) throw new BenchError(`GHOST_URL must be on ${HOST}, not ${url.host}`);
  return { origin: url.origin, path: `/${GHOST_SLUG}/`, pid: GHOST_PID ?? null };
}

/** Resident memory of a process in bytes (VmRSS), or null when it cannot be read. */
export async function procRss(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${String(pid)}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kb === undefined ? null : Number(kb) * 1024;
  } catch {
    return null;
  }
}

/** Samples a process's resident memory every `everyMs` until stopped; the most seen, or null. */
export function sampleProcRss(pid: number, everyMs = 100): { stop(): Promise<number | null> } {
  let max: number | null = null;
  let inFlight: Promise<void> = Promise.resolve();
  const tick = (): void => {
    inFlight = procRss(pid).then((rss) => {
      if (rss !== null) max = Math.max(max ?? 0, rss);
    });
  };
  tick();
  const timer = setInterval(tick, everyMs);
  return {
    stop: async () => {
      clearInterval(timer);
      await inFlight;
      return max;
    },
  };
}
