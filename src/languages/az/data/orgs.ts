/**
 * Azerbaijani organisation heads in the nominative with the possessive suffix ("Nazirliyi",
 * "Xidməti"): a capitalised phrase ending in one is an organisation ("Müdafiə Nazirliyi"). Case
 * suffixes follow ("Nazirliyinin", "Nazirliyinə").
 */
export const AZ_ORG_HEADS: readonly string[] = [
  'nazirliyi', 'xidməti', 'komitəsi', 'agentliyi', 'şurası', 'qoşunları', 'idarəsi', 'məclisi', 'parlamenti',
  'bankı', 'universiteti', 'fondu', 'təşkilatı', 'assosiasiyası', 'partiyası', 'şirkəti', 'komissiyası',
  'akademiyası', 'ofisi', 'səfirliyi', 'prokurorluğu', 'məhkəməsi', 'departamenti', 'administrasiyası',
  'inspeksiyası', 'qərargahı', 'birliyi', 'ittifaqı', 'cəmiyyəti', 'institutu', 'palatası', 'aeroportu', 'limanı',
  'yolları', 'qüvvələri', 'hərəkatı', 'flotiliyası', 'korporasiyası', 'holdinqi', 'operatoru',
  'ordusu', 'proqramı', 'kabineti', 'hakimiyyəti', 'metropoliteni', 'aparatı', 'qrupu', 'mərkəzi', 'hökuməti',
  'qvardiyası', 'korpusu', 'diviziyası', 'briqadası', 'batalyonu', 'polisi', 'televiziyası', 'zavodu',
  'assambleyası', 'katibliyi', 'nümayəndəliyi', 'konsulluğu', 'missiyası', 'xəstəxanası', 'muzeyi', 'klubu',
  'federasiyası', 'konfederasiyası', 'məktəbi', 'senatı', 'konqresi', 'bələdiyyəsi', 'donanması', 'konsorsiumu',
  'komissarlığı', 'tribunalı', 'komandanlığı', 'nəşriyyatı', 'zonası',
  // Other fields: health, education, sport, law.
  'klinikası', 'poliklinikası', 'kolleci', 'liqası', 'kollegiyası',
];

/** Heads that are organisations only after a given word ("Dəmir Yolu" is a railway, "İpək Yolu" a route). */
const AZ_TWO_WORD_HEADS: readonly (readonly [string, string])[] = [['dəmir', 'yolu']];

const AZ_VOWELS = 'aıoueəiöü';
const backVowel = (w: string): boolean => 'aıou'.includes(Array.from(w).reverse().find((c) => AZ_VOWELS.includes(c)) ?? 'ə');

/**
 * The bare noun of a head whose possessive is one vowel after a consonant ("Bankı" → "Bank",
 * "Prokurorluğu" → "Prokurorluq", "Nazirliyi" → "Nazirlik"), or null ("Komitəsi" has no bare form
 * in names). Names such as "Mərkəzi Bank" and "Baş Prokurorluq" use it.
 */
function bareOf(head: string): string | null {
  const stem = head.slice(0, -1);
  const c = stem.slice(-1);
  if (AZ_VOWELS.includes(c)) return null;
  // "Məhkəməsi" → "Məhkəmə": the possessive of a noun ending in a vowel.
  if (c === 's' && AZ_VOWELS.includes(stem.slice(-2, -1))) return stem.slice(0, -1);
  return stem.replace(/ğ$/u, 'q').replace(/([aıoueəiöü])y$/u, '$1k');
}


/** Case suffixes after an Azerbaijani possessive head ("Nazirliyi" + "nin"). */
export const AZ_ORG_CASE_SUFFIXES: ReadonlySet<string> = new Set([
  '', 'n', 'nin', 'nın', 'nun', 'nün', 'nə', 'na', 'ni', 'nı', 'nu', 'nü', 'ndə', 'nda', 'ndən', 'ndan', 'ylə', 'yla',
]);

/**
 * The forms of a bare head (no possessive suffix) in each case, itself first: "bank", "bankın",
 * "banka", "bankda", "bankdan", "bankla"; "prokurorluq", "prokurorluğun", "prokurorluğa", ….
 */
function bareForms(head: string, bare: string): string[] {
  const a = backVowel(bare) ? 'a' : 'ə';
  const i = backVowel(bare) ? (/[ou][^aıoueəiöü]*$/u.test(bare) ? 'u' : 'ı') : /[öü][^aıoueəiöü]*$/u.test(bare) ? 'ü' : 'i';
  if (AZ_VOWELS.includes(bare.slice(-1))) {
    return [bare, `${bare}n${i}n`, `${bare}y${a}`, `${bare}d${a}`, `${bare}d${a}n`, `${bare}yl${a}`];
  }
  const stem = head.slice(0, -1); // before a vowel: "prokurorluğ", "nazirliy"
  return [bare, `${head}n`, `${stem}${a}`, `${bare}d${a}`, `${bare}d${a}n`, `${bare}l${a}`];
}

/**
 * Every inflected form of the organisation heads → the head ("nazirliyinin" → "nazirliyi",
 * "bankın" → "bankı"), so mentions of one body share a head whatever the case. Two-word heads are
 * keyed by both words ("dəmir yolunun").
 */
export const AZ_ORG_FORMS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const h of AZ_ORG_HEADS) {
    for (const suffix of AZ_ORG_CASE_SUFFIXES) map.set(h + suffix, h);
    map.set(`${h.slice(0, -1)}n`, h); // "Nazirliyin": the genitive of the bare noun.
  }
  for (const [before, h] of AZ_TWO_WORD_HEADS)
    for (const suffix of AZ_ORG_CASE_SUFFIXES) map.set(`${before} ${h}${suffix}`, h);
  return map;
})();

/**
 * Bare heads in a case → their nominative ("bankın" → "bank", "prokurorluğun" → "prokurorluq"): a
 * name ending in one is named with it ("Mərkəzi Bankın" → "Mərkəzi Bank").
 */
export const AZ_BARE_HEAD_FORMS: ReadonlyMap<string, { bare: string; head: string }> = (() => {
  const map = new Map<string, { bare: string; head: string }>();
  for (const h of AZ_ORG_HEADS) {
    const bare = bareOf(h);
    if (bare) for (const f of bareForms(h, bare)) map.set(f, { bare, head: h });
  }
  return map;
})();

/** A name with its case suffix after a hyphen or apostrophe ("APA-ya", "SOCAR-ın", "NATO’ya"), itself first. */
export function azOrgNameBases(word: string): string[] {
  const m = /^(.+?)[-’'](\p{Ll}{1,5})$/u.exec(word);
  return m?.[1] ? [word, m[1]] : [word];
}

const forms = (heads: readonly string[]): Set<string> =>
  new Set(heads.flatMap((h) => [...AZ_ORG_CASE_SUFFIXES].map((s) => h + s)));

/** Nouns for a news agency or outlet after its name ("BTA agentliyinin", "İzvestiya qəzetinin"), in every case. */
export const AZ_AGENCY_NOUNS: ReadonlySet<string> = forms(['agentliyi', 'qəzeti', 'saytı', 'portalı', 'telekanalı']);

/** Nouns after a company's or outlet's quoted name ("“QatarEnergy” şirkəti"), in every case. */
export const AZ_QUOTED_NAME_NOUNS: ReadonlySet<string> = forms([
  'şirkəti', 'kompaniyası', 'holdinqi', 'qəzeti', 'saytı', 'portalı', 'telekanalı', 'bankı', 'konserni',
  // Other fields: clubs, parties, funds, start-ups, broadcasters.
  'klubu', 'partiyası', 'fondu', 'startapı', 'radiosu', 'televiziyası', 'hərəkatı',
]);

/**
 * Words right after an outlet's name with a case ending ("Report-a açıqlamasında", "Trend-in
 * məlumatına görə", "APA-nın müxbirinə"): the statement was given to, or taken from, that outlet.
 * The speech verbs are added by the pack.
 */
export const AZ_REPORTING_NOUNS: readonly string[] = [
  'açıqlamasında', 'açıqlamalarında', 'açıqlamasına', 'açıqlama', 'müsahibəsində', 'müsahibəsinə', 'müsahibədə',
  'məlumatına', 'məlumatında', 'məlumatından', 'məlumat', 'istinadən', 'istinadla', 'xəbər', 'xəbərinə',
  'müxbiri', 'müxbirinə', 'müxbirinin', 'bürosu', 'bürosuna', 'əməkdaşına', 'sorğusuna', 'suallarını', 'sualına',
];

/** Phrases after an outlet's bare name: "Report xəbər verir", "Bloomberg yazır". */
export const AZ_OUTLET_PHRASES: readonly (readonly string[])[] = [
  ['xəbər', 'verir'],
  ['xəbər', 'yayıb'],
  ['yazır'],
  ['məlumat', 'yayıb'],
  ['məlumat', 'yayır'],
];

/** Lower-case nouns after a movement's or armed group's name ("Ənsarullah hərəkatı", "Həmas qruplaşmasının"). */
export const AZ_GROUP_HEADS: ReadonlySet<string> = forms([
  'hərəkatı', 'qruplaşması', 'cəbhəsi', 'batalyonu', 'briqadası', 'silahlıları', 'üsyançıları',
]);

/** Words that point at a noun rather than name it ("Bu şirkət", "Həmin klub"). */
export const AZ_POINTING_WORDS: ReadonlySet<string> = new Set([
  'bu', 'o', 'həmin', 'hər', 'bir', 'digər', 'başqa', 'yeni', 'həm', 'ən',
]);
