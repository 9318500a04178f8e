/**
 * Base forms of people's names in Russian copy: the nominative, whatever case the text used, so
 * one person is one entity and one topic page («Михаила Евдокимова» → «Михаил Евдокимов»).
 *
 * Russian inflects every part of a name and the parts agree: each word is read against paradigm
 * rules (first names, patronymics, surnames in -ов/-ин, -ский, -ян, …, indeclinable ones), and the
 * case and gender that all words can share is chosen, a known first name (data/names.ts) weighing
 * most. When nothing decides, a name stays as written: a nominative that merely ends like a case
 * ending (Белова, Шойгу) is never cut.
 */
import { RU_FEMALE_FIRST_NAMES, RU_MALE_FIRST_NAMES } from './data/names.ts';
import { ruGovernedCases, type RuCase } from './name-case.ts';

type Case = RuCase;
type Gender = 'm' | 'f';
type Part = 'first' | 'middle' | 'surname';
/** A word of a name with the part of the name it is. */
type NamedWord = readonly [word: string, part: Part];
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
  ru(['surname'], 'f', /(?:ская|цкая)$/, 'ая', ['ой'], ['ой'], ['ую'], ['ой'], ['ой'], 3),
  // Other adjectival surnames (Толстая) are rarer in news copy than foreign names in -а (Исиба, Гвазава).
  ru(['surname'], 'f', /[^аеиоуыэюя]ая$/, 'ая', ['ой'], ['ой'], ['ую'], ['ой'], ['ой'], 0.4),
  ru(['surname'], 'm', /(?:ян|янц|ук|юк|чук|ич|енок|ник)$/, '', ['а'], ['у'], ['а'], ['ом', 'ем'], ['е'], 3),
  // Surnames and given names in -а that decline like nouns, either gender (Гвазава, Абдулла).
  ru(['surname'], null, /[^иоеё]а$/, 'а', ['ы', 'и'], ['е'], ['у'], ['ой'], ['е'], 0.5),
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

/** What a surname in Russian copy looks like in any case: a capitalised pair ending so is a person's name. */
export const RU_SURNAME_SHAPE =
  /(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|цкая|ского|ской|ян|яна|енко|швили|дзе|ук|юк|ович|евич)(?:а|у|ым|ом|ой|е|ы)?$/u;

/** Russian names that never decline: Шойгу, Шевченко, Бурджанадзе, Гасанлы, Черных. */
const RU_INDECLINABLE = /(?:[еиоуэю]|ых|их|швили|дзе|ко)$/;

/** Names in -ец lose the е when they decline (Кравец → Кравца, Кравцу): no name ends in a consonant and ц. */
const fleetingEts = (base: string): string =>
  /[бвгджзклмнпрстфхчшщ]ц$/iu.test(base) ? `${base.slice(0, -1)}ец` : base;

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
      if (
        c === 'ins' &&
        p.nom === '' &&
        (e === 'ом' || e === 'ем') &&
        (e === 'ем') !== HUSHING.test(stem.toLowerCase())
      )
        continue;
      // "-ы" after most consonants, "-и" after г, к, х and hushing ones: Ирины, Ольги.
      if (c === 'gen' && (e === 'ы' || e === 'и') && p.nom === 'а')
        if ((e === 'и') !== /[гкхжшчщ]$/.test(stem.toLowerCase())) continue;
      if (c === 'ins' && p.nom === 'а' && (e === 'ей') !== /[жшчщц]$/.test(stem.toLowerCase())) continue;
      out.push({ base: RU_FLEETING[base] ?? fleetingEts(base), gender: p.gender, weight: p.weight });
    }
  }
  // A first name's nominative seldom ends like an instrumental or accusative ("Мехметом", "Абдуллу").
  if (part === 'first' && c === 'nom' && /(?:ом|ем|ым|ой|ей|ою|ую|у|ю)$/.test(lower))
    for (const r of out) r.weight -= 3;
  // An indeclinable name reads as itself in every case; a given name ending like a case ending
  // seldom is one when it also declines ("Абдуллу" is Абдулла's accusative).
  if (RU_INDECLINABLE.test(lower))
    out.push({
      base: word,
      gender: null,
      weight: part === 'first' && c !== 'nom' && (out.length || /[ую]$/.test(lower)) ? 0.5 : 2,
    });
  // A woman's surname ending in a consonant never declines ("Анны Шмидт"): a fallback outside the nominative.
  else if (part === 'surname' && CONSONANT.test(lower))
    out.push({ base: word, gender: 'f', weight: c === 'nom' ? 1 : 0.5 });
  return out;
}

/** Which part of a name each word is: first, then patronymics or more surnames, the last a surname. */
function partsOf(words: readonly string[], firstAt: ReadonlySet<number>): NamedWord[] {
  return words.map((w, i) => [w, partOf(w, i, words.length, firstAt)]);
}

/** The part of the name the word at i (of count words) is. */
function partOf(w: string, i: number, count: number, firstAt: ReadonlySet<number>): Part {
  if (count === 1) return firstAt.has(0) ? 'first' : 'surname';
  return i === 0 || firstAt.has(i)
    ? 'first'
    : i === count - 1
      ? 'surname'
      : /(?:вич|вна|ична|вича|вны|вичу|вне|вичем|вной|вичем)$/.test(w.toLowerCase())
        ? 'middle'
        : 'surname';
}

/** How well a word reads as `part` in case c and gender g: its best reading and that reading's score. */
function bestWordReading(w: string, part: Part, c: Case, g: Gender): { s: number; base: string } | null {
  const readings = ruReadings(w, part, c).filter((r) => r.gender === null || r.gender === g);
  let best: { s: number; base: string } | null = null;
  for (const r of readings) {
    const own = part === 'first' && (g === 'm' ? RU_MALE_FIRST_NAMES : RU_FEMALE_FIRST_NAMES).has(r.base);
    const other = part === 'first' && (g === 'm' ? RU_FEMALE_FIRST_NAMES : RU_MALE_FIRST_NAMES).has(r.base);
    const s = r.weight + (own ? 5 : 0) - (other ? 5 : 0);
    if (!best || s > best.s) best = { s, base: r.base };
  }
  return best;
}

/**
 * The best reading of all words in one of `cases`. With `frozenHead`, also the reading where only
 * the last word declines (Korean and Chinese names: «Хан Дон Суком» → «Хан Дон Сук»).
 */
function bestReading(
  named: readonly NamedWord[],
  cases: readonly Case[],
  frozenHead: boolean,
): string[] | null {
  let best: { score: number; bases: string[] } | null = null;
  const consider = (score: number, bases: string[]): void => {
    if (!best || score > best.score) best = { score, bases };
  };
  for (const c of cases) {
    for (const g of ['m', 'f'] as const) {
      let score = c === 'nom' ? 0.5 : 0;
      const bases: string[] = [];
      for (const [w, part] of named) {
        const r = bestWordReading(w, part, c, g);
        if (!r) {
          score = -Infinity;
          break;
        }
        score += r.s;
        bases.push(r.base);
      }
      if (score > -Infinity) consider(score, bases);
      const lastWord = named.at(-1)?.[0];
      if (!frozenHead || c === 'nom' || named.length < 2 || lastWord === undefined) continue;
      // The other words stand as in the nominative.
      const last = bestWordReading(lastWord, 'surname', c, g);
      if (!last || last.base === lastWord) continue;
      const front = named.slice(0, -1);
      let head = 0;
      for (const [w, part] of front) head += bestWordReading(w, part, 'nom', g)?.s ?? -Infinity;
      consider(head + last.s, [...front.map(([w]) => w), last.base]);
    }
  }
  return (best as { score: number; bases: string[] } | null)?.bases ?? null;
}

export function ruBaseName(words: readonly string[]): string[] {
  return bestReading(partsOf(words, new Set()), CASES, false) ?? [...words];
}

/** Words of a name that never decline: initials, particles, and the fixed first halves of Arabic names (Абдель). */
const FIXED =
  /^(?:\p{Lu}\.?|bin|ibn|бин|ибн|бен|аль|эль|ал|ас|ад|фон|дер|де|ван|да|ди|ла|ле|дель|абдель|абд|абу)$/iu;
/** Particles after which a given name follows ("бин Абдуллу" → "бин Абдулла"). */
const BEFORE_GIVEN = /^(?:bin|ibn|бин|ибн|бен)$/iu;

/**
 * The base form of a name after a word governing its case (a role noun, a preposition): the name is
 * read only in the cases that word allows («посла Халида бин Абдуллу Аль-Мари» → «Халид бин Абдулла
 * Аль-Мари»), falling back to every case when no reading fits. Initials and particles stay as
 * written; the word after "бин" is a given name.
 */
export function ruBaseNameAfter(words: readonly string[], governor: string | null): string[] {
  const declining: string[] = [];
  const firstAt = new Set<number>();
  for (const [i, w] of words.entries()) {
    if (FIXED.test(w)) continue;
    if (BEFORE_GIVEN.test(words[i - 1] ?? '')) firstAt.add(declining.length);
    declining.push(w);
  }
  if (!declining.length) return [...words];
  const named = partsOf(declining, firstAt);
  const cases = ruGovernedCases(governor);
  const bases = (cases && bestReading(named, cases, true)) ?? bestReading(named, CASES, false) ?? declining;
  let k = 0;
  return words.map((w) => (FIXED.test(w) ? w : (bases[k++] ?? w)));
}

/**
 * The forms a lone surname may stand for, most likely first (the word itself included): for
 * tying «Галузину» to a person named in full earlier.
 */
export function ruSurnameBases(word: string): string[] {
  const bases = new Set<string>([word]);
  for (const c of CASES)
    for (const r of ruReadings(word, 'surname', c).sort((a, b) => b.weight - a.weight)) bases.add(r.base);
  return [...bases];
}
