import { describe, expect, it } from 'vitest';
import { isFiniteVerb, isFirstName, isNoun, isVerb } from './lexicon.ts';

describe('lexicon', () => {
  it('reads word classes from the compromise lexicon', () => {
    expect(isFiniteVerb('summoned')).toBe(true);
    expect(isFiniteVerb('support')).toBe(false);
    expect(isVerb('support')).toBe(true);
    expect(isNoun('meeting')).toBe(true);
    expect(isFirstName('anna')).toBe(true);
  });

  it('treats unknown -ed words as past tense', () => {
    expect(isFiniteVerb('detained')).toBe(true);
  });
});
