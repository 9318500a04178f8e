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
];

/** Case suffixes after an Azerbaijani possessive head ("Nazirliyi" + "nin"). */
export const AZ_ORG_CASE_SUFFIXES: ReadonlySet<string> = new Set([
  '', 'n', 'nin', 'nın', 'nun', 'nün', 'nə', 'na', 'ni', 'nı', 'nu', 'nü', 'ndə', 'nda', 'ndən', 'ndan', 'ylə', 'yla',
]);

/** Every inflected form of the organisation heads → the head ("nazirliyinin" → "nazirliyi"). */
export const AZ_ORG_FORMS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const h of AZ_ORG_HEADS) {
    for (const suffix of AZ_ORG_CASE_SUFFIXES) map.set(h + suffix, h);
    map.set(`${h.slice(0, -1)}n`, h); // "Nazirliyin": the genitive of the bare noun.
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
]);
