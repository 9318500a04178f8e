import slugifyLib from '@sindresorhus/slugify';
import type { LanguageRegistry } from '../languages/index.ts';
import { SLUG_LETTERS } from '../languages/letters.ts';

export const MAX_SLUG_LENGTH = 120;

/**
 * Readable ASCII slugs. The library transliterates Cyrillic and most Latin letters, but its
 * defaults are German (ö→oe) and it maps schwa to "a"; the packs' own letters (Azerbaijani ə→e,
 * ö→o, ü→u) apply to every language, as Azerbaijani names turn up in English and Russian copy too.
 */
export function slugifyWith(registry: Pick<LanguageRegistry, 'slugLetters'>): (text: string) => string {
  const letters = registry.slugLetters as [string, string][];
  return (text) => {
    const slug = slugifyLib(text, { customReplacements: letters, decamelize: false });
    if (slug.length <= MAX_SLUG_LENGTH) return slug;
    const cut = slug.slice(0, MAX_SLUG_LENGTH);
    return cut.slice(0, Math.max(cut.lastIndexOf('-'), 1)).replace(/-+$/, '');
  };
}

/** Slugs with the shipped packs' letters (the same as `slugifyWith(languages)`, without loading analysis cues). */
export const slugify: (text: string) => string = slugifyWith({ slugLetters: SLUG_LETTERS });

/** "headline" → "headline-2", "headline-3", … : the first candidate `isTaken` rejects not. */
export async function uniqueSlug(base: string, isTaken: (slug: string) => Promise<boolean>): Promise<string> {
  if (!(await isTaken(base))) return base;
  for (let n = 2; n < 10_000; n++) {
    const candidate = `${base}-${n}`;
    if (!(await isTaken(candidate))) return candidate;
  }
  throw new Error(`no free slug for ${base}`);
}
