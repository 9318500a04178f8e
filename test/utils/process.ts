import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { asError } from '../../src/lib/as-error.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** One JSON log line of the server (pino). */
export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface ServerProcess {
  child: ChildProcess;
  /** http://127.0.0.1:PORT */
  url: string;
  /** Every JSON line the process wrote to stdout so far. */
  logs: LogLine[];
  /** Everything written to stderr. */
  stderr(): string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
  /** Whether the process is still running. */
  alive(): boolean;
  /** Waits (bounded) for a log line that matches. */
  waitForLog(match: (l: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  /** Kills the process with SIGKILL if it is still running and waits for it to end. */
  stop(): Promise<void>;
}

/**
 * Starts the real server (`src/main.ts`, as `npm start` does, through tsx) on port 0 and waits
 * until it listens. `preload` adds `--import` modules (fault injection in tests).
 */
export async function startServer(
  env: Record<string, string>,
  options: { preload?: string[]; startTimeoutMs?: number } = {},
): Promise<ServerProcess> {
  const args = ['--import', 'tsx'];
  for (const p of options.preload ?? []) args.push('--import', p);
  args.push('src/main.ts');
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, NEWSDESK_DEMO: '0', LOG_LEVEL: 'info', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: LogLine[] = [];
  const waiters = new Set<() => void>();
  let err = '';
  let rest = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.trim()) continue;
      try {
        logs.push(JSON.parse(line) as LogLine);
      } catch {
        logs.push({ level: 0, msg: line });
      }
    }
    for (const w of waiters) w();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
  });
  let running = true;
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => {
      running = false;
      for (const w of waiters) w();
      resolve(code ?? signal ?? 'unknown');
    }),
  );

  const waitForLog = (match: (l: LogLine) => boolean, timeoutMs = 10_000) =>
    new Promise<LogLine>((resolve, reject) => {
      const check = () => {
        const found = logs.find(match);
        if (found) {
          done();
          resolve(found);
        } else if (!running) {
          done();
          reject(new Error(`the server exited before the expected log line; stderr: ${err.slice(-2000)}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(
          new Error(
            `no matching log line within ${timeoutMs} ms; last lines: ${JSON.stringify(logs.slice(-5))}`,
          ),
        );
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });

  const stop = async () => {
    if (running) child.kill('SIGKILL');
    await exited;
  };

  try {
    const listening = await waitForLog(
      (l) => typeof l.msg === 'string' && l.msg.startsWith('Server listening at http://127.0.0.1'),
      options.startTimeoutMs ?? 30_000,
    );
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(listening.msg)![0];
    return { child, url, logs, stderr: () => err, exited, alive: () => running, waitForLog, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** Polls `probe` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 10_000,
  everyMs = 100,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: Error | undefined;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (e) {
      last = asError(e);
    }
    if (Date.now() > until) {
      throw new Error(
        `${what}: not reached within ${timeoutMs} ms${last ? ` (last error: ${String(last)})` : ''}`,
      );
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
