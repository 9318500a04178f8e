import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, type App, type BuildOptions } from '../../src/app.ts';
import type { Config } from '../../src/config/config.ts';
import { createTestDatabase, type Dialect, type TestDatabase } from './databases.ts';

export interface TestApp extends App {
  db: TestDatabase;
  /** Closes the app and drops its database. */
  dispose(): Promise<void>;
}

export function testConfig(db: TestDatabase, overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    database: db.target,
    site: { baseUrl: 'http://news.test', timeZone: 'Asia/Baku' },
    demo: false,
    logLevel: 'silent',
    trustProxy: false,
    cachePurgeUrl: null,
    // A folder of its own under the system's temp dir, created only when something is uploaded.
    media: {
      dir: join(tmpdir(), `newsdesk-media-${randomBytes(6).toString('hex')}`),
      maxBytes: 10 * 1024 * 1024,
    },
    ...overrides,
  };
}

/** A whole app on a fresh database of the dialect, driven with `server.inject()`. */
export async function createTestApp(
  dialect: Dialect,
  overrides: Partial<Config> = {},
  options: BuildOptions = {},
): Promise<TestApp> {
  const db = await createTestDatabase(dialect);
  try {
    const config = testConfig(db, overrides);
    const app = await buildApp(config, { logger: false, jobs: false, ...options });
    return {
      ...app,
      db,
      dispose: async () => {
        await app.close();
        await db.drop();
        if (config.media && !overrides.media) rmSync(config.media.dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await db.drop();
    throw e;
  }
}
