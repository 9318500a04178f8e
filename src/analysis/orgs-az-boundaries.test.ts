/**
 * Where an Azerbaijani organisation's name begins and ends: a head in its nominative before a place
 * closes the name (the place opens the next body's), and a pronoun opening the sentence is its
 * subject, not part of a name. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { orgs } from './orgs.ts';
import { tokenize } from './tokenize.ts';

const names = (text: string) => orgs(tokenize(text, 'az')).map((o) => o.name);

describe('two Azerbaijani bodies back to back', () => {
  it('ends the first name at its head when a place opens the second', () => {
    expect(
      names('Dünən Gəncə İqtisad Universiteti Şəki Rayon Xəstəxanasının binasını icarəyə götürüb.'),
    ).toEqual(['Gəncə İqtisad Universiteti', 'Şəki Rayon Xəstəxanası']);
    expect(
      names('Sənədi Lənkəran Liman İdarəsi Astara Gömrük Komitəsinin nümayəndəsinə təqdim edib.'),
    ).toEqual(['Lənkəran Liman İdarəsi', 'Astara Gömrük Komitəsi']);
  });

  it('keeps an adjective or a noun in the middle of one name', () => {
    expect(names('Layihəni Şəki Şəhər Mərkəzi Xəstəxanası hazırlayıb.')).toEqual([
      'Şəki Şəhər Mərkəzi Xəstəxanası',
    ]);
  });
});

describe('a pronoun opening the sentence', () => {
  it('is not part of the name after it', () => {
    expect(names('Biz Konstitusiya Məhkəməsinə müraciət edəcəyik.')).toEqual(['Konstitusiya Məhkəməsi']);
    expect(names('Mən Dövlət Gömrük Komitəsinin iclasında danışdım.')).toEqual(['Dövlət Gömrük Komitəsi']);
  });

  it('leaves a place opening the sentence in the name', () => {
    expect(names('Azərbaycan Ali Məhkəməsi qərarı dəyişməyib.')).toEqual(['Azərbaycan Ali Məhkəməsi']);
  });
});
