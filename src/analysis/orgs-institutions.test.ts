/**
 * Cultural and scientific institutions named by their head noun ("Carpet Museum", "Kandilli
 * Observatory"). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { orgs } from './orgs.ts';
import { tokenize } from './tokenize.ts';

const names = (text: string) => orgs(tokenize(text, 'en')).map((o) => o.name);

describe('museums, observatories, libraries and theatres', () => {
  it('reads a capitalised phrase ending in an institution noun', () => {
    expect(names('The Shusha Carpet Museum lent three rugs.')).toEqual(['Shusha Carpet Museum']);
    expect(names('Readings from the Shamakhi Astrophysical Observatory were delayed.')).toEqual([
      'Shamakhi Astrophysical Observatory',
    ]);
    expect(
      names('A premiere at the Green Theatre drew crowds, and the National Library of Lisbon lent scores.'),
    ).toEqual(['Green Theatre', 'National Library of Lisbon']);
  });

  it('leaves the nouns alone in lower case or with nothing before them', () => {
    expect(names('The museum reopened after the observatory closed.')).toEqual([]);
    expect(names('Museum visits rose in spring.')).toEqual([]);
  });
});
