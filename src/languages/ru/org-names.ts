/**
 * Russian organisation names in the nominative, whatever case the text used: the head noun
 * ("корпорации" → "корпорация") and the adjectives before it, which agree with it
 * ("Объединённой судостроительной" → "Объединённая судостроительная"); words after the head are
 * genitive complements and stay as written ("службы безопасности" → "служба безопасности").
 */

type Gender = 'm' | 'f' | 'n' | 'p';

/** Organisation head nouns in the nominative, by paradigm. */
const HEADS_F_A = [
  'служба',
  'палата',
  'дума',
  'прокуратура',
  'группа',
  'фабрика',
  'биржа',
  'платформа',
  'гвардия',
  // Other fields: health, education, sport.
  'больница',
  'поликлиника',
  'клиника',
  'школа',
  'лига',
  'коллегия',
];
const HEADS_F_IA = [
  'флотилия',
  'компания',
  'корпорация',
  'организация',
  'ассоциация',
  'федерация',
  'академия',
  'партия',
  'комиссия',
  'инспекция',
  'администрация',
  'коалиция',
  'миссия',
  'полиция',
  'армия',
  'лаборатория',
  'гвардия',
  'дирекция',
];
const HEADS_M = [
  'корпус',
  'завод',
  'комитет',
  'совет',
  'банк',
  'фонд',
  'союз',
  'суд',
  'центр',
  'институт',
  'университет',
  'штаб',
  'альянс',
  'концерн',
  'холдинг',
  'комбинат',
  'трибунал',
  'конгресс',
  'парламент',
  'сенат',
  'кабинет',
  'департамент',
  'флот',
  'порт',
  'аэропорт',
  'терминал',
  'оператор',
  'консорциум',
  'синдикат',
  'трест',
  'округ',
  'отдел',
  'клуб',
  'лицей',
  'колледж',
  'профсоюз',
  'театр',
];
/** Masculine heads in -й: "музей" → "музея", "музею", "музеем", "музее". */
const HEADS_M_SOFT = ['музей'];
const HEADS_N_O = [
  'агентство',
  'министерство',
  'ведомство',
  'общество',
  'представительство',
  'правительство',
  'посольство',
  'консульство',
  'издательство',
  'партнёрство',
  'товарищество',
  'пароходство',
  'сообщество',
];
const HEADS_N_IE = ['управление', 'объединение', 'движение', 'предприятие', 'командование', 'учреждение'];

/** Every case form of the heads (singular) → its nominative and gender. */
const HEAD_FORMS: ReadonlyMap<string, { nom: string; gender: Gender }> = (() => {
  const map = new Map<string, { nom: string; gender: Gender }>();
  const put = (nom: string, gender: Gender, stem: string, endings: readonly string[]): void => {
    for (const e of endings) if (!map.has(stem + e)) map.set(stem + e, { nom, gender });
  };
  for (const h of HEADS_F_A) {
    const stem = h.slice(0, -1);
    put(h, 'f', stem, ['а', /[гкхжшчщ]$/.test(stem) ? 'и' : 'ы', 'е', 'у', 'ой', 'ою']);
  }
  for (const h of HEADS_F_IA) put(h, 'f', h.slice(0, -2), ['ия', 'ии', 'ию', 'ией']);
  for (const h of HEADS_M) put(h, 'm', h, ['', 'а', 'у', 'ом', 'е']);
  for (const h of HEADS_M_SOFT) put(h, 'm', h.slice(0, -1), ['й', 'я', 'ю', 'ем', 'е']);
  for (const h of HEADS_N_O) put(h, 'n', h.slice(0, -1), ['о', 'а', 'у', 'ом', 'е']);
  for (const h of HEADS_N_IE) put(h, 'n', h.slice(0, -2), ['ие', 'ия', 'ию', 'ием', 'ии']);
  // Plural heads: "Вооружённые силы", "Коллективных сил", "Пограничными войсками".
  put('силы', 'p', 'сил', ['ы', '', 'ам', 'ами', 'ах']);
  put('войска', 'p', 'войск', ['а', '', 'ам', 'ами', 'ах']);
  return map;
})();

/** The cases each form of a head may be in, as "gender:case" ("корпорации" → f:gen, f:dat, f:loc). */
const HEAD_CASES: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  const put = (gender: Gender, stem: string, forms: Readonly<Record<string, string>>): void => {
    for (const [ending, cases] of Object.entries(forms)) {
      const set = map.get(stem + ending) ?? new Set<string>();
      for (const c of cases.split(' ')) set.add(`${gender}:${c}`);
      map.set(stem + ending, set);
    }
  };
  for (const h of HEADS_F_A) {
    const stem = h.slice(0, -1);
    put('f', stem, {
      а: 'nom',
      [/[гкхжшчщ]$/.test(stem) ? 'и' : 'ы']: 'gen',
      е: 'dat loc',
      у: 'acc',
      ой: 'ins',
      ою: 'ins',
    });
  }
  for (const h of HEADS_F_IA)
    put('f', h.slice(0, -2), { ия: 'nom', ии: 'gen dat loc', ию: 'acc', ией: 'ins' });
  for (const h of HEADS_M) put('m', h, { '': 'nom acc', а: 'gen acc', у: 'dat', ом: 'ins', е: 'loc' });
  for (const h of HEADS_M_SOFT)
    put('m', h.slice(0, -1), { й: 'nom acc', я: 'gen acc', ю: 'dat', ем: 'ins', е: 'loc' });
  for (const h of HEADS_N_O)
    put('n', h.slice(0, -1), { о: 'nom acc', а: 'gen', у: 'dat', ом: 'ins', е: 'loc' });
  for (const h of HEADS_N_IE)
    put('n', h.slice(0, -2), { ие: 'nom acc', ия: 'gen', ию: 'dat', ием: 'ins', ии: 'loc' });
  return map;
})();

/** The gender and case each singular adjective ending marks. */
const ADJ_CASES: Readonly<Record<string, readonly string[]>> = {
  ый: ['m:nom', 'm:acc'],
  ий: ['m:nom', 'm:acc'],
  ого: ['m:gen', 'n:gen', 'm:acc'],
  его: ['m:gen', 'n:gen', 'm:acc'],
  ому: ['m:dat', 'n:dat'],
  ему: ['m:dat', 'n:dat'],
  ым: ['m:ins', 'n:ins'],
  им: ['m:ins', 'n:ins'],
  ом: ['m:loc', 'n:loc'],
  ем: ['m:loc', 'n:loc'],
  // "Деловой": a stressed masculine nominative too.
  ой: ['m:nom', 'm:acc', 'f:gen', 'f:dat', 'f:ins', 'f:loc'],
  ей: ['f:gen', 'f:dat', 'f:ins', 'f:loc'],
  ою: ['f:ins'],
  ею: ['f:ins'],
  ая: ['f:nom'],
  яя: ['f:nom'],
  ую: ['f:acc'],
  юю: ['f:acc'],
  ое: ['n:nom', 'n:acc'],
  ее: ['n:nom', 'n:acc'],
};

/**
 * Whether an adjective can agree with a singular head form in gender and case: "Позднее федерация"
 * (neuter before feminine) and "Основным клиентом порта" (instrumental before genitive) cannot, so
 * they are no name. Plural heads and words of no known shape are let through.
 */
export function ruAdjectiveAgrees(adjective: string, head: string): boolean {
  const cases = HEAD_CASES.get(head);
  const ending = ADJ.exec(adjective)?.[2];
  const marks = ending === undefined ? undefined : ADJ_CASES[ending];
  if (!cases || !marks) return true;
  return marks.some((m) => cases.has(m));
}

/** The head noun a word is a form of, or null. */
export function ruOrgHead(lower: string): { nom: string; gender: Gender } | null {
  return HEAD_FORMS.get(lower) ?? null;
}

const ADJ = /^(.*?)(ого|его|ому|ему|ым|им|ом|ем|ой|ей|ою|ею|ую|юю|ый|ий|ая|яя|ое|ее)$/u;
/** Plural adjectives, before a plural head only: nouns in -ие ("Заседание") must not pass for them. */
const ADJ_PLURAL = /^(.*?)(ыми|ими|ых|их|ым|им|ые|ие)$/u;
const SOFT = new Set(['его', 'ему', 'ем', 'ей', 'ею', 'юю', 'ий', 'яя', 'ее', 'ими', 'их', 'ие']);

/** An adjective agreeing with a head of `gender`, in the nominative ("судостроительной" → "судостроительная"). */
function adjectiveNominative(word: string, gender: Gender): string {
  const m = (gender === 'p' ? ADJ_PLURAL : ADJ).exec(word);
  if (!m) return word;
  const stem = m[1] ?? '';
  const ending = m[2] ?? '';
  if (stem.length < 2) return word;
  const soft = SOFT.has(ending) && !/[гкхжшчщ]$/u.test(stem);
  const velar = /[гкхжшчщ]$/u.test(stem);
  if (gender === 'f') return stem + (soft ? 'яя' : 'ая');
  if (gender === 'n') return stem + (soft ? 'ее' : 'ое');
  if (gender === 'p') return stem + (soft || velar ? 'ие' : 'ые');
  if (ending === 'ой' && !velar) return word; // "Деловой": a stressed masculine nominative
  return stem + (soft || velar ? 'ий' : 'ый');
}

const keepCase = (model: string, word: string): string =>
  /^\p{Lu}/u.test(model) ? word.charAt(0).toUpperCase() + word.slice(1) : word;

/**
 * The name's words in the nominative, or null when none of them is an organisation head or a word
 * before the head is not an adjective ("Москву прибудет группа" is no name).
 */
export function ruNominativeOrgName(words: readonly string[]): string[] | null {
  const [only] = words;
  if (words.length === 1 && only !== undefined && ruProperOrgHead(only.toLowerCase()))
    return [ruAgencyNominative(only)];
  const h = words.findIndex((w) => HEAD_FORMS.has(w.toLowerCase()));
  const head = HEAD_FORMS.get(words[h]?.toLowerCase() ?? '');
  if (head === undefined) return null;
  const before = words.slice(0, h).map((w) => w.toLowerCase());
  if (before.some((w) => !(head.gender === 'p' ? ADJ_PLURAL : ADJ).test(w))) return null;
  const headLower = words[h]?.toLowerCase() ?? '';
  if (before.some((w) => !ruAdjectiveAgrees(w, headLower))) return null;
  // A district is a body only as a military one ("Южный военный округ"); others are places.
  if (head.nom === 'округ' && words.length > 1 && !before.some((w) => w.startsWith('военн'))) return null;
  // "Движение по трассе" is traffic, not a movement.
  if (head.nom === 'движение' && words[h + 1]?.toLowerCase() === 'по') return null;
  return words.map((w, i) => {
    if (i > h) return w;
    if (i === h) return keepCase(w, head.nom);
    return keepCase(w, adjectiveNominative(w.toLowerCase(), head.gender));
  });
}

/**
 * Federal agencies named by one compound word opening with "Рос-" ("Росприроднадзор",
 * "Росморречфлот", "Росавиация"): a name by itself, never a place ("Ростов", "Россия").
 */
const RU_AGENCY_COMPOUND = /^рос(?!си|сош|тов|ток|пуск|пис|кош|лав|с)[а-яё]{5,}$/u;

/** A word that names an organisation on its own, in any case (lower case). */
export function ruProperOrgHead(lower: string): boolean {
  return RU_AGENCY_COMPOUND.test(lower);
}

/** A one-word agency name in the nominative: "Росприроднадзора" → "Росприроднадзор", "Росавиации" → "Росавиация". */
function ruAgencyNominative(word: string): string {
  const m = /^(.*?)(ии|ию|ией|ства|ству|стве|ством|ы|а|у|е)$/u.exec(word);
  if (!m) return word;
  const stem = m[1] ?? '';
  const ending = m[2] ?? '';
  if (ending.startsWith('и')) return `${stem}ия`;
  if (ending.startsWith('ств')) return `${stem}ство`;
  if (ending === 'ы') return `${stem}а`;
  return /[бвгджзклмнпрстфхцчшщ]$/u.test(stem) ? stem : word;
}

/** A one-word name in another case ("Интерфаксу" → "Интерфакс"), itself first. */
export function ruOrgNameBases(word: string): string[] {
  const out = [word];
  const m = /^(.{3,}?)(ом|ем|ой|ою|ей|а|я|у|ю|е|ы|и)$/u.exec(word);
  if (m && /^\p{Lu}/u.test(word)) {
    const stem = m[1] ?? '';
    out.push(stem, `${stem}а`, `${stem}я`, `${stem}о`);
  }
  return out;
}

/** Lower-case words that read as genitive complements ("безопасности", "Краснодарского края"). */
const GENITIVE_LIKE = /(?:ости|ии|ия|ения|ания|ов|ев|ей|ой|ых|их|ого|его|ства|ики|вли|ны|ры)$/u;
const REGION_GENITIVE = new Set(['края', 'области', 'округа', 'района', 'республики', 'федерации']);

/**
 * A word that may stand after an organisation's head as its complement: genitive-like words, and
 * capitalised ones in the genitive ("России", "Азербайджанской Республики") or acronyms ("КНР") —
 * not initials or a person's name ("Чжан Вэйминь").
 */
export function ruOrgComplement(word: string, previous = ''): boolean {
  const lower = word.toLowerCase();
  // "морского транспорта": a noun in -а/-я after an adjective in the genitive is its genitive too.
  // A noun agrees with the genitive adjective before it: plural "экономических исследований",
  // "стратегических инициатив"; feminine "медицинской науки".
  if (/^\p{Ll}{3,}$/u.test(word) && /\p{Ll}{2}(?:ых|их)$/u.test(previous)) return true;
  if (/^\p{Ll}{2,}[ыи]$/u.test(word) && /\p{Ll}{2}(?:ской|ной|вой|ей)$/u.test(previous)) return true;
  // So is "Полумесяца" after "Красного" ("Общество Красного Полумесяца").
  if (/^\p{L}\p{Ll}{2,}[ая]$/u.test(word) && /\p{Ll}(?:ого|его)$/u.test(previous)) return true;
  // "Министерство связи", "науки и культуры": a noun in -и/-ы right after a head or after "и" in a
  // list of fields is a genitive; verbs in -ли/-ти are not ("и заявили").
  if (
    /^\p{Ll}{3,}[ыи]$/u.test(word) &&
    !/(?:ли|ти)$/u.test(lower) &&
    (previous === 'и' || HEAD_FORMS.has(previous))
  )
    return true;
  // "и инноваций", "и технологий": a noun's genitive plural in a list of fields (not "и российский").
  if (previous === 'и' && /^\p{Ll}{2,}(?:аций|иций|ений|аний|логий|итий|ятий)$/u.test(word)) return true;
  // "имени аль-Фараби": any name after "имени".
  if (previous === 'имени' && /\p{Lu}/u.test(word)) return true;
  if (/^\p{Lu}\p{Lu}+$/u.test(word)) return true;
  // "агентство по рыболовству", "комитет по международным делам": "по" and its dative.
  if (lower === 'по') return true;
  // "Университет имени Фараби": the name given in honour of someone.
  if (lower === 'имени') return true;
  if (word.length > 4 && /^\p{Ll}/u.test(word) && /(?:у|ю|ным|ским|ам|ям)$/u.test(lower)) return true;
  if (word.length < 3) return false;
  return (
    GENITIVE_LIKE.test(lower) ||
    REGION_GENITIVE.has(lower) ||
    (/^\p{Lu}/u.test(word) && /(?:ой|ии|ы|и)$/u.test(lower))
  );
}

/** Heads that name a public body whenever their genitive complements follow (see institutionHead). */
const INSTITUTION_HEADS = new Set([
  'министерство',
  'комитет',
  'агентство',
  'служба',
  'федерация',
  'ассоциация',
  'управление',
  'департамент',
  'инспекция',
  'академия',
  'институт',
  'комиссия',
  'палата',
  'ведомство',
  'союз',
]);

/** A form of a head that names a public body at a sentence's start ("Комитет гражданской авиации"). */
export function ruInstitutionHead(lower: string): boolean {
  const nom = HEAD_FORMS.get(lower)?.nom;
  return nom !== undefined && INSTITUTION_HEADS.has(nom);
}
