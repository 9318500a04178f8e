import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { catalogs, initialLanguage, translator } from '../i18n.ts';

const uiDir = new URL('..', import.meta.url).pathname;
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}
type Node = ReturnType<typeof parse>[number];
function argumentNames(nodes: Node[], into = new Set<string>()): Set<string> {
  for (const n of nodes) {
    if ('value' in n && ![0, 7].includes(n.type) && typeof n.value === 'string') into.add(n.value);
    if ('options' in n)
      for (const o of Object.values(n.options)) argumentNames((o as { value: Node[] }).value, into);
    if ('children' in n) argumentNames(n.children, into);
  }
  return into;
}

/** Keys the app asks for: every literal `t('key'` (keys are never computed, so this finds them all). */
const usedKeys = new Set(
  sources(uiDir).flatMap((p) =>
    [...readFileSync(p, 'utf8').matchAll(/\bt\(\s*'([\w.]+)'/g)].map((m) => m[1]!),
  ),
);

describe('newsroom app message catalogs', () => {
  const reference = Object.keys(catalogs.en!).sort();

  it.each(['az', 'ru'])('%s has exactly the keys of en', (lang) => {
    expect(Object.keys(catalogs[lang]!).sort()).toEqual(reference);
  });

  it('every key in the catalogs is used in the app, and every key used exists', () => {
    expect([...usedKeys].sort()).toEqual(reference);
  });

  it.each(Object.keys(catalogs))(
    '%s: every message is valid ICU with the placeholders of en, and translated',
    (lang) => {
      const placeholders = (msg: string) => [...argumentNames(parse(msg))].sort();
      for (const [key, message] of Object.entries(catalogs[lang]!)) {
        expect(() => parse(message), `${lang}.${key}`).not.toThrow();
        expect(placeholders(message), `${lang}.${key}`).toEqual(placeholders(catalogs.en![key]!));
        expect(message.trim(), `${lang}.${key}`).not.toBe('');
      }
    },
  );

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
