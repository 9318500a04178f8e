/**
 * Russian ministries: the usual short name ("Минобороны", inflected "Минфина") and the words after
 * "Министерство" in the full name ("Министерство обороны"). Both are named by the short form.
 */
export const RU_MINISTRIES: readonly { short: string; full: readonly string[]; portfolio: string }[] = [
  { short: 'Минобороны', full: ['обороны'], portfolio: 'defense' },
  { short: 'МИД', full: ['иностранных', 'дел'], portfolio: 'foreign' },
  { short: 'МВД', full: ['внутренних', 'дел'], portfolio: 'interior' },
  { short: 'МЧС', full: ['по', 'чрезвычайным', 'ситуациям'], portfolio: 'emergency situations' },
  { short: 'Минфин', full: ['финансов'], portfolio: 'finance' },
  { short: 'Минюст', full: ['юстиции'], portfolio: 'justice' },
  { short: 'Минздрав', full: ['здравоохранения'], portfolio: 'health' },
  { short: 'Минэнерго', full: ['энергетики'], portfolio: 'energy' },
  { short: 'Минтранс', full: ['транспорта'], portfolio: 'transport' },
  { short: 'Минэкономразвития', full: ['экономического', 'развития'], portfolio: 'economic development' },
  { short: 'Минпромторг', full: ['промышленности', 'и', 'торговли'], portfolio: 'trade' },
  { short: 'Минкультуры', full: ['культуры'], portfolio: 'culture' },
  { short: 'Минсельхоз', full: ['сельского', 'хозяйства'], portfolio: 'agriculture' },
  { short: 'Минприроды', full: ['природных', 'ресурсов'], portfolio: 'ecology' },
  { short: 'Минтруд', full: ['труда'], portfolio: 'labor' },
  { short: 'Минцифры', full: ['цифрового', 'развития'], portfolio: 'digital development' },
  { short: 'Минпросвещения', full: ['просвещения'], portfolio: 'education' },
  { short: 'Минобрнауки', full: ['науки', 'и', 'высшего', 'образования'], portfolio: 'education' },
];

/** Case endings a Russian short ministry name may take ("Минфина", "Минздравом"). */
export const RU_NOUN_CASE_ENDINGS: ReadonlySet<string> = new Set(['', 'а', 'у', 'ом', 'е']);

/** Russian common nouns that refer back to the last-named ministry or agency ("говорится в сообщении ведомства"). */
export const RU_ORG_ANAPHORS: ReadonlySet<string> = new Set([
  'ведомство', 'ведомства', 'ведомству', 'ведомством', 'ведомстве', 'министерство', 'министерства',
  'министерству', 'министерством', 'министерстве',
]);

/** Russian nouns for a news agency, next to its name ("агентство «Синьхуа»"). */
export const RU_AGENCY_NOUNS: ReadonlySet<string> = new Set([
  'агентство', 'агентства', 'агентству', 'агентством', 'агентстве', 'информагентство', 'информагентства',
  'информагентству', 'информагентством', 'информагентстве',
  // Outlets other than agencies, before a quoted name ("портал «Каспий-Инфо»", "телеграм-канала «X»").
  'портал', 'портала', 'порталу', 'порталом', 'портале', 'сайт', 'сайта', 'сайту', 'сайтом', 'сайте',
  'журнал', 'журнала', 'журналу', 'журналом', 'журнале', 'телеграм-канал', 'телеграм-канала',
  'телеграм-каналу', 'телеграм-каналом', 'телеграм-канале',
]);

/** Russian nouns before a company's or outlet's quoted name ("компания «Лукойл»", "газета «Ведомости»"). */
export const RU_QUOTED_NAME_NOUNS: ReadonlySet<string> = new Set(
  ['компания', 'компании', 'компанию', 'компанией', 'концерн', 'концерна', 'концерну', 'концерном', 'концерне',
   'холдинг', 'холдинга', 'холдингу', 'холдингом', 'холдинге', 'газета', 'газеты', 'газете', 'газету', 'газетой',
   'издание', 'издания', 'изданию', 'изданием', 'телеканал', 'телеканала', 'телеканалу', 'телеканалом',
   'группа', 'группы', 'группе', 'группу', 'группой', 'банк', 'банка', 'банку', 'банком', 'банке',
   // Other fields: parties, clubs, start-ups, funds, broadcasters, firms.
   'партия', 'партии', 'партию', 'партией', 'клуб', 'клуба', 'клубу', 'клубом', 'клубе', 'стартап', 'стартапа',
   'стартапу', 'стартапом', 'стартапе', 'фонд', 'фонда', 'фонду', 'фондом', 'фонде', 'фирма', 'фирмы', 'фирме',
   'фирму', 'фирмой', 'радиостанция', 'радиостанции', 'радиостанцию', 'телекомпания', 'телекомпании',
   'телекомпанию', 'движение', 'движения', 'движению', 'движением', 'движении', 'объединение', 'объединения',
   'объединению', 'объединением', 'объединении'],
);

/** Reporting verbs an outlet's name follows ("сообщает РБК", "пишет Financial Times"). */
export const RU_OUTLET_VERBS: ReadonlySet<string> = new Set([
  'сообщает', 'сообщило', 'сообщила', 'сообщил', 'пишет', 'писало', 'писала', 'передает', 'передаёт',
  'передало', 'передала', 'информирует', 'уточняет', 'выяснило', 'выяснила',
  // With a quoted name only: "(По материалам «Восток-Медиа»)", "на которые ссылается «Каспий-Инфо»".
  'материалам', 'ссылается', 'ссылаются',
]);

/** Verbs a company is the subject of ("Нордмарин увеличил выручку", "Каспийская верфь нарастила выпуск"). */
export const RU_BUSINESS_VERBS: ReadonlySet<string> = new Set(
  `увеличил увеличила увеличило нарастил нарастила нарастило сократил сократила сократило отгрузил отгрузила
   отгрузило приобрел приобрёл приобрела приобрело купил купила купило продал продала продало выплатил
   выплатила выплатило экспортировал экспортировала экспортировало получил получила получило`
    .trim()
    .split(/\s+/u),
);

/** A company's own objects after such a verb: выручка, прибыль, флот, акции, дивиденды. */
export const RU_BUSINESS_OBJECTS: ReadonlySet<string> = new Set(
  `выручку выручка прибыль чистую убыток флот акции акций долю дивиденды выпуск производство добычу экспорт
   поставки отгрузки заказ контракт мощности`
    .trim()
    .split(/\s+/u),
);
