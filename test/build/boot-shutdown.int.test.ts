import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * SIGTERM while the compiled server starts (migrations, the demo on an empty database) or right
 * after it listens (the demo's readings still being made by the background jobs): the process
 * ends with 0 and logs no error. Nothing here is timed.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const ARTICLE = '/en/world/moscow-expresses-regret-over-damage-to-azerbaijans-embassy-in-kyiv';

interface Line {
  level: number;
  msg: string;
}

/** The compiled server on `database` with the demo; its JSON log lines and exit code. */
function server(database: string) {
  const child = spawn(process.execPath, [join(root, 'dist', 'server', 'main.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: `sqlite:${database}`,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      NEWSDESK_DEMO: '1',
      SHUTDOWN_TIMEOUT_MS: '20000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Line[] = [];
  let rest = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const all = (rest + chunk).split('\n');
    rest = all.pop() ?? '';
    for (const l of all) if (l.trim()) lines.push(JSON.parse(l) as Line);
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  /** Polls `ready` every 20 ms until it holds; fails if the process ends first. */
  const until = async (ready: () => boolean, what: string) => {
    for (let i = 0; i < 6_000; i++) {
      if (ready()) return;
      if (child.exitCode !== null) throw new Error(`exited before ${what}: ${stderr.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`no ${what} within 120 s`);
  };
  return { child, lines, exited, until, stderr: () => stderr };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsdesk-boot-'));
  await promisify(execFile)(process.execPath, ['scripts/build-server.mjs', '--if-stale'], {
    cwd: root,
    timeout: 120_000,
  });
}, 150_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('SIGTERM during and just after the start', () => {
  it('while the demo is being loaded: ends the start without listening, exits 0; a restart finishes it', async () => {
    const database = join(dir, 'during.sqlite');
    const first = server(database);
    try {
      // The file appears when the app opens the database, after the signal handlers are installed.
      await first.until(() => existsSync(database), 'the database file');
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      const msgs = first.lines.map((l) => l.msg);
      expect(msgs).toContain('shut down');
      expect(msgs.filter((m) => m.startsWith('Server listening'))).toEqual([]);
      expect(first.lines.filter((l) => l.level >= 50)).toEqual([]);
    } finally {
      first.child.kill('SIGKILL');
    }

    const again = server(database);
    try {
      await again.until(() => again.lines.some((l) => l.msg.startsWith('Newsdesk is serving')), 'listening');
      const origin = /http:\/\/127\.0\.0\.1:\d+/.exec(
        again.lines.find((l) => l.msg.startsWith('Server listening'))?.msg ?? '',
      )?.[0];
      expect((await fetch(`${origin ?? ''}${ARTICLE}`)).status).toBe(200);
    } finally {
      again.child.kill('SIGTERM');
      expect(await again.exited).toBe(0);
    }
  }, 240_000);

  it('while the demo readings are still being made: exits 0 with no error logged', async () => {
    const s = server(join(dir, 'after.sqlite'));
    try {
      await s.until(() => s.lines.some((l) => l.msg.startsWith('Newsdesk is serving')), 'listening');
      // The background jobs have just started reading the demo articles in the analysis worker.
      s.child.kill('SIGTERM');
      expect(await s.exited).toBe(0);
      expect(s.lines.map((l) => l.msg)).toContain('shut down');
      expect(s.lines.filter((l) => l.level >= 50)).toEqual([]);
    } finally {
      s.child.kill('SIGKILL');
    }
  }, 240_000);
});
