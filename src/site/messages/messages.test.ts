import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { MessageCatalogs } from '../../lib/messages.ts';
import { siteCatalogs } from './index.ts';

const siteDir = new URL('..', import.meta.url).pathname;
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(f) && !f.endsWith('.test.ts') && !f.endsWith('.test.tsx') ? [p] : [];
  });
}
type Node = ReturnType<typeof parse>[number];
/** The names of a message's arguments ({count}, {name}), found by walking the parsed message. */
function argumentNames(nodes: Node[], into = new Set<string>()): Set<string> {
  for (const n of nodes) {
    // Literal (0) and pound (#, 7) nodes carry text, not argument names.
    if ('value' in n && ![0, 7].includes(n.type) && typeof n.value === 'string') into.add(n.value);
    if ('options' in n)
      for (const o of Object.values(n.options)) argumentNames((o as { value: Node[] }).value, into);
    if ('children' in n) argumentNames(n.children, into);
  }
  return into;
}

/** Keys the code asks for: every literal `t('key'` (keys are never computed, so this finds them all). */
const usedKeys = new Set(
  sources(siteDir).flatMap((p) =>
    [...readFileSync(p, 'utf8').matchAll(/\bt\(\s*'([\w.]+)'/g)].map((m) => m[1]!),
  ),
);

describe('reader-site message catalogs', () => {
  const reference = Object.keys(siteCatalogs.en!).sort();

  it.each(['az', 'ru'])('%s has exactly the keys of en', (lang) => {
    expect(Object.keys(siteCatalogs[lang]!).sort()).toEqual(reference);
  });

  it('every key in the catalogs is used in code, and every key used exists', () => {
    expect([...usedKeys].sort()).toEqual(reference);
  });

  it.each(Object.keys(siteCatalogs))(
    '%s: every message is valid ICU MessageFormat with the placeholders of en',
    (lang) => {
      const placeholders = (msg: string) => [...argumentNames(parse(msg))].sort();
      for (const [key, message] of Object.entries(siteCatalogs[lang]!)) {
        expect(() => parse(message), `${lang}.${key}`).not.toThrow();
        expect(placeholders(message), `${lang}.${key}`).toEqual(placeholders(siteCatalogs.en![key]!));
      }
    },
  );

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
