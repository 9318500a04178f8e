import { describe, expect, it } from 'vitest';
import { SEED_READINGS_VERSION } from '../ingest/demo/seed-readings.ts';
import { demoIsCurrent } from './demo.ts';

const settings = (stored: Record<string, unknown>) => ({ getAll: () => Promise.resolve(stored) });

describe('demoIsCurrent: whether a start may skip the demo', () => {
  it('only when the demo is loaded and the seed readings are the current version', async () => {
    expect(await demoIsCurrent(settings({ demo: 'loaded', demoReadings: SEED_READINGS_VERSION }))).toBe(true);
    expect(await demoIsCurrent(settings({}))).toBe(false);
    // An interrupted load is finished by the next start.
    expect(await demoIsCurrent(settings({ demo: 'loading', demoReadings: SEED_READINGS_VERSION }))).toBe(
      false,
    );
    // Readings reviewed again since (a new version) are applied by the next start.
    expect(await demoIsCurrent(settings({ demo: 'loaded', demoReadings: 'seed-readings-0' }))).toBe(false);
    expect(await demoIsCurrent(settings({ demo: 'loaded' }))).toBe(false);
  });
});
