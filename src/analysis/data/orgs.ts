/** Organisation word lists: international bodies, news outlets, ministries' portfolios, org head nouns. */

export interface AcronymOrg {
  /** Canonical name (the acronym as commonly written). */
  name: string;
  /** Surface forms matched case-sensitively: acronyms and full names in en/ru/az. */
  forms: readonly string[];
}

export const ACRONYM_ORGS: readonly AcronymOrg[] = [
  { name: 'NATO', forms: ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Alliance', 'НАТО'] },
  {
    name: 'OSCE',
    forms: ['OSCE', 'Organization for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe', 'ОБСЕ', 'ATƏT'],
  },
  { name: 'UN', forms: ['UN', 'U.N.', 'United Nations', 'ООН', 'BMT'] },
  { name: 'UN Security Council', forms: ['UN Security Council', 'UNSC', 'United Nations Security Council', 'Совбез ООН', 'BMT Təhlükəsizlik Şurası'] },
  { name: 'EU', forms: ['EU', 'European Union', 'ЕС', 'Евросоюз', 'Aİ', 'Avropa İttifaqı'] },
  { name: 'CSTO', forms: ['CSTO', 'Collective Security Treaty Organization', 'ОДКБ', 'KTMT'] },
  { name: 'CIS', forms: ['CIS', 'Commonwealth of Independent States', 'СНГ', 'MDB'] },
  { name: 'SCO', forms: ['SCO', 'Shanghai Cooperation Organization', 'ШОС', 'ŞƏT'] },
  { name: 'BRICS', forms: ['BRICS', 'БРИКС'] },
  { name: 'UNESCO', forms: ['UNESCO', 'ЮНЕСКО'] },
  { name: 'UNICEF', forms: ['UNICEF', 'ЮНИСЕФ'] },
  { name: 'UNHCR', forms: ['UNHCR'] },
  { name: 'IAEA', forms: ['IAEA', 'International Atomic Energy Agency', 'МАГАТЭ', 'BAEA'] },
  { name: 'ICRC', forms: ['ICRC', 'International Committee of the Red Cross', 'МККК', 'BQXK'] },
  { name: 'OIC', forms: ['OIC', 'Organisation of Islamic Cooperation', 'Organization of Islamic Cooperation', 'ОИС', 'İƏT'] },
  { name: 'Organization of Turkic States', forms: ['Organization of Turkic States', 'OTS', 'ОТГ', 'TDT'] },
  { name: 'WHO', forms: ['WHO', 'World Health Organization', 'ВОЗ', 'ÜST'] },
  { name: 'IMF', forms: ['IMF', 'International Monetary Fund', 'МВФ', 'BVF'] },
  { name: 'World Bank', forms: ['World Bank', 'Всемирный банк', 'Dünya Bankı'] },
  { name: 'OPEC', forms: ['OPEC', 'ОПЕК'] },
  { name: 'OPEC+', forms: ['OPEC+', 'ОПЕК+'] },
  { name: 'EAEU', forms: ['EAEU', 'Eurasian Economic Union', 'ЕАЭС', 'AAİ'] },
  { name: 'GUAM', forms: ['GUAM', 'ГУАМ'] },
  { name: 'PACE', forms: ['PACE', 'Parliamentary Assembly of the Council of Europe', 'ПАСЕ', 'AŞPA'] },
  { name: 'Council of Europe', forms: ['Council of Europe', 'Совет Европы', 'Avropa Şurası'] },
  { name: 'European Commission', forms: ['European Commission', 'Еврокомиссия', 'Avropa Komissiyası'] },
  { name: 'European Parliament', forms: ['European Parliament', 'Европарламент', 'Avropa Parlamenti'] },
  { name: 'ICC', forms: ['ICC', 'International Criminal Court', 'МУС'] },
  { name: 'ICJ', forms: ['ICJ', 'International Court of Justice', 'Международный суд ООН'] },
  { name: 'G7', forms: ['G7', 'G-7', 'Group of Seven'] },
  { name: 'G20', forms: ['G20', 'G-20', 'Group of 20'] },
  { name: 'FSB', forms: ['FSB', 'Federal Security Service', 'ФСБ'] },
  { name: 'SBU', forms: ['SBU', 'Security Service of Ukraine', 'СБУ'] },
  { name: 'CIA', forms: ['CIA', 'ЦРУ'] },
  { name: 'FBI', forms: ['FBI', 'ФБР'] },
  { name: 'Kremlin', forms: ['Kremlin', 'Кремль', 'Kreml'] },
  { name: 'Pentagon', forms: ['Pentagon', 'Пентагон', 'Pentaqon'] },
  { name: 'White House', forms: ['White House', 'Белый дом', 'Ağ Ev'] },
  { name: 'State Duma', forms: ['State Duma', 'Госдума', 'Государственная дума', 'Dövlət Duması'] },
  { name: 'Milli Majlis', forms: ['Milli Majlis', 'Милли Меджлис', 'Milli Məclis'] },
  { name: 'Verkhovna Rada', forms: ['Verkhovna Rada', 'Верховная рада', 'Верховная Рада', 'Ali Rada'] },
];

/** News outlets and agencies (matched case-sensitively), as English, Russian and Azerbaijani copy writes them. */
export const OUTLETS: readonly string[] = [
  'News.Az', 'Report.az', 'APA', 'AZERTAC', 'Azertac', 'AzerTac', 'AZƏRTAC', 'Trend News Agency', 'Trend', 'Turan',
  'Reuters', 'AFP', 'Agence France-Presse', 'Associated Press', 'AP', 'TASS', 'RIA Novosti', 'Interfax', 'Sputnik',
  'RBC', 'Kommersant', 'Izvestia', 'BBC', 'CNN', 'Al Jazeera', 'Bloomberg', 'Anadolu Agency', 'Anadolu', 'IRNA',
  'Xinhua', 'Ukrinform', 'UNIAN', 'Armenpress', 'Kyodo', 'Yonhap', 'dpa', 'EFE', 'ANSA', 'PTI', 'BelTA',
  'Kazinform', 'AKIpress', 'UzA', 'ISNA', 'Tasnim', 'WAM', 'QNA', 'KUNA',
  'BTA', 'MTI', 'PAP', 'Agerpres', 'Bernama', 'Antara', 'Interpressnews', 'Georgia Today', 'Agenda.ge',
  'ТАСС', 'РИА Новости', 'Интерфакс', 'Коммерсантъ', 'Известия', 'Синьхуа', 'Киодо', 'Рейтер', 'Франс Пресс',
  'Блумберг', 'ИРНА', 'Анадолу', 'БелТА', 'Казинформ', 'Укринформ', 'Арменпресс', 'Спутник', 'Йонхап',
  'İnterfaks', 'Sputnik Azərbaycan', 'RİA Novosti', 'Anadolu Agentliyi', 'İRNA', 'Sinxua',
];

/** Legal forms written after a company's name ("Azərenerji ASC", "Caspian Marine Services LLC"). */
export const LEGAL_FORMS_AFTER: ReadonlySet<string> = new Set([
  'LLC', 'Ltd', 'Ltd.', 'JSC', 'PJSC', 'OJSC', 'CJSC', 'Inc', 'Inc.', 'Corp', 'Corp.', 'plc', 'PLC', 'GmbH', 'AG',
  'SA', 'NV', 'BV', 'LLP', 'ASC', 'QSC', 'MMC', 'AŞ', 'A.Ş.', 'Co', 'Co.', 'a.s', 'a.s.', 's.r.o', 's.r.o.',
  'd.o.o', 'd.o.o.', 'S.A', 'S.A.', 'SpA', 'S.p.A', 'KG', 'AB', 'ASA', 'Oy', 'Pty', 'Limited',
  // Dutch, Bulgarian, Romanian, French, Hungarian, Asian forms; the tokenizer drops a final dot ("B.V").
  'B.V', 'B.V.', 'N.V', 'N.V.', 'EOOD', 'OOD', 'EAD', 'ЕООД', 'ООД', 'ЕАД', 'SRL', 'S.R.L', 'SARL', 'SAS',
  'Kft', 'Zrt', 'Ltda', 'Pte', 'Bhd', 'K.K', 'A.Ş',
  // A sports club's mark after its name ("Zirva FC", "“Sabah” PFK").
  'FC', 'FK', 'PFK',
]);

/** A sports club's mark before its name ("FC Zirva", "ФК «Ордабасы»", "PFK Sabah"). */
export const CLUB_MARKS_BEFORE: ReadonlySet<string> = new Set([
  'FC', 'FK', 'PFK', 'SC', 'AC', 'CF', 'HC', 'BC', 'ФК', 'ПФК', 'ХК', 'БК', 'СК',
]);

/** Legal forms written before a company's quoted name ("ПАО «Газпром»", "ООО «Ромашка»"). */
export const LEGAL_FORMS_BEFORE: ReadonlySet<string> = new Set([
  'ООО', 'ОАО', 'ЗАО', 'ПАО', 'АО', 'ТОО', 'ГУП', 'ФГУП', 'МУП', 'АНО', 'НАО', 'ГК', 'ФГБУ', 'ASC', 'QSC', 'MMC',
  'LLC', 'JSC', 'OJSC', 'CJSC', 'PJSC',
  // Kinds of company abbreviated before a quoted name: investment, oil, management, shipping, airline.
  'ИК', 'НК', 'УК', 'ТК', 'СК', 'АК', 'ФК', 'НПО', 'НПП',
]);

/** Top-level domains that make a capitalised word an outlet ("Haqqin.az", "Meduza.io"). */
export const OUTLET_DOMAINS: ReadonlySet<string> = new Set(['az', 'ru', 'ua', 'am', 'ge', 'kz', 'uz', 'com', 'net', 'org', 'info', 'io', 'news']);

/**
 * Ministry portfolios: written forms (lower case, in words) → the short form used in the
 * canonical name "<Demonym> <Portfolio> Ministry".
 */
export const PORTFOLIOS: readonly { words: readonly string[]; short: string }[] = [
  { words: ['foreign', 'affairs'], short: 'Foreign' },
  { words: ['foreign'], short: 'Foreign' },
  { words: ['internal', 'affairs'], short: 'Interior' },
  { words: ['home', 'affairs'], short: 'Interior' },
  { words: ['interior'], short: 'Interior' },
  { words: ['defense'], short: 'Defense' },
  { words: ['defence'], short: 'Defence' },
  { words: ['emergency', 'situations'], short: 'Emergency Situations' },
  { words: ['emergencies'], short: 'Emergencies' },
  { words: ['justice'], short: 'Justice' },
  { words: ['finance'], short: 'Finance' },
  { words: ['economy'], short: 'Economy' },
  { words: ['economic', 'development'], short: 'Economic Development' },
  { words: ['energy'], short: 'Energy' },
  { words: ['health'], short: 'Health' },
  { words: ['education'], short: 'Education' },
  { words: ['culture'], short: 'Culture' },
  { words: ['agriculture'], short: 'Agriculture' },
  { words: ['digital', 'development', 'and', 'transport'], short: 'Digital Development and Transport' },
  { words: ['transport'], short: 'Transport' },
  { words: ['labor'], short: 'Labor' },
  { words: ['labour'], short: 'Labour' },
  { words: ['ecology'], short: 'Ecology' },
  { words: ['environment'], short: 'Environment' },
  { words: ['trade'], short: 'Trade' },
];

/** Head nouns that make a capitalised phrase an organisation ("Russian Security Council"). */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'council', 'committee', 'commission', 'agency', 'organization', 'organisation', 'union', 'parliament',
  'assembly', 'bank', 'fund', 'court', 'service', 'office', 'institute', 'university', 'corporation',
  'company', 'party', 'front', 'guard', 'army', 'navy', 'command', 'embassy', 'consulate', 'cabinet',
  'government', 'administration', 'directorate', 'inspectorate', 'department', 'bureau', 'group', 'alliance',
  'coalition', 'federation', 'association', 'foundation', 'academy', 'forces', 'police', 'prosecutor’s office',
  'duma', 'senate', 'congress', 'secretariat', 'agency', 'authority', 'mission', 'programme', 'program', 'port',
  'lines', 'airlines', 'airways', 'railways', 'network', 'plant', 'factory', 'shipyard', 'refinery', 'exchange',
  'centre', 'center', 'operator', 'consortium', 'movement', 'militia', 'brigade', 'brigades', 'battalion',
  'regiment', 'corps', 'faction', 'tribunal', 'ministry',
  // Bodies of other fields than ours: health, education, sport, trade, broadcasting.
  'hospital', 'clinic', 'polyclinic', 'school', 'college', 'lyceum', 'club', 'league', 'chamber', 'holding',
  'holdings', 'commissariat', 'board', 'broadcasting', 'television', 'conservatory', 'society', 'trust',
  'concern',
  // Cultural and scientific institutions.
  'museum', 'observatory', 'library', 'theatre', 'theater', 'laboratory', 'gallery', 'archives',
]);

/**
 * Words that end a company's or office's capitalised name ("Altyn Peak Resources", "Hanbit
 * Electoral Technologies", "Public Registry", "City Hall"), heads only in that place: inside a
 * longer name they are fields ("Ministry of Natural Resources, Ecology and …").
 */
export const NAME_END_HEADS: ReadonlySet<string> = new Set([
  'resources', 'technologies', 'ventures', 'labs', 'systems', 'solutions', 'partners', 'logistics', 'industries',
  'enterprises', 'investments', 'registry', 'hall',
]);

/** Heads a state company's own name follows without a connector ("State Concern Türkmengaz"). */
export const HEADS_NAME_AFTER: ReadonlySet<string> = new Set(['concern']);

/** Lower-case heads of movements and armed groups after a capitalised name ("Houthi movement", "Azov battalion"). */
export const GROUP_HEADS: ReadonlySet<string> = new Set([
  'movement', 'militia', 'battalion', 'brigade', 'brigades', 'group', 'rebels', 'insurgents',
]);

/** Function words skipped when an acronym's letters are matched to a name's words ("Organisation of …"). */
export const ACRONYM_SKIP: ReadonlySet<string> = new Set([
  'of', 'and', 'for', 'the', 'on', 'in', 'и', 'по', 'на', 'в', 'для', 'о', 'об', 'və', 'üzrə',
]);

/** English words that end an organisation phrase's complement ("Council of Europe"): connectors. */
export const ORG_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'on', 'the', 'in', '&']);

/** Words that only describe an organisation before its name ("Almaty-based", "state-run"). */
export const ORG_DESCRIPTOR =
  /-(?:based|backed|run|owned|funded|led|affiliated|controlled|registered|headquartered|listed)$/u;
