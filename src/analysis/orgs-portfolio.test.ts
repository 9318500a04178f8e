/**
 * A body's name running on through a list of its fields ("Ministry of Culture, Youth and Sport"),
 * and a date word opening the sentence kept out of the name. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { orgs } from './orgs.ts';
import { tokenize } from './tokenize.ts';

const names = (text: string) => orgs(tokenize(text, 'en')).map((o) => o.name);

describe('a head with a list of fields after "of"', () => {
  it('keeps every field up to the one after "and"', () => {
    expect(names('The Ministry of Culture, Youth and Sport opened the hall.')).toEqual([
      'Ministry of Culture, Youth and Sport',
    ]);
    expect(names('A grant came from the Agency for Transport, Logistics and Road Safety on Friday.')).toEqual(
      ['Agency for Transport, Logistics and Road Safety'],
    );
    expect(
      names(
        'Officials at the Committee for Water Resources, Land Reclamation, and Soil Protection disagreed.',
      ),
    ).toEqual(['Committee for Water Resources, Land Reclamation, and Soil Protection']);
  });

  it('stops before a list of places, other bodies or a date', () => {
    expect(names('The Ministry of Energy, Baku and Ganja signed the plan.')).toContain('Ministry of Energy');
    expect(names('The Ministry of Energy, the Central Bank and others met.')).toEqual([
      'Ministry of Energy',
      'Central Bank',
    ]);
    expect(names('The Ministry of Finance, Monday and Tuesday aside, was closed.')).toEqual([
      'Ministry of Finance',
    ]);
  });

  it('leaves a month opening the sentence out of the name', () => {
    expect(names('In March the Ministry of Health issued new rules.')).toEqual(['Ministry of Health']);
    expect(names('On Monday the Council of Elders met again.')).toEqual(['Council of Elders']);
  });
});
