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
});
