import { describe, expect, it } from 'vitest';
import { bestMatch, cosine, jaccard, storySimilarity, termVector, type StoryDoc } from './stories.ts';

const doc = (id: string, day: number, entities: string[], text: string): StoryDoc => ({
  id,
  publishedAt: new Date(Date.UTC(2025, 10, day)),
  entities,
  text,
});

const strike = doc(
  'a',
  14,
  ['place:kyiv', 'place:azerbaijan', 'org:azerbaijani-foreign-ministry', 'person:oleg-varin'],
  'A missile strike damaged the embassy compound in Kyiv overnight; the ministry summoned the ambassador to protest the strike on the embassy.',
);
const regret = doc(
  'b',
  21,
  ['place:kyiv', 'place:azerbaijan', 'place:russia', 'person:oleg-varin'],
  'Moscow expressed regret over the damage to the embassy in Kyiv caused by the missile strike, and the ambassador met officials.',
);
const football = doc(
  'c',
  20,
  ['place:baku', 'org:neftchi'],
  'Neftchi won the derby in Baku with two late goals in front of a full stadium.',
);

describe('story similarity', () => {
  it('measures overlap of words and entities', () => {
    expect(jaccard(new Set([1, 2]), new Set([2, 3]))).toBeCloseTo(1 / 3);
    expect(cosine(termVector('embassy strike embassy'), termVector('embassy strike embassy'))).toBeCloseTo(1);
    expect(cosine(termVector('embassy'), termVector('football'))).toBe(0);
  });

  it('groups follow-ups of one story and keeps unrelated news apart', () => {
    expect(storySimilarity(strike, regret)).toBeGreaterThan(0.3);
    expect(storySimilarity(strike, football)).toBeLessThan(0.1);
    expect(bestMatch(regret, [football, strike])).toMatchObject({ id: 'a' });
    expect(bestMatch(football, [strike, regret])).toBeNull();
  });

  it('does not join articles far apart in time', () => {
    expect(storySimilarity(strike, { ...regret, publishedAt: new Date(Date.UTC(2026, 0, 30)) })).toBe(0);
  });
});
