import { describe, expect, it } from 'vitest';
import { smartQuotes, typeset } from './typography.ts';

describe('smartQuotes', () => {
  it('pairs straight double quotes in each language’s marks', () => {
    expect(smartQuotes('Minister calls talks "productive"', 'en')).toBe('Minister calls talks “productive”');
    expect(smartQuotes('Москва выразила "искреннее сожаление"', 'ru')).toBe(
      'Москва выразила «искреннее сожаление»',
    );
    expect(smartQuotes('Nazir "səmərəli" danışıqlardan danışdı', 'az')).toBe(
      'Nazir “səmərəli” danışıqlardan danışdı',
    );
    expect(smartQuotes('"Quoted" at the start, and at the end "too"', 'en')).toBe(
      '“Quoted” at the start, and at the end “too”',
    );
  });

  it('uses the inner marks for a quote within a quote', () => {
    expect(smartQuotes('Он сказал: "Завод "Азот" закрыт"', 'ru')).toBe('Он сказал: «Завод „Азот“ закрыт»');
  });

  it('turns apostrophes into ’ and single quotes into the inner marks', () => {
    expect(smartQuotes("Azerbaijan's embassy in Kyiv", 'en')).toBe('Azerbaijan’s embassy in Kyiv');
    expect(smartQuotes("Prices back to '90s levels", 'en')).toBe('Prices back to ’90s levels');
    expect(smartQuotes("The 'green' corridor", 'en')).toBe('The ‘green’ corridor');
  });

  it('leaves text without straight quotes, and typographic quotes already typed, as they are', () => {
    expect(smartQuotes('Already “curly” and «angled»', 'en')).toBe('Already “curly” and «angled»');
    expect(smartQuotes('No quotes', 'xx')).toBe('No quotes');
  });

  it('typeset changes headline and standfirst only', () => {
    const a = { headline: 'A "test"', standfirst: null, language: 'ru', body: 'Said "this"' };
    expect(typeset(a)).toEqual({
      headline: 'A «test»',
      standfirst: null,
      language: 'ru',
      body: 'Said "this"',
    });
  });
});
