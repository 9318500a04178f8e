/**
 * English company and office names no list has, read from their last word (issue 13): "…
 * Resources", "… Technologies", "… Ventures", "Public Registry", "City Hall"; a descriptor such as
 * "Toronto-listed" stays out; inside a ministry's list of fields the same words are fields, not
 * heads. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { orgs } from './orgs.ts';
import { tokenize } from './tokenize.ts';

const names = (text: string) => orgs(tokenize(text, 'en')).map((o) => o.name);

describe('a company name ends in its kind of business', () => {
  it('reads resources, technology and venture firms', () => {
    expect(names('The licence was held by Tengri Gold Resources until March.')).toEqual([
      'Tengri Gold Resources',
    ]);
    expect(names('Machines were supplied by Orbis Ballot Technologies of Seoul.')).toEqual([
      'Orbis Ballot Technologies',
    ]);
    expect(names('The start-up raised $4 million from Steppe Ventures, a Doha fund.')).toEqual([
      'Steppe Ventures',
    ]);
  });

  it('reads registries and city halls', () => {
    expect(names('The sale was never entered in the Public Registry.')).toEqual(['Public Registry']);
    expect(names('Residents wrote to Batumi City Hall in April.')).toEqual(['Batumi City Hall']);
  });

  it('leaves a descriptor before the name out of it', () => {
    expect(names('London-listed Caspian Copper Resources fell 4%.')).toEqual(['Caspian Copper Resources']);
  });

  it('keeps the words as fields inside a ministry name and as common nouns in lower case', () => {
    expect(names('The Ministry of Natural Resources, Ecology and Technical Supervision objected.')).toEqual([
      'Ministry of Natural Resources, Ecology and Technical Supervision',
    ]);
    expect(names("Ukraine's air defense systems held.")).toEqual([]);
  });
});

describe("a parent body's acronym opening a name", () => {
  it('stays in a name whose own acronym leaves it out', () => {
    expect(
      names('The OSCE Office for Democratic Institutions and Human Rights (ODIHR) sent 40 observers.'),
    ).toEqual(['OSCE Office for Democratic Institutions and Human Rights']);
  });

  it('still drops a country before a name its acronym spells', () => {
    expect(names('Pakistan National Shipping Corporation (NSC) bought two tankers.')).not.toContain(
      'Pakistan National Shipping Corporation',
    );
  });
});
