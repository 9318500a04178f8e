/**
 * Azerbaijani organisation heads in the nominative with the possessive suffix ("Nazirliyi",
 * "Xidməti"): a capitalised phrase ending in one is an organisation ("Müdafiə Nazirliyi"). Case
 * suffixes follow ("Nazirliyinin", "Nazirliyinə").
 */
export const AZ_ORG_HEADS: readonly string[] = [
  'nazirliyi', 'xidməti', 'komitəsi', 'agentliyi', 'şurası', 'qoşunları', 'idarəsi', 'məclisi', 'parlamenti',
  'bankı', 'universiteti', 'fondu', 'təşkilatı', 'assosiasiyası', 'partiyası', 'şirkəti', 'komissiyası',
  'akademiyası', 'ofisi', 'səfirliyi', 'prokurorluğu', 'məhkəməsi', 'departamenti', 'administrasiyası',
  'inspeksiyası', 'qərargahı', 'birliyi', 'ittifaqı', 'cəmiyyəti', 'institutu', 'palatası',
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
