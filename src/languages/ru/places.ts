/** Russian place names: inflected forms of gazetteer names and the stems they are looked up by. */
import { RU_ADJECTIVE_ENDINGS, RU_DEMONYM_STEMS } from './data/demonyms.ts';
import { ruOrgHead } from './org-names.ts';

export function stemRu(word: string): string {
  // Four letters and up: "Доха" → "Дохе", "Рига" → "Риге" (names need a capital to match).
  return word.length > 3 && /[аяйьоеы]$/.test(word) ? word.slice(0, -1) : word;
}

export const RU_NOUN_ENDINGS = new Set([
  '',
  'а',
  'я',
  'у',
  'ю',
  'е',
  'ы',
  'и',
  'ой',
  'ей',
  'ом',
  'ем',
  'ию',
  'ии',
  'ией',
  'ью',
]);
/** Russian case forms of one word of a multi-word name, adjectives and nouns alike (over-generates). */
export function ruWordForms(w: string): string[] {
  const adj = /^(.*?)(ая|яя|ий|ый|ой|ое|ее)$/u.exec(w);
  if (adj && w.length > 4) {
    const s = adj[1] ?? '';
    return [
      w,
      ...['ой', 'ую', 'ей', 'ого', 'ому', 'им', 'ым', 'ом', 'ем', 'ее', 'ие', 'ых', 'их'].map((e) => s + e),
    ];
  }
  if (w.endsWith('ь')) return [w, ...['и', 'ью', 'я', 'ю', 'ем', 'е'].map((e) => w.slice(0, -1) + e)];
  if (w.endsWith('а') || w.endsWith('я'))
    return [w, ...['ы', 'и', 'е', 'у', 'ю', 'ой', 'ей'].map((e) => w.slice(0, -1) + e)];
  if (w.endsWith('е') || w.endsWith('о'))
    return [w, ...['я', 'а', 'ю', 'у', 'ем', 'ом'].map((e) => w.slice(0, -1) + e)];
  if (w.endsWith('й')) return [w, ...['я', 'ю', 'ем', 'е'].map((e) => w.slice(0, -1) + e)];
  if (/[бвгджзклмнпрстфхцчшщ]$/u.test(w)) return [w, ...['а', 'у', 'ом', 'е'].map((e) => w + e)];
  return [w];
}

/** Surfaces to index for a multi-word name: every word in every case ("Белгородской области"). */
export function ruNameForms(name: string): string[] {
  const ws = name.split(/\s+/u);
  let acc = [''];
  for (const w of ws) {
    const forms = ruWordForms(w);
    if (w.includes('ё')) forms.push(...forms.map((f) => f.replace(/ё/gu, 'е')));
    acc = acc.flatMap((a) => forms.map((f) => (a ? `${a} ${f}` : f)));
  }
  return acc;
}

const RU_DEMONYMS: { stem: string; code: string }[] = Object.entries(RU_DEMONYM_STEMS).flatMap(
  ([code, stems]) => stems.map((stem) => ({ stem, code })),
);
const RU_ADJ = new Set(RU_ADJECTIVE_ENDINGS);

/** An inflected single-word place ("Москве") by its stem, or a demonym adjective ("российского"). */
/** Endings a name ending in a consonant takes ("Каспийск" → "Каспийске"), never an adjective's "-ой". */
const RU_MASCULINE_ENDINGS = new Set(['', 'а', 'у', 'ом', 'е']);

export function ruInflectedPlace<
  P extends { words: readonly string[]; entry: object | null; demonymOf: string | null },
>(
  lower: string,
  cap: boolean,
  byStem: (stem: string) => readonly P[] | undefined,
): { entry: P['entry']; demonymOf: string | null } | null {
  if (cap) {
    for (let cut = 0; cut <= 3 && cut < lower.length - 2; cut++) {
      const head = cut === 0 ? lower : lower.slice(0, -cut);
      const cand = byStem(head)?.find((p) => p.entry !== null);
      const ending = lower.slice(head.length);
      const masculine = /[бвгджзклмнпрстфхцчшщ]$/u.test(cand?.words[0] ?? '');
      if (cand && (masculine ? RU_MASCULINE_ENDINGS : RU_NOUN_ENDINGS).has(ending))
        return { entry: cand.entry, demonymOf: null };
    }
  }
  // A fleeting vowel drops before an ending: "Египта" → "Египет", "Орла" → "Орёл".
  if (cap)
    for (const ending of ['а', 'у', 'ом', 'е']) {
      const head = lower.slice(0, -ending.length);
      if (!lower.endsWith(ending) || head.length < 3 || !/[бвгджзклмнпрстфхцчшщ]{2}$/u.test(head)) continue;
      for (const v of ['е', 'о', 'ё']) {
        const full = `${head.slice(0, -1)}${v}${head.slice(-1)}`;
        const cand = byStem(full)?.find(
          (p) => p.entry !== null && p.words.length === 1 && p.words[0] === full,
        );
        if (cand) return { entry: cand.entry, demonymOf: null };
      }
    }
  for (const d of RU_DEMONYMS) {
    // "российско-иранских": the first half of a compound takes -о.
    const rest = lower.slice(d.stem.length);
    if (lower.startsWith(d.stem) && (RU_ADJ.has(rest) || rest === 'о'))
      return { entry: null, demonymOf: d.code };
  }
  return null;
}

/** Prepositions of place and the case each governs: locative after "в", genitive after "из", "до". */
const RU_PLACE_PREPOSITIONS: Readonly<Record<string, 'loc' | 'gen'>> = {
  в: 'loc',
  во: 'loc',
  из: 'gen',
  до: 'gen',
  близ: 'gen',
  около: 'gen',
  возле: 'gen',
  вблизи: 'gen',
};

/**
 * Nouns that are never towns though capitalised after "в" or "из": bodies by their head noun
 * ("в Совете безопасности"), abstract nouns ("Соглашении", "Рождества", "Ассоциации") and
 * messaging platforms ("написал в Телеграме"), a closed class of their own.
 */
const NOT_A_TOWN = /(?:ении|ании|ации|иции|ссии|нции|ства|стве)$/u;
const PLATFORM_STEMS = new Set([
  'телеграм',
  'фейсбук',
  'твиттер',
  'инстаграм',
  'ютуб',
  'ватсап',
  'вотсап',
  'тикток',
  'дзен',
]);

/**
 * The nominative of a one-word town or region written after a place preposition, from the case
 * ending that preposition governs: "в Чиланзаре" → "чиланзар", "из Кёльна" → "кёльн", "в Калифорнии"
 * → "калифорния". Endings that leave the nominative open ("в Казани": -ь or -я; "в Кремле": -л or
 * -ль) and adjectives give null: the place is not guessed.
 */
export function ruObliquePlace(preposition: string, word: string): string | null {
  const governed = RU_PLACE_PREPOSITIONS[preposition];
  if (!governed || word.length < 5 || !/^[а-яё]+$/u.test(word)) return null;
  if (/(?:ой|ом|ей|ем|ых|их|ым|им|ого|его|ому|ему|ая|ий|ый|ое|ее|ие|ые|ье)$/u.test(word)) return null;
  let nominative: string | null = null;
  if (word.endsWith('ии')) nominative = `${word.slice(0, -2)}ия`;
  else if (governed === 'loc' && /[бвгджзкмнпрстфхцчшщ]е$/u.test(word)) nominative = word.slice(0, -1);
  // A genitive -а after a surname's shape is a person ("около Петрова"), never guessed as a town.
  else if (governed === 'gen' && /[бвгджзкмнпрстфхцчшщ]а$/u.test(word) && !/(?:ов|ев|ёв|ин)а$/u.test(word))
    nominative = word.slice(0, -1);
  if (nominative === null) return null;
  if (NOT_A_TOWN.test(word) || PLATFORM_STEMS.has(nominative) || ruOrgHead(nominative)) return null;
  return nominative;
}
