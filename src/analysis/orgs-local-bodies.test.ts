/**
 * A city's or region's own body written in lower case after the place (issue 13): "Bishkek city
 * court", "the Osh regional council". Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { orgs } from './orgs.ts';
import { tokenize } from './tokenize.ts';

const names = (text: string) => orgs(tokenize(text, 'en')).map((o) => o.name);

describe('a place, a level word and a local body', () => {
  it('names city, district and appeals courts and councils as written', () => {
    expect(names('The Almaty city court upheld the fine on Monday.')).toEqual(['Almaty city court']);
    expect(names('An appeal is pending at the Osh regional court.')).toEqual(['Osh regional court']);
    expect(names('Members of the Batumi city council walked out.')).toEqual(['Batumi city council']);
  });

  it('needs the level word and a place that is no country', () => {
    expect(names('The Baku court ruled late.')).toEqual([]);
    expect(names('A Turkey district court was mentioned.')).toEqual([]);
    expect(names('The city court ruled late.')).toEqual([]);
  });
});
