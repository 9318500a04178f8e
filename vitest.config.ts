import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    // Builds the newsroom app (dist/admin/) first when it is missing or older than its sources.
    globalSetup: ['test/setup/admin-build.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: browser and PostgreSQL suites contend; keep parallelism modest.
    maxWorkers: 2,
  },
});
