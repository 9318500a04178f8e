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
    const app = await buildApp(testConfig(db, overrides), { logger: false, jobs: false, ...options });
    return {
      ...app,
      db,
      dispose: async () => {
        await app.close();
        await db.drop();
      },
    };
  } catch (e) {
    await db.drop();
    throw e;
  }
}
