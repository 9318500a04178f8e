/**
 * Base forms of people's names in Russian and Azerbaijani copy: the nominative, whatever case the
 * text used, so one person is one entity and one topic page («Михаила Евдокимова» → «Михаил
 * Евдокимов», "Rəhman Mustafayevlə" → "Rəhman Mustafayev").
 *
 * Russian inflects every part of a name and the parts agree: each word is read against paradigm
 * rules (first names, patronymics, surnames in -ов/-ин, -ский, -ян, …, indeclinable ones), and the
 * case and gender that all words can share is chosen, a known first name (data/names.ts) weighing
 * most. Azerbaijani puts one case suffix on the last word, in vowel harmony with it; the suffix
 * comes off only when what remains has a surname's shape (-ov, -yev, -lı, -zadə …). When nothing
 * decides, a name stays as written: a nominative that merely ends like a case ending (Белова,
 * Шойгу, Qasımova, Putin) is never cut.
 */
import {
  AZ_FEMALE_FIRST_NAMES,
  AZ_MALE_FIRST_NAMES,
  RU_FEMALE_FIRST_NAMES,
  RU_MALE_FIRST_NAMES,
} from './data/names.ts';

type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'pre';
type Gender = 'm' | 'f';
type Part = 'first' | 'middle' | 'surname';
const CASES: readonly Case[] = ['nom', 'gen', 'dat', 'acc', 'ins', 'pre'];

/** One paradigm: the nominative ending (what the base must end with) and each case's endings. */
interface Paradigm {
  parts: readonly Part[];
  gender: Gender | null;
  /** The nominative base must match this (its class). */
  base: RegExp;
  nom: string;
  endings: Record<Exclude<Case, 'nom'>, readonly string[]>;
  /** How telling a match is: specific classes (-ов, -ский) over generic ones. */
  weight: number;
}

const HUSHING = /[жшчщц]$/;
const ru = (
  parts: readonly Part[],
  gender: Gender | null,
  base: RegExp,
  nom: string,
  gen: string[],
  dat: string[],
  acc: string[],
  ins: string[],
  pre: string[],
  weight: number,
): Paradigm => ({ parts, gender, base, nom, endings: { gen, dat, acc, ins, pre }, weight });

const CONSONANT = /[бвгджзклмнпрстфхцчшщ]$/;
const RU_PARADIGMS: readonly Paradigm[] = [
  // Surnames.
  ru(['surname'], 'm', /(?:ов|ев|ёв|ин|ын)$/, '', ['а'], ['у'], ['а'], ['ым'], ['е'], 3),
  ru(['surname'], 'f', /(?:ова|ева|ёва|ина|ына)$/, 'а', ['ой'], ['ой'], ['у'], ['ой', 'ою'], ['ой'], 3),
  ru(['surname'], 'm', /(?:ск|цк)ий$/, 'ий', ['ого'], ['ому'], ['ого'], ['им'], ['ом'], 3),
  ru(['surname'], 'm', /[^ие]ый$/, 'ый', ['ого'], ['ому'], ['ого'], ['ым'], ['ом'], 1.5),
  ru(['surname'], 'm', /[^аеиоуыэюя]ой$/, 'ой', ['ого'], ['ому'], ['ого'], ['ым', 'им'], ['ом'], 2),
  ru(['surname'], 'f', /(?:ская|цкая|[^аеиоуыэюя]ая)$/, 'ая', ['ой'], ['ой'], ['ую'], ['ой'], ['ой'], 3),
  ru(['surname'], 'm', /(?:ян|янц|ук|юк|чук|ич|енок|ник)$/, '', ['а'], ['у'], ['а'], ['ом', 'ем'], ['е'], 3),
  ru(['surname', 'first'], 'm', CONSONANT, '', ['а'], ['у'], ['а'], ['ом', 'ем'], ['е'], 1),
  ru(['surname', 'first'], 'm', /[^аеиоуыэюя]ь$/, 'ь', ['я'], ['ю'], ['я'], ['ем', 'ём'], ['е'], 1),
  // First names.
  ru(['first', 'surname'], 'm', /[аеоуэяё]й$/, 'й', ['я'], ['ю'], ['я'], ['ем'], ['е'], 2),
  ru(['first'], 'm', /ий$/, 'ий', ['ия'], ['ию'], ['ия'], ['ием'], ['ии'], 2),
  ru(['first'], null, /[^и]а$/, 'а', ['ы', 'и'], ['е'], ['у'], ['ой', 'ей'], ['е'], 1),
  ru(['first'], null, /[^иь]я$/, 'я', ['и'], ['е'], ['ю'], ['ей', 'ёй'], ['е'], 1),
  ru(['first'], null, /ия$/, 'ия', ['ии'], ['ии'], ['ию'], ['ией'], ['ии'], 2),
  ru(['first'], null, /ья$/, 'ья', ['ьи'], ['ье'], ['ью'], ['ьей', 'ьёй'], ['ье'], 2),
  // Patronymics.
  ru(['middle'], 'm', /(?:ович|евич|ич)$/, '', ['а'], ['у'], ['а'], ['ем'], ['е'], 3),
  ru(['middle'], 'f', /(?:овна|евна|ична|инична)$/, 'а', ['ы'], ['е'], ['у'], ['ой'], ['е'], 3),
];

/** First names that lose a vowel when they decline: Льва → Лев, Павла → Павел. */
const RU_FLEETING: Readonly<Record<string, string>> = { Льв: 'Лев', Павл: 'Павел' };

/** Russian names that never decline: Шойгу, Шевченко, Бурджанадзе, Гасанлы, Черных. */
const RU_INDECLINABLE = /(?:[еиоуыэю]|ых|их|швили|дзе|ко)$/;

interface Reading {
  base: string;
  gender: Gender | null;
  weight: number;
}

/** Every reading of a word in a case: its base and how telling it is. */
function ruReadings(word: string, part: Part, c: Case): Reading[] {
  const lower = word.toLowerCase();
  const out: Reading[] = [];
  for (const p of RU_PARADIGMS) {
    if (!p.parts.includes(part)) continue;
    const endings = c === 'nom' ? [p.nom] : p.endings[c];
    for (const e of endings) {
      const tail = c === 'nom' ? '' : e;
      if (!lower.endsWith(tail)) continue;
      const stem = word.slice(0, word.length - tail.length);
      const base = c === 'nom' ? word : stem + p.nom;
      if (base.length < 3 || !p.base.test(base.toLowerCase())) continue;
      // "-ом" only after hard consonants, "-ем" after hushing ones: Мевлютом, Ширинцем.
      if (c === 'ins' && (e === 'ом' || e === 'ем') && (e === 'ем') !== HUSHING.test(stem.toLowerCase()))
        continue;
      // "-ы" after most consonants, "-и" after г, к, х and hushing ones: Ирины, Ольги.
      if (c === 'gen' && (e === 'ы' || e === 'и') && p.nom === 'а')
        if ((e === 'и') !== /[гкхжшчщ]$/.test(stem.toLowerCase())) continue;
      if (c === 'ins' && p.nom === 'а' && (e === 'ей') !== /[жшчщц]$/.test(stem.toLowerCase())) continue;
      out.push({ base: RU_FLEETING[base] ?? base, gender: p.gender, weight: p.weight });
    }
  }
  // An indeclinable name reads as itself in every case.
  if (RU_INDECLINABLE.test(lower)) out.push({ base: word, gender: null, weight: 2 });
  else if (part === 'surname' && CONSONANT.test(lower)) out.push({ base: word, gender: 'f', weight: 1 });
  return out;
}

function ruBaseName(words: readonly string[]): string[] {
  const parts: Part[] =
    words.length === 1
      ? ['surname']
      : words.map((w, i) =>
          i === 0
            ? 'first'
            : i === words.length - 1
              ? 'surname'
              : /(?:вич|вна|ична|вича|вны|вичу|вне|вичем|вной|вичем)$/.test(w.toLowerCase())
                ? 'middle'
                : 'surname',
        );
  let best: { score: number; bases: string[] } | null = null;
  for (const c of CASES) {
    for (const g of ['m', 'f'] as const) {
      let score = c === 'nom' ? 0.5 : 0;
      const bases: string[] = [];
      for (const [i, w] of words.entries()) {
        const part = parts[i]!;
        const readings = ruReadings(w, part, c).filter((r) => r.gender === null || r.gender === g);
        if (!readings.length) {
          score = -Infinity;
          break;
        }
        const scored = readings.map((r) => ({
          r,
          s:
            r.weight +
            (part === 'first' && (g === 'm' ? RU_MALE_FIRST_NAMES : RU_FEMALE_FIRST_NAMES).has(r.base)
              ? 5
              : 0) -
            (part === 'first' && (g === 'm' ? RU_FEMALE_FIRST_NAMES : RU_MALE_FIRST_NAMES).has(r.base)
              ? 5
              : 0),
        }));
        scored.sort((a, b) => b.s - a.s);
        score += scored[0]!.s;
        bases.push(scored[0]!.r.base);
      }
      if (score > -Infinity && (!best || score > best.score)) best = { score, bases };
    }
  }
  return best?.bases ?? [...words];
}

// ---------------------------------------------------------------------------------------------
// Azerbaijani.

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
const AZ_SURNAME =
  /(?:ov|ev|yev|öv|in|ın|ova|eva|yeva|ina|ına|lı|li|lu|lü|zadə|oğlu|qızı|ski|skiy|yan|ko|dze|şvili|bəyli|uk|yuk|çuk|iç)$/u;
/** "nA" (dative after a possessive ending) belongs only to -oğlu / -qızı. */
const POSSESSIVE_NAME = /(?:oğlu|qızı)$/u;

function azSuffix(template: string, stem: string): string {
  const v = lastVowel(stem);
  return template.replace('A', twoWay(v)).replace('I', fourWay(v));
}

/** Readings of an Azerbaijani surname: [word itself (nominative), …bases with a case suffix off]. */
function azReadings(word: string): { base: string; case: Case }[] {
  const out: { base: string; case: Case }[] = [{ base: word, case: 'nom' }];
  // Foreign names take their suffix after an apostrophe: "Makron’un", "Putin'in".
  const apostrophe = /^(.+?)[’'](\p{Ll}+)$/u.exec(word);
  if (apostrophe) return [{ base: apostrophe[1]!, case: 'gen' }];
  const lower = word.toLocaleLowerCase('az');
  for (const s of AZ_SUFFIXES) {
    for (let cut = 1; cut <= 4 && cut < lower.length - 2; cut++) {
      const stem = word.slice(0, word.length - cut);
      const tail = lower.slice(lower.length - cut);
      if (endsInVowel(stem) !== s.afterVowel) continue;
      if (tail !== azSuffix(s.template, stem)) continue;
      if (s.template === 'nA' && !POSSESSIVE_NAME.test(stem.toLocaleLowerCase('az'))) continue;
      if (!AZ_SURNAME.test(stem.toLocaleLowerCase('az'))) continue;
      out.push({ base: stem, case: s.case });
    }
  }
  return out;
}

function azBaseName(words: readonly string[]): string[] {
  const last = words[words.length - 1];
  if (last === undefined) return [];
  const readings = azReadings(last);
  const first = words.length > 1 ? words[0]! : null;
  const male = first !== null && AZ_MALE_FIRST_NAMES.has(first);
  const female = first !== null && AZ_FEMALE_FIRST_NAMES.has(first);
  const lower = last.toLocaleLowerCase('az');
  let chosen = readings[0]!;
  // The longest suffix that leaves a surname: "Hüseynli-nin", not "Hüseynlin-in".
  const oblique = readings.filter((r) => r.case !== 'nom').sort((x, y) => x.base.length - y.base.length);
  if (oblique.length) {
    // "Qasımova" is a woman's surname or "Qasımov" in the dative: only a man's first name says the latter.
    const femaleShape = /(?:ova|eva|yeva|ina|ına)$/u.test(lower);
    if (!femaleShape || male) chosen = oblique[0]!;
    if (femaleShape && female) chosen = readings[0]!;
  }
  return [...words.slice(0, -1), chosen.base];
}

/**
 * The base form of a person's name (its words, in order, as written). Languages without rules
 * here (English) get the words back unchanged.
 */
export function baseName(words: readonly string[], language: string): string[] {
  if (!words.length) return [];
  if (language === 'ru') return ruBaseName(words);
  if (language === 'az') return azBaseName(words);
  return [...words];
}

/**
 * The forms a lone surname may stand for, most likely first (the word itself included): for
 * tying «Галузину» or "Mustafayevin" to a person named in full earlier.
 */
export function surnameBases(word: string, language: string): string[] {
  if (language === 'ru') {
    const bases = new Set<string>([word]);
    for (const c of CASES)
      for (const r of ruReadings(word, 'surname', c).sort((a, b) => b.weight - a.weight)) bases.add(r.base);
    return [...bases];
  }
  if (language === 'az') {
    const [self, ...oblique] = azReadings(word);
    return [
      ...new Set([self!.base, ...oblique.sort((x, y) => x.base.length - y.base.length).map((r) => r.base)]),
    ];
  }
  return [word];
}
