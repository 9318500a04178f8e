import { describe, expect, it } from 'vitest';
import { countryName, matchPlace, primaryDemonym } from './gazetteer.ts';
import { tokenize } from './tokenize.ts';

const at = (text: string, word: string, language = 'en') => {
  const m = tokenize(text, language);
  const i = m.tokens.findIndex((t) => t.text === word);
  return matchPlace(m.tokens, i, language);
};

describe('gazetteer', () => {
  it('matches countries, capitals, cities and regions by name', () => {
    expect(at('Talks in Georgia', 'Georgia')?.entry).toMatchObject({
      name: 'Georgia',
      type: 'country',
      country: 'GE',
    });
    expect(at('in Yerevan', 'Yerevan')?.entry).toMatchObject({
      name: 'Yerevan',
      type: 'city',
      capital: true,
      country: 'AM',
    });
    expect(at('in Crimea', 'Crimea')?.entry).toMatchObject({ type: 'region' });
    expect(at('the Russian Federation said', 'Russian')).toMatchObject({
      length: 2,
      entry: { name: 'Russia' },
    });
    expect(at('in New Delhi', 'New')).toMatchObject({ length: 2, entry: { name: 'New Delhi' } });
  });

  it('requires a capital letter in English and exact case for acronyms', () => {
    expect(at('a turkey dinner', 'turkey')).toBeNull();
    expect(at('the US said', 'US')?.entry?.name).toBe('United States');
    expect(at('tell us more', 'us')).toBeNull();
  });

  it('maps demonyms to countries', () => {
    expect(at('Turkish envoys', 'Turkish')).toMatchObject({ entry: null, demonymOf: 'TR' });
    expect(at('two Azerbaijanis', 'Azerbaijanis')?.demonymOf).toBe('AZ');
  });

  it('reads Russian and Azerbaijani case endings', () => {
    expect(at('Переговоры в Москве', 'Москве', 'ru')?.entry?.name).toBe('Москва');
    expect(at('из России', 'России', 'ru')?.entry?.name).toBe('Россия');
    expect(at('украинские военные', 'украинские', 'ru')?.demonymOf).toBe('UA');
    expect(at('Görüş Bakıda keçirilib', 'Bakıda', 'az')?.entry?.name).toBe('Bakı');
    expect(at('Gürcüstanın səfiri', 'Gürcüstanın', 'az')?.entry?.name).toBe('Gürcüstan');
  });

  it('names countries and their institutions', () => {
    expect(countryName('RU', 'en')).toBe('Russia');
    expect(countryName('RU', 'ru')).toBe('Россия');
    expect(primaryDemonym('AZ')).toBe('Azerbaijani');
  });
});
