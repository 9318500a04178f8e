import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../search/text.ts';
import { windowTier } from './window-tiers.ts';

describe('windowTier', () => {
  const tier = (q: string, headline: string, standfirst = '') =>
    windowTier(parseQuery(q, 'en'), headline, standfirst);

  it('is 3 when every word is in the headline, 2 with the standfirst, 1 otherwise', () => {
    expect(tier('embassy damage ', 'embassi damag in kyiv')).toBe(3);
    expect(tier('embassy damage ', 'embassi in kyiv', 'the damag was seen')).toBe(2);
    expect(tier('embassy damage ', 'embassi in kyiv', 'nobodi was hurt')).toBe(1);
    expect(tier('embassy ', '', '')).toBe(1);
  });

  it('matches whole tokens, not parts of them', () => {
    expect(tier('oil ', 'toil and soil')).toBe(1);
    expect(tier('oil ', 'oil and soil')).toBe(3);
  });

  it('needs a phrase adjacent and in one field', () => {
    expect(tier('"prime minister"', 'the prime minist spoke')).toBe(3);
    expect(tier('"prime minister"', 'minist prime')).toBe(1);
    expect(tier('"prime minister"', 'the prime', 'minist spoke')).toBe(1);
  });

  it('matches a half-typed last word as a prefix', () => {
    expect(tier('emb', 'embassi damag')).toBe(3);
    expect(tier('oil pri', 'oil', 'price rise')).toBe(2);
    expect(tier('zepp', 'embassi damag')).toBe(1);
  });
});
