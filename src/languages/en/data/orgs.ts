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
  // Other fields: start-ups, sport, broadcasting, retail, non-profits.
  'start-up', 'startup', 'fintech', 'club', 'channel', 'publisher', 'retailer', 'chain', 'nonprofit',
  'non-profit', 'NGO', 'ngo', 'foundation', 'federation', 'association', 'union', 'party', 'hospital', 'clinic',
]);

/** Verbs a company is the subject of ("Nordmarin expanded its fleet", "Vostok Steel reported higher profits"). */
export const EN_BUSINESS_VERBS: ReadonlySet<string> = new Set(
  `reported posted expanded acquired bought sold shipped supplied invested launched hired exported imported
   produced delivered booked raised cut doubled tripled listed floated merged`
    .trim()
    .split(/\s+/u),
);

/** Words after a business verb that only a company owns or reports: "its", profits, a fleet, shares. */
export const EN_BUSINESS_OBJECTS: ReadonlySet<string> = new Set(
  `its profit profits revenue revenues sales output fleet shares stake dividend dividends earnings losses
   loss production exports orders capacity turnover subsidiary unit plant refinery`
    .trim()
    .split(/\s+/u),
);
