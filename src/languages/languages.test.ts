import { describe, expect, it } from 'vitest';
import {
  createLanguageRegistry,
  genericPack,
  languages,
  packFor,
  PACKS,
  type LanguagePack,
} from './index.ts';
import { folderFor, indexText } from '../search/text.ts';
import { slugifyWith } from '../lib/slug.ts';
import { formatLongDate } from '../lib/dates.ts';

/** A minimal extra pack, as a new language file would declare it (Georgian, generic analysis). */
const ka: LanguagePack = {
  ...genericPack('ka'),
  tag: 'ka-GE',
  locales: { date: 'ka', number: 'ka' },
  ogLocale: 'ka_GE',
  // A made-up rule to prove the pack's own letters reach search folding and slugs.
  searchFolds: { ჰ: 'ხ' },
  slugLetters: [
    ['ა', 'a'],
    ['ბ', 'b'],
    ['ქ', 'k'],
    ['უ', 'u'],
    ['ი', 'i'],
    ['თ', 't'],
    ['ს', 's'],
    ['ლ', 'l'],
  ],
  stem: (word) => word.replace(/ის$/u, ''),
};

describe('language registry', () => {
  it('answers each shipped language with its own pack', () => {
    expect(PACKS.map((p) => p.code)).toEqual(['en', 'az', 'ru']);
    expect(packFor('az').foldCase('İLHAM ƏLİYEV')).toBe('ilham əliyev');
    expect(packFor('az').foldCase('I')).toBe('ı');
    expect(packFor('en').foldCase('I')).toBe('i');
    expect(packFor('ru').ogLocale).toBe('ru_RU');
  });

  it('names each language as its speakers write it, from its pack or from Intl', () => {
    expect(PACKS.map((p) => p.name)).toEqual(['English', 'Azərbaycanca', 'Русский']);
    expect(packFor('en-GB').name).toBe('English');
    expect(['uk', 'tr', 'ka'].map((code) => packFor(code).name)).toEqual(['Українська', 'Türkçe', 'ქართული']);
    expect(packFor('zz').name).toBe('zz');
  });

  it('gives a region tag the base pack with the tag’s own locales', () => {
    const p = packFor('en-US');
    expect(p.stem('elections')).toBe(packFor('en').stem('elections'));
    expect(p.locales.date).toBe('en-US');
    expect(p.ogLocale).toBe('en_US');
  });

  it('gives a language without a pack generic behaviour', () => {
    const p = packFor('ka');
    expect(p.code).toBe('ka');
    expect(p.locales.date).toBe('ka');
    expect(p.stem('ქალაქის')).toBe('ქალაქის');
    // Cyrillic words are stemmed as Russian whatever the text's language.
    expect(p.stem('выборы')).toBe(packFor('ru').stem('выборы'));
    expect(languages.packFor('ka')).toBe(p);
  });

  it('takes a new language from one pack: folding, stemming, slugs and dates go through it', () => {
    const registry = createLanguageRegistry([...PACKS, ka]);
    expect(registry.packFor('ka')).toBe(ka);
    const fold = folderFor(registry);
    expect(fold('ჰა Əliyev')).toBe('ხა eliyev');
    expect(indexText('თბილისის ქუჩა', ka)).toBe('თბილის ქუჩა');
    expect(slugifyWith(registry)('თბილისი')).toBe('tbilisi');
    expect(slugifyWith(registry)('Əliyev')).toBe('eliyev');
    const date = new Date(Date.UTC(2025, 10, 21, 12));
    expect(formatLongDate(date, ka, 'Asia/Tbilisi')).toBe(
      new Intl.DateTimeFormat('ka', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'Asia/Tbilisi',
      })
        .formatToParts(date)
        .map((x) => x.value)
        .join('')
        .trim(),
    );
    expect(formatLongDate(date, 'en', 'UTC')).toBe('21 November 2025');
  });
});
