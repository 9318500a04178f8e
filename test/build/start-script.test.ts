import { describe, expect, it } from 'vitest';
import { npmStartArgs, npmStartFlags } from '../../bench/lib/start-script.ts';

describe('npm start, as the benchmarks start the compiled server', () => {
  it('runs dist/server/main.mjs with the smaller young generation that keeps RSS down', () => {
    expect(npmStartArgs().at(-1)).toBe('dist/server/main.mjs');
    expect(npmStartFlags()).toContain('--max-semi-space-size=4');
    expect(npmStartFlags()).not.toContain('dist/server/main.mjs');
  });
});
