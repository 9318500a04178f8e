/**
 * Base forms of people's names in Azerbaijani copy: the nominative, whatever case the text used
 * ("Rəhman Mustafayevlə" → "Rəhman Mustafayev"). Azerbaijani puts one case suffix on the last
 * word, in vowel harmony with it; the suffix comes off only when what remains has a surname's
 * shape (-ov, -yev, -lı, -zadə …). A nominative that merely ends like a case ending (Qasımova,
 * Putin) is never cut.
 */
import { AZ_FEMALE_FIRST_NAMES, AZ_MALE_FIRST_NAMES, AZ_SLAVIC_FIRST_NAMES } from './data/names.ts';

type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'pre';

const BACK = /[aıou]/;
const VOWELS = /[aıoueəiöü]/g;
const lastVowel = (s: string): string => s.toLocaleLowerCase('az').match(VOWELS)?.at(-1) ?? 'a';
/** Two-way harmony (a/ə) and four-way (ı/i/u/ü) after the stem's last vowel. */
const twoWay = (v: string): string => (BACK.test(v) ? 'a' : 'ə');
const fourWay = (v: string): string =>
  v === 'a' || v === 'ı' ? 'ı' : v === 'o' || v === 'u' ? 'u' : v === 'ö' || v === 'ü' ? 'ü' : 'i';
const endsInVowel = (s: string): boolean => /[aıoueəiöü]$/i.test(s.toLocaleLowerCase('az'));

/** Case suffixes as templates: A = a/ə, I = ı/i/u/ü; `afterVowel` for stems ending in a vowel. */
const AZ_SUFFIXES: readonly { template: string; afterVowel: boolean; case: Case }[] = [
  { template: 'In', afterVowel: false, case: 'gen' },
  { template: 'nIn', afterVowel: true, case: 'gen' },
  { template: 'A', afterVowel: false, case: 'dat' },
  { template: 'yA', afterVowel: true, case: 'dat' },
  { template: 'nA', afterVowel: true, case: 'dat' },
  { template: 'I', afterVowel: false, case: 'acc' },
  { template: 'nI', afterVowel: true, case: 'acc' },
  { template: 'dA', afterVowel: false, case: 'pre' },
  { template: 'dA', afterVowel: true, case: 'pre' },
  { template: 'dAn', afterVowel: false, case: 'pre' },
  { template: 'dAn', afterVowel: true, case: 'pre' },
  { template: 'lA', afterVowel: false, case: 'ins' },
  { template: 'ylA', afterVowel: true, case: 'ins' },
];

/** What a surname's nominative ends with in Azerbaijani copy (local and Russian names alike). */
export const AZ_SURNAME =
  /(?:ov|ev|yev|öv|in|ın|ova|eva|yeva|ina|ına|lı|li|lu|lü|zadə|oğlu|qızı|ski|skiy|yan|ko|dze|şvili|bəyli|uk|yuk|çuk|iç)$/u;
/** "nA" (dative after a possessive ending) belongs only to -oğlu / -qızı. */
const POSSESSIVE_NAME = /(?:oğlu|qızı)$/u;

function azSuffix(template: string, stem: string): string {
  const v = lastVowel(stem);
  return template.replace('A', twoWay(v)).replace('I', fourWay(v));
}

/** One reading of a surname: the base it stands for, its case, and whether the base has a surname's shape. */
interface AzReading {
  base: string;
  case: Case;
  shaped?: boolean;
}

/** Readings of an Azerbaijani surname: [word itself (nominative), …bases with a case suffix off]. */
function azReadings(word: string): [AzReading, ...AzReading[]] {
  const out: [AzReading, ...AzReading[]] = [{ base: word, case: 'nom' }];
  // Foreign names take their suffix after an apostrophe: "Makron’un", "Putin'in".
  const apostropheBase = /^(.+?)[’'](\p{Ll}+)$/u.exec(word)?.[1];
  if (apostropheBase !== undefined) return [{ base: apostropheBase, case: 'gen' }];
  const lower = word.toLocaleLowerCase('az');
  for (const s of AZ_SUFFIXES) {
    for (let cut = 1; cut <= 4 && cut < lower.length - 2; cut++) {
      const stem = word.slice(0, word.length - cut);
      const tail = lower.slice(lower.length - cut);
      if (endsInVowel(stem) !== s.afterVowel) continue;
      if (tail !== azSuffix(s.template, stem)) continue;
      if (s.template === 'nA' && !POSSESSIVE_NAME.test(stem.toLocaleLowerCase('az'))) continue;
      // A genitive after a vowel ("Popeskunun", "Əl-Kuvarinin") is unmistakable; other endings need a surname's shape.
      const vowelGenitive = s.case === 'gen' && s.afterVowel && stem.length >= 3;
      const shaped = AZ_SURNAME.test(stem.toLocaleLowerCase('az'));
      if (!vowelGenitive && !shaped) continue;
      out.push({ base: stem, case: s.case, shaped });
    }
  }
  return out;
}

export function azBaseName(words: readonly string[]): string[] {
  const last = words[words.length - 1];
  if (last === undefined) return [];
  const readings = azReadings(last);
  const first = words.length > 1 ? (words[0] ?? null) : null;
  const male = first !== null && AZ_MALE_FIRST_NAMES.has(first);
  const female = first !== null && AZ_FEMALE_FIRST_NAMES.has(first);
  const lower = last.toLocaleLowerCase('az');
  let chosen = readings[0];
  const slavic = first !== null && AZ_SLAVIC_FIRST_NAMES.has(first);
  // "Oleq Vinnikin", "Fəhd bin Abdullah Əl-Mübarəkin": a genitive after a consonant where the base
  // has no Azerbaijani surname's shape, read from a Slavic first name or an Arabic "Əl-" name.
  const consonantGenitive = /^(.{4,}[^aıoueəiöü])(?:ın|in|un|ün)$/u.exec(last)?.[1];
  if (
    consonantGenitive !== undefined &&
    readings.length === 1 &&
    ((slavic && /(?:ik|yk|ak|uk|ets|ec)$/u.test(consonantGenitive)) ||
      /^(?:Əl|Al|Ən|Əş|Əs)-\p{Lu}/u.test(last))
  )
    return [...words.slice(0, -1), consonantGenitive];
  // The longest suffix that leaves a surname: "Hüseynli-nin", not "Hüseynlin-in".
  // A surname's shape first; a bare genitive after a vowel ("Popeskunun") only when nothing else reads.
  const all = readings.filter((r) => r.case !== 'nom').sort((x, y) => x.base.length - y.base.length);
  const shapedOnes = all.filter((r) => r.shaped);
  const oblique = shapedOnes.length ? shapedOnes : all;
  const shortest = oblique[0];
  if (shortest) {
    // "Qasımova" is a woman's surname or "Qasımov" in the dative: only a man's first name says the latter.
    const femaleShape = /(?:ova|eva|yeva|ina|ına)$/u.test(lower);
    if (!femaleShape || male) chosen = shortest;
    if (femaleShape && female) chosen = readings[0];
    // "Kəriminin" is Kərimi's genitive or Kərimin's: a Persian "-i" name on a long stem unless the
    // first name is Slavic ("Oleq Paninin" → Panin); short Turkish ones keep -in ("Tekinin" → Tekin).
    const vowelOne = all.find((r) => r.case === 'gen' && !r.shaped && `${r.base}n` === chosen.base);
    const persian = chosen.base.length >= 7 && /[ıi]n$/u.test(chosen.base);
    if (vowelOne && chosen.shaped && persian && first !== null && !slavic) chosen = vowelOne;
  }
  return [...words.slice(0, -1), chosen.base];
}

/**
 * The forms a lone surname may stand for, most likely first (the word itself included): for
 * tying "Mustafayevin" to a person named in full earlier.
 */
export function azSurnameBases(word: string): string[] {
  const [self, ...oblique] = azReadings(word);
  return [
    ...new Set([self.base, ...oblique.sort((x, y) => x.base.length - y.base.length).map((r) => r.base)]),
  ];
}
