/**
 * A country is named as the text names it (FORMAT.md: names as written, in the nominative): where
 * the copy writes only another of its names ("Туркмения", "Киргизия", "Burma"), that one; where it
 * writes the usual name anywhere, the usual one; a former name ("Бирма") gives the present one. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { places } from './places.ts';
import { tokenize } from './tokenize.ts';

const names = (text: string, language: string) => places(tokenize(text, language)).map((p) => p.name);

describe('a country named by another of its names', () => {
  it('keeps the Russian name the copy writes, in the nominative', () => {
    expect(names('Груз отправят в Туркмению к весне.', 'ru')).toEqual(['Туркмения']);
    expect(names('Министры Киргизии и Белоруссии встретились.', 'ru')).toEqual(['Киргизия', 'Белоруссия']);
  });

  it('takes the usual name when the copy writes it anywhere', () => {
    expect(names('Груз отправят в Туркменистан. В Туркмении ждут паромы.', 'ru')).toEqual(['Туркменистан']);
  });

  it('reads English and Azerbaijani copy alike', () => {
    expect(names('Holland signed the deal on Monday.', 'en')).toEqual(['Holland']);
    expect(names('Myanmar, once Burma, signed the deal.', 'en')).toEqual(['Myanmar']);
  });

  it('names a country by its present name where the text gives only a former one', () => {
    expect(names('Burma signed the deal on Monday.', 'en')).toEqual(['Myanmar']);
    expect(names('Делегация Бирмы прибыла.', 'ru')).toEqual(['Мьянма']);
  });
});
