import { describe, expect, it } from 'vitest';
import { initialLanguage, translator } from '../i18n.ts';
import { appCatalogs } from './index.ts';
import { describeCatalogs, keysUsedIn, sourceFiles } from '../../../../test/utils/catalogs.ts';

const uiDir = new URL('..', import.meta.url).pathname;
// Role names come from the switch shared with the server pages (lib/role-names.ts).
const roleNames = new URL('../../../lib/role-names.ts', import.meta.url).pathname;
describeCatalogs(
  'newsroom app message catalogs',
  appCatalogs,
  keysUsedIn([...sourceFiles(uiDir), roleNames]),
);

describe('newsroom app messages', () => {
  it('Russian counts take one/few/many forms; Azerbaijani nouns stay singular after numbers', () => {
    const ru = translator('ru');
    expect([0, 1, 2, 5, 11, 21, 22, 25].map((count) => ru('list.count', { count }))).toEqual([
      'Нет статей',
      '1 статья',
      '2 статьи',
      '5 статей',
      '11 статей',
      '21 статья',
      '22 статьи',
      '25 статей',
    ]);
    expect([1, 3, 5].map((count) => ru('media.count', { count }))).toEqual([
      '1 изображение',
      '3 изображения',
      '5 изображений',
    ]);
    expect(translator('az')('list.count', { count: 3 })).toBe('3 məqalə');
    expect(translator('en')('list.count', { count: 1 })).toBe('1 article');
    expect(translator('en')('list.count', { count: 1200 })).toBe('1,200 articles');
  });

  it('starts in the remembered language, else the browser’s, else English', () => {
    expect(initialLanguage('ru', ['az-AZ'])).toBe('ru');
    expect(initialLanguage(null, ['de-DE', 'az-AZ', 'en'])).toBe('az');
    expect(initialLanguage('xx', ['fr'])).toBe('en');
    expect(translator('az')('save.saved', { time: '14:02' })).toBe('14:02 saxlanıldı');
    expect(translator('ru')('save.saved', { time: '14:02' })).toBe('Сохранено в 14:02');
  });
});
