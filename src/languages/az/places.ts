/** Azerbaijani place names: case suffixes on gazetteer names and demonyms in -lı. */

const AZ_CASE_SUFFIXES = new Set([
  '',
  'ın',
  'in',
  'un',
  'ün',
  'nın',
  'nin',
  'nun',
  'nün',
  'a',
  'ə',
  'ya',
  'yə',
  'na',
  'nə',
  'ı',
  'i',
  'u',
  'ü',
  'nı',
  'ni',
  'nu',
  'nü',
  'da',
  'də',
  'nda',
  'ndə',
  'dan',
  'dən',
  'ndan',
  'ndən',
  'la',
  'lə',
  'yla',
  'ylə',
  'dakı',
  'dəki',
  'ndakı',
  'ndəki',
  'ta',
  'tə',
  'tan',
  'tən',
]);
const AZ_DEMONYM_SUFFIXES = new Set(['lı', 'li', 'lu', 'lü', 'lılar', 'lilər', 'lıların', 'lilərin']);

/** Azerbaijani forms of a multi-word name: the last word takes the case endings ("vilayətində"). */
export function azLastWordForms(w: string): string[] {
  const out = [w];
  if (/[ıiuü]$/u.test(w)) {
    for (const e of [
      'n',
      'nda',
      'ndə',
      'nın',
      'nin',
      'nun',
      'nün',
      'na',
      'nə',
      'ndan',
      'ndən',
      'nı',
      'ni',
      'nu',
      'nü',
      'ndakı',
      'ndəki',
    ])
      out.push(w + e);
  } else for (const e of AZ_CASE_SUFFIXES) if (e) out.push(w + e);
  return out;
}

/** Surfaces to index for a multi-word name: the last word takes the case endings ("vilayətində"). */
export function azNameForms(name: string): string[] {
  const ws = name.split(/\s+/u);
  const head = ws.slice(0, -1).join(' ');
  return azLastWordForms(ws[ws.length - 1] ?? '').map((l) => `${head} ${l}`);
}

/** A place with a case suffix ("Bakıda", "Rusiya’nın") or a demonym ("rusiyalı"), by its stem. */
export function azInflectedPlace<
  P extends { entry: { type: string; country: string } | null; demonymOf: string | null },
>(
  lower: string,
  cap: boolean,
  byStem: (stem: string) => readonly P[] | undefined,
): { entry: P['entry']; demonymOf: string | null } | null {
  const word = lower.split(/[’']/)[0] ?? lower;
  for (let cut = 0; cut <= 6 && cut < word.length - 2; cut++) {
    const stem = cut === 0 ? word : word.slice(0, -cut);
    const cand = byStem(stem)?.[0];
    if (!cand) continue;
    const rest = lower.slice(stem.length).replace(/^[’']/, '');
    if (cand.entry !== null && cap && AZ_CASE_SUFFIXES.has(rest))
      return { entry: cand.entry, demonymOf: null };
    if (cand.entry !== null && cand.entry.type === 'country' && AZ_DEMONYM_SUFFIXES.has(rest)) {
      return { entry: null, demonymOf: cand.entry.country };
    }
    if (cand.demonymOf !== null && (rest === '' || AZ_CASE_SUFFIXES.has(rest)))
      return { entry: null, demonymOf: cand.demonymOf };
  }
  return null;
}

/** Nouns after a region naming a part of it, by stem, and the possessive they take in a name. */
const AZ_REGION_PARTS: readonly (readonly [string, string])[] = [
  ['yarımada', 'sı'],
  ['sahil', 'i'],
  ['körfəz', 'i'],
];
const AZ_PART_CASE = /^(?:n|nın|nin|nda|ndə|na|nə|ndan|ndən|nı|ni|ndakı|ndəki)?$/u;

/** "Abşeron yarımadasında" → "yarımadası", "Xəzər sahilində" → "sahili"; null for other words. */
export function azRegionPart(lower: string): string | null {
  for (const [stem, possessive] of AZ_REGION_PARTS) {
    if (
      lower.startsWith(stem + possessive) &&
      AZ_PART_CASE.test(lower.slice(stem.length + possessive.length))
    )
      return stem + possessive;
  }
  return null;
}
