import { defineConfig } from 'vitest/config';

/**
 * Three projects, chosen by where a test file sits and how it is named (docs/architecture.md, "Testing"):
 * - browser: `test/browser/` — Chromium against an app on 127.0.0.1;
 * - integration: `*.int.test.ts(x)` anywhere, and the suites in `test/faults`, `test/scale` and
 *   `test/security` — they open databases (both dialects), start processes or Redis;
 * - unit: every other `*.test.ts(x)` — no database, no network, no browser: seconds.
 * `test/test-projects.test.ts` fails when a test that opens a database is left in unit.
 */
const browser = ['test/browser/**/*.test.ts'];
const integration = ['**/*.int.test.{ts,tsx}', 'test/{faults,scale,security}/**/*.test.ts'];
// Builds the newsroom app (dist/admin/) first when it is missing or older than its sources.
const adminBuild = ['test/setup/admin-build.ts'];

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: browser and PostgreSQL suites contend; keep parallelism modest.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
          exclude: [...browser, ...integration],
        },
      },
      { extends: true, test: { name: 'integration', include: integration, globalSetup: adminBuild } },
      { extends: true, test: { name: 'browser', include: browser, globalSetup: adminBuild } },
    ],
  },
});
