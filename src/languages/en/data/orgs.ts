/**
 * Lower-case nouns that describe a body beside its name ("the grid operator Transelectrica",
 * "Lukoil, the oil company,"). Nouns that may describe a person ("investor", "producer",
 * "developer", "contractor") are left out: "Ivanov, a prominent investor," is a person.
 */
export const EN_DESCRIPTION_NOUNS: ReadonlySet<string> = new Set([
  'operator', 'marketer', 'company', 'firm', 'lender', 'carrier', 'airline', 'insurer', 'manufacturer', 'maker',
  'utility', 'regulator', 'consultancy', 'broadcaster', 'newspaper', 'daily', 'portal', 'website', 'outlet',
  'exporter', 'importer', 'distributor', 'conglomerate', 'monopoly', 'shipyard', 'refinery', 'railway',
  'railroad', 'automaker', 'carmaker', 'shipbuilder', 'bank', 'group', 'consortium', 'subsidiary', 'unit',
  'agency', 'watchdog', 'think-tank', 'charity', 'trader', 'miner', 'refiner', 'pipeline',
]);
