import { describe, expect, it } from 'vitest';
import { MessageCatalogs } from '../../lib/messages.ts';
import { siteCatalogs } from './index.ts';
import { describeCatalogs, keysUsedIn, sourceFiles } from '../../../test/utils/catalogs.ts';

const siteDir = new URL('..', import.meta.url).pathname;

describeCatalogs('reader-site message catalogs', siteCatalogs, keysUsedIn(sourceFiles(siteDir)));

describe('reader-site messages', () => {
  it('plurals follow each language: Russian has one/few/many', () => {
    const m = new MessageCatalogs(siteCatalogs);
    const ru = m.translator('ru');
    expect([1, 2, 5, 11, 21, 22, 25, 0].map((count) => ru('articleCount', { count }))).toEqual([
      '1 статья',
      '2 статьи',
      '5 статей',
      '11 статей',
      '21 статья',
      '22 статьи',
      '25 статей',
      'Нет статей',
    ]);
    expect(m.translator('en')('articleCount', { count: 1 })).toBe('1 article');
    expect(m.translator('en')('articleCount', { count: 1200 })).toBe('1,200 articles');
    expect(m.translator('az')('articleCount', { count: 3 })).toBe('3 məqalə');
    expect(m.translator('ru')('articleCount', { count: 1200 })).toBe('1\u00a0200 статей');
  });

  it('falls back to English for a language without a catalog, and refuses unknown keys', () => {
    const m = new MessageCatalogs(siteCatalogs);
    expect(m.translator('tr')('textSizeIncrease')).toBe('Increase text size');
    expect(() => m.translator('en')('no.such.key')).toThrow('unknown message key "no.such.key"');
  });

  it('says "about" before an estimated number of search results, in every language', () => {
    const m = new MessageCatalogs(siteCatalogs);
    const results = (language: string, count: number, estimated: 'yes' | 'no') =>
      m.translator(language)('searchResults', { count, estimated, query: 'oil' });
    expect(results('en', 29_000, 'yes')).toBe('About 29,000 results for “oil”');
    expect(results('en', 12, 'no')).toBe('12 results for “oil”');
    expect(results('ru', 29_000, 'yes')).toBe('Около 29\u00a0000 результатов по запросу «oil»');
    expect(results('ru', 1, 'no')).toBe('1 результат по запросу «oil»');
    expect(results('az', 29_000, 'yes')).toBe('“oil” üçün təxminən 29.000 nəticə');
    expect(results('az', 0, 'no')).toBe('“oil” üçün nəticə yoxdur');
  });
});
