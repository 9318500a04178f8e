/**
 * Starting the app for a benchmark: the configuration every bench shares (port 0 on 127.0.0.1,
 * silent logs) and a throwaway SQLite database in a temporary directory, removed on close.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, type App } from '../../src/app.ts';
import { parseDatabaseUrl, type Config, type DatabaseConfig } from '../../src/config/config.ts';

export const HOST = '127.0.0.1';

/** The configuration a benchmark runs the app with; `extra` adds or overrides settings. */
export function benchConfig(database: DatabaseConfig, extra: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: HOST,
    database,
    site: { baseUrl: 'http://news.test' },
    demo: false,
    logLevel: 'silent',
    trustProxy: false,
    ...extra,
  };
}

/** A temporary directory for one benchmark's files, and how to remove it. */
export interface TempDir {
  path: string;
  remove(): Promise<void>;
}

export async function tempDir(prefix: string): Promise<TempDir> {
  const path = await mkdtemp(join(tmpdir(), `newsdesk-bench-${prefix}-`));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/**
 * The database a benchmark measures: DATABASE_URL when set (the caller checks it is throwaway),
 * else a SQLite file in `dir`.
 */
export function benchDatabase(dir: string): { database: DatabaseConfig; fromEnv: boolean } {
  const url = process.env.DATABASE_URL?.trim();
  if (url) return { database: parseDatabaseUrl(url), fromEnv: true };
  return { database: { kind: 'sqlite', filename: join(dir, 'bench.sqlite') }, fromEnv: false };
}

/** An app on a fresh SQLite database with media in the same temporary directory; close removes both. */
export async function tempApp(
  prefix: string,
  extra: Partial<Config> = {},
  options: { jobs?: boolean } = {},
): Promise<{ app: App; dir: string; close(): Promise<void> }> {
  const dir = await tempDir(prefix);
  const config = benchConfig(
    { kind: 'sqlite', filename: join(dir.path, 'bench.sqlite') },
    { cachePurgeUrl: null, media: { dir: join(dir.path, 'media'), maxBytes: 10 * 1024 * 1024 }, ...extra },
  );
  try {
    const app = await buildApp(config, { logger: false, jobs: options.jobs ?? false });
    return {
      app,
      dir: dir.path,
      close: async () => {
        try {
          await app.close();
        } finally {
          await dir.remove();
        }
      },
    };
  } catch (e) {
    await dir.remove();
    throw e;
  }
}
