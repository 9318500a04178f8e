/**
 * A role written with an organisation after the quote ("…," the chief engineer of X Co., Ltd. told
 * …): the attribution runs through the name's full stops, and the holder is the one whose role has
 * the role's head, before one whose country merely matches. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';

const speakers = (body: string): (string | null)[] =>
  analyze({ body, language: 'en', published: '2026-12-07', timezone: 'UTC' }).quotes.map((q) => q.speaker);

describe('a role with its organisation after the quote', () => {
  it('gives the quote to the holder of the role head, not a minister of the same country', () => {
    expect(
      speakers(
        'Chinese Vice Minister of Commerce Wang Hai Feng opened the forum. Chief engineer Sun Li Ming presented the bridge.\n\n“The steel arrives in March,” the chief engineer of Shandong Bridge Works Co., Ltd. told the forum.',
      ),
    ).toEqual(['Sun Li Ming']);
  });

  it('reads through "Inc." before a lower-case verb', () => {
    expect(
      speakers(
        'Lead engineer Ana Ruiz toured the site.\n\n“We are two weeks ahead,” the lead engineer of Andes Rail Inc. said on Friday.',
      ),
    ).toEqual(['Ana Ruiz']);
  });

  it('still picks the holder by country when no holder has the head', () => {
    expect(
      speakers(
        'Turkish Trade Minister Kemal Aydın met Georgian Economy Minister Nino Beridze.\n\n“The border will stay open,” the Turkish official said.',
      ),
    ).toEqual(['Kemal Aydın']);
  });
});
