import { describe, expect, it } from 'vitest';
import { findPlaceMentions } from '../../analysis/places.ts';
import { tokenize } from '../../analysis/tokenize.ts';

const placeNames = (text: string): string[] =>
  findPlaceMentions(tokenize(text, 'ru')).map((p) => `${p.entry.name}:${text.slice(p.start, p.end)}`);

describe('Russian places with a fleeting vowel', () => {
  it('reads the oblique cases of a name that drops a vowel before the ending', () => {
    expect(placeNames('Делегация Египта прибыла. В Египте прошли выборы.')).toEqual([
      'Египет:Египта',
      'Египет:Египте',
    ]);
  });

  it('does not invent a place from a word with a consonant cluster', () => {
    expect(placeNames('Министр осмотрел мосты и тоннели.')).toEqual([]);
  });
});
