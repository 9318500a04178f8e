/**
 * Rivers and lakes the gazetteer lacks, read from the noun after them ("X çayı", "X gölü") or from
 * the "-darya" ending of Central Asian rivers, named in the nominative. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { places } from './places.ts';
import { tokenize } from './tokenize.ts';

const names = (text: string, language: string) => places(tokenize(text, language)).map((p) => p.name);

describe('rivers and lakes by their noun or shape', () => {
  it('reads an Azerbaijani river or lake before its noun, in any case', () => {
    expect(names('Xanarx çayının suyu azalıb, Qızılsu gölündə isə səviyyə qalxıb.', 'az')).toEqual([
      'Xanarx',
      'Qızılsu',
    ]);
  });

  it('reads "-darya" rivers in Azerbaijani and Russian, in the nominative', () => {
    expect(names('Kaşkadərya boyunca kanal çəkilir.', 'az')).toEqual(['Kaşkadərya']);
    expect(names('Воды Кашкадарьи не хватает.', 'ru')).toEqual(['Кашкадарья']);
  });

  it('leaves a capitalised word before another noun alone', () => {
    expect(names('Zirvə komandası qalib gəlib.', 'az')).toEqual([]);
    expect(names('Дарья Смирнова приехала.', 'ru')).toEqual([]);
  });
});
