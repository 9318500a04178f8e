/** Russian ё and е are one letter to a reader: places are found with either, named as written. */
import { describe, expect, it } from 'vitest';
import { places, withWrittenYo } from './places.ts';
import { tokenize } from './tokenize.ts';

const names = (text: string) => places(tokenize(text, 'ru')).map((p) => p.name);

describe('places written with ё', () => {
  it('finds a place written with ё, in any case, and names it with the ё the text writes', () => {
    expect(names('Танкер прошёл Азовское море и вошёл в Чёрное море.')).toEqual([
      'Азовское море',
      'Чёрное море',
    ]);
    expect(names('Учения прошли в Чёрном море.')).toEqual(['Чёрное море']);
    expect(names('Учения прошли в Черном море.')).toEqual(['Черное море']);
  });

  it('restores ё only where the written word has it', () => {
    expect(withWrittenYo('Черное море', ['Чёрном море'])).toBe('Чёрное море');
    expect(withWrittenYo('Черное море', ['Черном море'])).toBe('Черное море');
    expect(withWrittenYo('Баку', ['Баку'])).toBe('Баку');
  });
});
