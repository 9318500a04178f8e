import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';

/** The non-test TypeScript files under a folder. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}

/** Keys the code asks for: every literal `t('key'` (keys are never computed, so this finds them all). */
export function keysUsedIn(files: (string | URL)[]): Set<string> {
  return new Set(
    files.flatMap((p) => [...readFileSync(p, 'utf8').matchAll(/\bt\(\s*'([\w.]+)'/g)].map((m) => m[1]!)),
  );
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

/**
 * The checks every set of interface catalogs gets: every language has exactly en's keys, every key
 * is used in code and every key used exists, and every message is valid, non-empty ICU with en's
 * placeholders.
 */
export function describeCatalogs(
  title: string,
  catalogs: Record<string, Record<string, string>>,
  usedKeys: Set<string>,
): void {
  describe(title, () => {
    const reference = Object.keys(catalogs.en!).sort();

    const others = Object.keys(catalogs).filter((lang) => lang !== 'en');
    it.each(others)('%s has exactly the keys of en', (lang) => {
      expect(Object.keys(catalogs[lang]!).sort()).toEqual(reference);
    });

    it('every key in the catalogs is used in code, and every key used exists', () => {
      expect([...usedKeys].sort()).toEqual(reference);
    });

    it.each(Object.keys(catalogs))(
      '%s: every message is valid ICU MessageFormat with the placeholders of en',
      (lang) => {
        const placeholders = (msg: string) => [...argumentNames(parse(msg))].sort();
        for (const [key, message] of Object.entries(catalogs[lang]!)) {
          expect(() => parse(message), `${lang}.${key}`).not.toThrow();
          expect(placeholders(message), `${lang}.${key}`).toEqual(placeholders(catalogs.en![key]!));
          expect(message.trim(), `${lang}.${key}`).not.toBe('');
        }
      },
    );
  });
}
