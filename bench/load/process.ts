/** Child processes for the load benchmark: the server under test and the baseline, each on its own. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOST } from '../lib/bench-app.ts';
import { BenchError } from '../lib/format.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, HOST, () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Resident memory of a process in MiB (Linux /proc; null elsewhere). */
export async function rssMiB(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

/** A child process we started, with its output kept (the server's error lines are counted). */
export interface Child {
  proc: ChildProcess;
  lines: string[];
  exited: Promise<number | null>;
}

export function start(args: string[], env: NodeJS.ProcessEnv): Child {
  const proc = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const l of chunk.toString('utf8').split('\n')) if (l.trim()) lines.push(l);
    if (lines.length > 10_000) lines.splice(0, lines.length - 10_000);
  };
  // Piped (stdio above), so both streams are there.
  proc.stdout.on('data', keep);
  proc.stderr.on('data', keep);
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return { proc, lines, exited };
}

/** Stops a child we started: SIGTERM, then SIGKILL if it has not exited within 15 s. */
export async function stop(child: Child | undefined): Promise<number | null | 'killed'> {
  if (!child || child.proc.exitCode !== null || child.proc.signalCode !== null)
    return child?.proc.exitCode ?? null;
  child.proc.kill('SIGTERM');
  const code = await Promise.race([child.exited, sleep(15_000).then(() => 'timeout' as const)]);
  if (code !== 'timeout') return code;
  child.proc.kill('SIGKILL');
  await child.exited;
  return 'killed';
}

export async function waitUntilReady(origin: string, child: Child, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.proc.exitCode !== null)
      throw new BenchError(
        `the process exited with ${child.proc.exitCode}:\n${child.lines.slice(-20).join('\n')}`,
      );
    try {
      if ((await fetch(`${origin}/readyz`)).status === 200) return;
    } catch {
      /* not listening yet */
    }
    await sleep(200);
  }
  throw new BenchError(`not ready within ${ms / 1000} s:\n${child.lines.slice(-20).join('\n')}`);
}
