import slugifyLib from '@sindresorhus/slugify';

/**
 * Readable ASCII slugs. The library transliterates Cyrillic and most Latin letters, but its
 * defaults are German (ö→oe) and it maps schwa to "a"; Azerbaijani names (also in English and
 * Russian copy) want ə→e, ö→o, ü→u, so these rules apply to every language.
 */
const azerbaijaniLetters: [string, string][] = [
  ['ə', 'e'],
  ['Ə', 'e'],
  ['ö', 'o'],
  ['Ö', 'o'],
  ['ü', 'u'],
  ['Ü', 'u'],
  ['ğ', 'g'],
  ['Ğ', 'g'],
  ['ı', 'i'],
  ['İ', 'i'],
  ['ç', 'c'],
  ['Ç', 'c'],
  ['ş', 's'],
  ['Ş', 's'],
];

export const MAX_SLUG_LENGTH = 120;

export function slugify(text: string): string {
  const slug = slugifyLib(text, { customReplacements: azerbaijaniLetters, decamelize: false });
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH);
  return cut.slice(0, Math.max(cut.lastIndexOf('-'), 1)).replace(/-+$/, '');
}

/** "headline" → "headline-2", "headline-3", … : the first candidate `isTaken` rejects not. */
export async function uniqueSlug(base: string, isTaken: (slug: string) => Promise<boolean>): Promise<string> {
  if (!(await isTaken(base))) return base;
  for (let n = 2; n < 10_000; n++) {
    const candidate = `${base}-${n}`;
    if (!(await isTaken(candidate))) return candidate;
  }
  throw new Error(`no free slug for ${base}`);
}
