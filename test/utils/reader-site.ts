/** The reader site's test bed: the app on a fresh database with the test content and a fixed clock. */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { loadFixtures, SEED_SLUG, type Fixtures } from '../fixtures/content.ts';
import { createTestApp, type TestApp } from './app.ts';
import type { Dialect } from './databases.ts';

/** The seed article's address on the reader site. */
export const SEED_URL = `/en/world/${SEED_SLUG}`;

/** The reader site under test, as the site's suites share it (see `readerSite`). */
export interface ReaderSite {
  /** The app; only inside a test or hook (it is built in `beforeAll`). */
  readonly app: TestApp;
  /** The test content: the seed article and 12 economy fillers. */
  readonly fx: Fixtures;
  /** A GET as a reader's browser sends it (a function property: suites take it off the object). */
  get: (url: string, headers?: Record<string, string>) => Promise<LightMyRequestResponse>;
}

/**
 * The reader site's test bed, for a suite on one dialect: the app on a fresh database with the
 * test content loaded and the clock at 21 November 2025, 15:00 UTC (the seed's afternoon in
 * Baku). Call it inside the suite's describe(); it adds the hooks that build and dispose it.
 */
export function readerSite(dialect: Dialect): ReaderSite {
  let app: TestApp | undefined;
  let fx: Fixtures | undefined;
  beforeAll(async () => {
    app = await createTestApp(dialect, {}, { clock: { now: () => new Date('2025-11-21T15:00:00Z') } });
    fx = await loadFixtures(app.container, 12);
  });
  afterAll(async () => app?.dispose());
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('readerSite: the site is built in beforeAll; use it in a test');
    return value;
  };
  return {
    get app() {
      return ready(app);
    },
    get fx() {
      return ready(fx);
    },
    get: (url, headers = {}) => ready(app).server.inject({ method: 'GET', url, headers }),
  };
}
