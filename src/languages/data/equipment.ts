/** Weapons and military systems. */

export interface SystemData {
  /** Canonical system name. */
  name: string;
  /** Surface forms (case-sensitive, tokens separated by spaces). */
  forms: readonly string[];
  /**
   * The name is also an ordinary word ("patriot", "tor", "javelin"): it counts only followed by an
   * equipment noun ("Patriot missile") or after "the".
   */
  ambiguous?: boolean;
}

export const SYSTEMS: readonly SystemData[] = [
  { name: 'Iskander', forms: ['Iskander', 'Iskander-M', 'Iskander-K', 'Искандер', 'Искандер-М', 'İsgəndər', 'İskəndər'] },
  { name: 'Patriot', forms: ['Patriot', 'Patriots', 'MIM-104'], ambiguous: true },
  { name: 'S-300', forms: ['S-300', 'С-300'] },
  { name: 'S-400', forms: ['S-400', 'С-400'] },
  { name: 'S-500', forms: ['S-500', 'С-500'] },
  { name: 'Bayraktar TB2', forms: ['Bayraktar TB2', 'TB2', 'Bayraktar', 'Байрактар'] },
  { name: 'Shahed', forms: ['Shahed', 'Shahed-136', 'Shahed-131', 'Shaheds', 'Шахед'] },
  { name: 'Geran-2', forms: ['Geran-2', 'Geran', 'Герань-2', 'Герань'] },
  { name: 'HIMARS', forms: ['HIMARS', 'ХАЙМАРС'] },
  { name: 'ATACMS', forms: ['ATACMS'] },
  { name: 'Storm Shadow', forms: ['Storm Shadow', 'Storm Shadows'] },
  { name: 'SCALP', forms: ['SCALP'] },
  { name: 'NASAMS', forms: ['NASAMS'] },
  { name: 'IRIS-T', forms: ['IRIS-T'] },
  { name: 'Kinzhal', forms: ['Kinzhal', 'Кинжал'] },
  { name: 'Kalibr', forms: ['Kalibr', 'Калибр'] },
  { name: 'Oniks', forms: ['Oniks', 'Оникс'] },
  { name: 'Oreshnik', forms: ['Oreshnik', 'Орешник'] },
  { name: 'Zircon', forms: ['Zircon', 'Tsirkon', 'Циркон'] },
  { name: 'Kh-101', forms: ['Kh-101', 'Х-101'] },
  { name: 'Kh-22', forms: ['Kh-22', 'Х-22'] },
  { name: 'Tochka-U', forms: ['Tochka-U', 'Точка-У'] },
  { name: 'Tornado-S', forms: ['Tornado-S', 'Торнадо-С'] },
  { name: 'Smerch', forms: ['Smerch', 'Смерч'] },
  { name: 'Grad', forms: ['Grad', 'Град'], ambiguous: true },
  { name: 'Uragan', forms: ['Uragan', 'Ураган'], ambiguous: true },
  { name: 'Buk', forms: ['Buk', 'Бук'], ambiguous: true },
  { name: 'Tor', forms: ['Tor', 'Тор'], ambiguous: true },
  { name: 'Pantsir', forms: ['Pantsir', 'Панцирь'] },
  { name: 'Lancet', forms: ['Lancet', 'Ланцет'], ambiguous: true },
  { name: 'Orlan-10', forms: ['Orlan-10', 'Орлан-10'] },
  { name: 'Harop', forms: ['Harop'] },
  { name: 'Tomahawk', forms: ['Tomahawk', 'Tomahawks'], ambiguous: true },
  { name: 'Javelin', forms: ['Javelin', 'Javelins'], ambiguous: true },
  { name: 'Stinger', forms: ['Stinger', 'Stingers'], ambiguous: true },
  { name: 'NLAW', forms: ['NLAW', 'NLAWs'] },
  { name: 'Leopard 2', forms: ['Leopard 2', 'Leopard'], ambiguous: true },
  { name: 'Abrams', forms: ['Abrams'], ambiguous: true },
  { name: 'Challenger 2', forms: ['Challenger 2'] },
  { name: 'Bradley', forms: ['Bradley'], ambiguous: true },
  { name: 'T-72', forms: ['T-72', 'Т-72'] },
  { name: 'T-90', forms: ['T-90', 'Т-90'] },
  { name: 'Su-25', forms: ['Su-25', 'Су-25'] },
  { name: 'Su-34', forms: ['Su-34', 'Су-34'] },
  { name: 'Su-35', forms: ['Su-35', 'Су-35'] },
  { name: 'MiG-29', forms: ['MiG-29', 'МиГ-29'] },
  { name: 'MiG-31', forms: ['MiG-31', 'МиГ-31'] },
  { name: 'F-16', forms: ['F-16', 'F-16s'] },
  { name: 'F-35', forms: ['F-35', 'F-35s'] },
  { name: 'Mirage 2000', forms: ['Mirage 2000'] },
  { name: 'Gepard', forms: ['Gepard'] },
  { name: 'Iron Dome', forms: ['Iron Dome'] },
  { name: 'Polonez', forms: ['Polonez'] },
  { name: 'Tor-M2', forms: ['Tor-M2', 'Тор-М2'] },
  { name: 'Buk-M2', forms: ['Buk-M2', 'Бук-М2'] },
  { name: 'Buk-M3', forms: ['Buk-M3', 'Бук-М3'] },
  { name: 'Pantsir-S1', forms: ['Pantsir-S1', 'Панцирь-С1'] },
  { name: 'Osa', forms: ['Osa', 'Оса'], ambiguous: true },
  { name: 'Strela', forms: ['Strela', 'Стрела'], ambiguous: true },
  { name: 'Igla', forms: ['Igla', 'Игла'], ambiguous: true },
  { name: 'Verba', forms: ['Verba', 'Верба'], ambiguous: true },
  { name: 'Kornet', forms: ['Kornet', 'Корнет'], ambiguous: true },
  { name: 'Krasnopol', forms: ['Krasnopol', 'Краснополь'] },
  { name: 'Msta-S', forms: ['Msta-S', 'Мста-С'] },
  { name: 'Giatsint', forms: ['Giatsint', 'Гиацинт'], ambiguous: true },
  { name: 'TOS-1A', forms: ['TOS-1A', 'ТОС-1А', 'Solntsepyok', 'Солнцепёк', 'Солнцепек'] },
  { name: 'Bastion', forms: ['Bastion', 'Бастион'], ambiguous: true },
  { name: 'Bal', forms: ['Бал'], ambiguous: true },
  { name: 'Yars', forms: ['Yars', 'Ярс'] },
  { name: 'Sarmat', forms: ['Sarmat', 'Сармат'] },
  { name: 'Avangard', forms: ['Avangard', 'Авангард'], ambiguous: true },
  { name: 'Bulava', forms: ['Bulava', 'Булава'], ambiguous: true },
  { name: 'Topol-M', forms: ['Topol-M', 'Тополь-М'] },
  { name: 'Burevestnik', forms: ['Burevestnik', 'Буревестник'], ambiguous: true },
  { name: 'Poseidon', forms: ['Poseidon', 'Посейдон'], ambiguous: true },
  { name: 'Krasukha', forms: ['Krasukha', 'Красуха'] },
  { name: 'Forpost', forms: ['Forpost', 'Форпост'], ambiguous: true },
  { name: 'Orion', forms: ['Орион'], ambiguous: true },
  { name: 'Kub', forms: ['Kub', 'Куб'], ambiguous: true },
  { name: 'Scud', forms: ['Scud', 'Scuds', 'Скад'] },
  { name: 'Fateh-110', forms: ['Fateh-110', 'Fateh'] },
  { name: 'Shahab-3', forms: ['Shahab-3'] },
  { name: 'Mohajer-6', forms: ['Mohajer-6', 'Mohajer'] },
  { name: 'Bayraktar Akinci', forms: ['Bayraktar Akinci', 'Bayraktar Akıncı', 'Akinci', 'Akıncı', 'Акынджи'] },
  { name: 'Bayraktar Kizilelma', forms: ['Bayraktar Kizilelma', 'Kizilelma', 'Kızılelma'] },
  { name: 'Anka', forms: ['Anka', 'ANKA'], ambiguous: true },
  { name: 'T129 ATAK', forms: ['T129 ATAK', 'T129', 'T-129'] },
  { name: 'Heron', forms: ['Heron'], ambiguous: true },
  { name: 'Hermes 900', forms: ['Hermes 900'] },
  { name: 'SkyStriker', forms: ['SkyStriker', 'SkyStrikers'] },
  { name: 'Orbiter', forms: ['Orbiter'], ambiguous: true },
  { name: 'Spike', forms: ['Spike'], ambiguous: true },
  { name: 'Barak-8', forms: ['Barak-8', 'Barak MX', 'Barak'] },
  { name: "David's Sling", forms: ["David's Sling", 'David’s Sling'] },
  { name: 'Arrow 3', forms: ['Arrow 3', 'Arrow-3'] },
  { name: 'THAAD', forms: ['THAAD'] },
  { name: 'Aegis', forms: ['Aegis'], ambiguous: true },
  { name: 'SAMP/T', forms: ['SAMP/T', 'SAMP-T'] },
  { name: 'Hawk', forms: ['Hawk', 'Hawks'], ambiguous: true },
  { name: 'Piorun', forms: ['Piorun'] },
  { name: 'Starstreak', forms: ['Starstreak'] },
  { name: 'Switchblade', forms: ['Switchblade', 'Switchblades'], ambiguous: true },
  { name: 'Reaper', forms: ['Reaper', 'Reapers'], ambiguous: true },
  { name: 'Predator', forms: ['Predator'], ambiguous: true },
  { name: 'Global Hawk', forms: ['Global Hawk'] },
  { name: 'Black Hawk', forms: ['Black Hawk', 'Black Hawks'] },
  { name: 'Apache', forms: ['Apache', 'Apaches'], ambiguous: true },
  { name: 'Chinook', forms: ['Chinook', 'Chinooks'], ambiguous: true },
  { name: 'Eurofighter Typhoon', forms: ['Eurofighter Typhoon', 'Eurofighter', 'Typhoon'], ambiguous: true },
  { name: 'Rafale', forms: ['Rafale', 'Rafales'] },
  { name: 'Gripen', forms: ['Gripen', 'Gripens'] },
  { name: 'M777', forms: ['M777', 'M777s'] },
  { name: 'Caesar', forms: ['Caesar'], ambiguous: true },
  { name: 'PzH 2000', forms: ['PzH 2000', 'Panzerhaubitze 2000'] },
  { name: 'Krab', forms: ['Krab'], ambiguous: true },
  { name: 'Archer', forms: ['Archer'], ambiguous: true },
  { name: 'Marder', forms: ['Marder', 'Marders'], ambiguous: true },
  { name: 'Stryker', forms: ['Stryker', 'Strykers'], ambiguous: true },
  { name: 'CV90', forms: ['CV90', 'CV90s'] },
  { name: 'Tornado', forms: ['Tornado'], ambiguous: true },
  { name: 'Taurus', forms: ['Taurus'], ambiguous: true },
  { name: 'Harpoon', forms: ['Harpoon', 'Harpoons'], ambiguous: true },
  { name: 'Neptune', forms: ['Neptune', 'Нептун'], ambiguous: true },
  { name: 'Hrim-2', forms: ['Hrim-2', 'Grim-2'] },
  { name: 'Ababil', forms: ['Ababil'], ambiguous: true },
  { name: 'Kheibar Shekan', forms: ['Kheibar Shekan', 'Kheibar'] },
  { name: 'Khorramshahr', forms: ['Khorramshahr'], ambiguous: true },
  { name: 'Zolfaghar', forms: ['Zolfaghar'] },
  { name: 'Sejjil', forms: ['Sejjil'] },
  { name: 'Hwasong', forms: ['Hwasong'] },
  { name: 'Iron Beam', forms: ['Iron Beam'] },
  { name: 'Spyder', forms: ['Spyder'] },
  { name: 'LORA', forms: ['LORA'] },
];

/** Nouns that may follow a system name and belong to the item ("Patriot missile", "S-300 systems"). */
export const EQUIPMENT_HEADS: ReadonlySet<string> = new Set([
  'missile', 'missiles', 'system', 'systems', 'launcher', 'launchers', 'drone', 'drones', 'uav', 'uavs', 'tank',
  'tanks', 'jet', 'jets', 'fighter', 'fighters', 'helicopter', 'helicopters', 'interceptor', 'interceptors',
  'battery', 'batteries', 'complex', 'complexes', 'rocket', 'rockets', 'howitzer', 'howitzers', 'vehicle',
  'vehicles', 'munition', 'munitions', 'bomber', 'bombers', 'warplane', 'warplanes',
  // ru, az
  'ракета', 'ракеты', 'ракетой', 'ракету', 'ракет', 'ракетами', 'комплекс', 'комплексы', 'комплекса', 'комплексов',
  'комплексами', 'raket', 'raketi', 'raketləri', 'raketlər', 'raketinin', 'raketlərinin', 'raketini', 'raketlərini',
  'kompleksi', 'kompleksləri', 'sistemi', 'sistemləri', 'dronu', 'dronları', 'pua', 'pua-ları', 'helikopteri',
  'helikopterləri', 'tankı', 'tankları', 'qırıcısı', 'qırıcıları', 'təyyarəsi', 'təyyarələri',
  'helicopter', 'aircraft', 'frigate', 'frigates', 'warship', 'warships', 'submarine', 'submarines', 'corvette',
  'corvettes', 'gunship', 'gunships', 'airframes',
]);

/** Generic equipment phrases (lower case words). */
export const GENERIC_EQUIPMENT: readonly (readonly string[])[] = [
  ['air', 'defense', 'systems'],
  ['air', 'defense', 'system'],
  ['air', 'defence', 'systems'],
  ['air', 'defence', 'system'],
  ['air-defense', 'systems'],
  ['air-defense', 'system'],
  ['air-defence', 'systems'],
  ['air-defence', 'system'],
  ['missile', 'defense', 'systems'],
  ['missile', 'defense', 'system'],
  ['anti-aircraft', 'missile', 'systems'],
  ['anti-aircraft', 'missile', 'system'],
  ['anti-aircraft', 'systems'],
  ['multiple', 'rocket', 'launchers'],
  ['multiple', 'rocket', 'launcher'],
  ['ballistic', 'missiles'],
  ['ballistic', 'missile'],
  ['cruise', 'missiles'],
  ['cruise', 'missile'],
  ['kamikaze', 'drones'],
  ['attack', 'drones'],
  ['hava', 'hücumundan', 'müdafiə', 'sistemləri'],
];


/**
 * Military designations: a type prefix, a hyphen and a number ("Su-25", "Mi-8", "S-400", "T-72",
 * "Kh-101", "BMP-3", Cyrillic "Су-25", "С-400", "МиГ-29"), optionally with a letter suffix ("Mi-8MTV",
 * "Ka-52K", "BTR-82A"). Matched on the whole token.
 */
export const DESIGNATION =
  /^(?:Su|Mi|MiG|Ka|Tu|Il|Yak|An|T|S|Kh|BM|BMP|BTR|BMD|MT-LB|TOS|F|B|MQ|RQ|AH|UH|CH|MH|KC|EA|AGM|AIM|J|Z|Су|Ми|МиГ|Ка|Ту|Ил|Як|Ан|Т|С|Х|БМ|БМП|БТР|БМД|ТОС)-\d{1,3}[A-Za-zА-Яа-я\d]{0,4}$/u;

/** Designation prefixes naming aircraft: "Mi-8" is a helicopter, "Su-25" a jet. */
export const AIRCRAFT_PREFIXES: ReadonlySet<string> = new Set([
  'Su', 'Mi', 'MiG', 'Ka', 'Tu', 'Il', 'Yak', 'An', 'F', 'B', 'MQ', 'RQ', 'AH', 'UH', 'CH', 'MH', 'KC', 'EA', 'J', 'Z',
  'Су', 'Ми', 'МиГ', 'Ка', 'Ту', 'Ил', 'Як', 'Ан',
]);

/**
 * English equipment nouns that name a kind of military equipment on their own ("two frigates",
 * "40 tanks"), with the class they belong to: a later bare "the drone" joins an earlier
 * "unmanned surface vessel" of the same class. Singular and plural.
 */
export const EN_BARE_HEADS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['frigate', 'frigates', 'frigate'],
      ['corvette', 'corvettes', 'corvette'],
      ['destroyer', 'destroyers', 'destroyer'],
      ['cruiser', 'cruisers', 'cruiser'],
      ['minehunter', 'minehunters', 'minehunter'],
      ['minesweeper', 'minesweepers', 'minesweeper'],
      ['submarine', 'submarines', 'submarine'],
      ['warship', 'warships', 'warship'],
      ['gunboat', 'gunboats', 'gunboat'],
      ['ferry', 'ferries', 'ferry'],
      ['tank', 'tanks', 'tank'],
      ['helicopter', 'helicopters', 'helicopter'],
      ['gunship', 'gunships', 'helicopter'],
      ['drone', 'drones', 'drone'],
      ['uav', 'uavs', 'drone'],
      ['howitzer', 'howitzers', 'howitzer'],
      ['warplane', 'warplanes', 'warplane'],
      ['bomber', 'bombers', 'bomber'],
      ['interceptor', 'interceptors', 'interceptor'],
      ['minelayer', 'minelayers', 'minelayer'],
      ['icebreaker', 'icebreakers', 'icebreaker'],
    ] as const
  ).flatMap(([sg, pl, cls]) => [
    [sg, cls],
    [pl, cls],
  ]),
);

/**
 * English nouns that name equipment only with a type word in front: "cruise missile", "maritime
 * patrol aircraft", "unmanned surface vessel", "armoured vehicles" (a bare "missile" or "ship" is not
 * an item).
 */
export const EN_MODIFIED_HEADS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['missile', 'missiles', 'missile'],
      ['rocket', 'rockets', 'rocket'],
      ['aircraft', 'aircraft', 'aircraft'],
      ['airplane', 'airplanes', 'aircraft'],
      ['plane', 'planes', 'aircraft'],
      ['jet', 'jets', 'aircraft'],
      ['fighter', 'fighters', 'aircraft'],
      ['vessel', 'vessels', 'vessel'],
      ['ship', 'ships', 'vessel'],
      ['boat', 'boats', 'vessel'],
      ['vehicle', 'vehicles', 'vehicle'],
      ['launcher', 'launchers', 'launcher'],
      ['system', 'systems', 'system'],
      ['artillery', 'artillery', 'artillery'],
      ['munition', 'munitions', 'munition'],
      ['radar', 'radars', 'radar'],
      ['carrier', 'carriers', 'carrier'],
    ] as const
  ).flatMap(([sg, pl, cls]) => [
    [sg, cls],
    [pl, cls],
  ]),
);

/** Type words that make an equipment noun a kind of equipment ("reconnaissance drones"). */
export const EN_TYPE_MODIFIERS: ReadonlySet<string> = new Set([
  'reconnaissance', 'surveillance', 'attack', 'strike', 'combat', 'military', 'unmanned', 'uncrewed',
  'kamikaze', 'loitering', 'patrol', 'maritime', 'naval', 'surface', 'transport', 'cargo', 'fighter', 'bomber',
  'armoured', 'armored', 'ballistic', 'cruise', 'hypersonic', 'supersonic', 'guided', 'interceptor', 'stealth',
  'tactical', 'strategic', 'nuclear-powered', 'nuclear-capable', 'amphibious', 'landing', 'assault', 'missile',
  'rocket', 'battle', 'main', 'infantry', 'fighting', 'self-propelled', 'towed', 'utility', 'multirole',
  'multi-role', 'air-defence', 'air-defense', 'anti-ship', 'anti-tank', 'anti-aircraft', 'anti-submarine',
  'anti-drone', 'anti-missile', 'surface-to-air', 'air-to-air', 'air-to-surface', 'ground-to-air',
  'surface-to-surface', 'early-warning', 'airborne', 'helicopter', 'drone', 'tank', 'cluster', 'precision',
  'precision-guided', 'jet', 'warplane', 'aerial', 'intercontinental', 'intermediate-range', 'shahed-type',
  'mine-clearing', 'mine', 'minehunting', 'aircraft', 'submarine-launched', 'sea-based', 'land-based',
  'air-launched', 'ground-launched', 'heavy', 'light', 'radar', 'personnel', 'pilotless', 'naval-strike',
]);

/** Hyphenated type words read as such by their shape: "medium-range", "long-range", "Soviet-made". */
export const EN_TYPE_MODIFIER_SHAPE = /^[\p{L}\d]+-(?:range|class|guided|launched|propelled|capable|powered|type)$/u;

/** Words before "tank", "carrier" and the like that make them something else ("think tank"). */
export const EN_NON_EQUIPMENT_BEFORE: ReadonlySet<string> = new Set([
  'think', 'fuel', 'water', 'oil', 'gas', 'septic', 'storage', 'fish', 'petrol', 'diesel', 'hydrogen', 'oxygen',
  'propane', 'holding', 'toy', 'model',
]);

/** Nouns that an equipment noun may modify, making it not an item ("drone strike", "ferry traffic"). */
export const EN_COMPOUND_AFTER: ReadonlySet<string> = new Set([
  'traffic', 'strike', 'strikes', 'attack', 'attacks', 'crew', 'crews', 'operator', 'operators', 'pilot', 'pilots',
  'factory', 'factories', 'plant', 'plants', 'production', 'programme', 'program', 'deal', 'deals', 'contract',
  'contracts', 'route', 'routes', 'service', 'services', 'terminal', 'terminals', 'company', 'companies', 'line',
  'lines', 'industry', 'maker', 'makers', 'manufacturer', 'debris', 'wreckage', 'warfare', 'footage', 'sighting',
  'sightings', 'alert', 'alerts', 'threat', 'threats', 'raid', 'raids', 'fire', 'battalion', 'brigade', 'unit',
  'units', 'regiment', 'division', 'corps', 'school', 'base', 'bases', 'port', 'ports', 'operations', 'ticket',
  'tickets', 'schedule', 'schedules', 'fleet', 'incursion', 'incursions', 'launch', 'launches',
  'test', 'tests', 'defence', 'defense', 'shield', 'technology', 'technologies',
]);

/**
 * Russian equipment nouns by stem, with their nominative singular and plural (the item's name) and
 * whether a type word must precede them. A bare "беспилотник" is an item; a bare "ракета" is not.
 */
export interface InflectedHead {
  stem: string;
  singular: string;
  plural: string;
  cls: string;
  needsModifier?: boolean;
}

export const RU_HEADS: readonly InflectedHead[] = [
  { stem: 'беспилотник', singular: 'беспилотник', plural: 'беспилотники', cls: 'drone' },
  { stem: 'дрон', singular: 'дрон', plural: 'дроны', cls: 'drone' },
  { stem: 'вертолёт', singular: 'вертолёт', plural: 'вертолёты', cls: 'helicopter' },
  { stem: 'вертолет', singular: 'вертолёт', plural: 'вертолёты', cls: 'helicopter' },
  { stem: 'танк', singular: 'танк', plural: 'танки', cls: 'tank' },
  { stem: 'фрегат', singular: 'фрегат', plural: 'фрегаты', cls: 'frigate' },
  { stem: 'корвет', singular: 'корвет', plural: 'корветы', cls: 'corvette' },
  { stem: 'эсминц', singular: 'эсминец', plural: 'эсминцы', cls: 'destroyer' },
  { stem: 'эсминец', singular: 'эсминец', plural: 'эсминцы', cls: 'destroyer' },
  { stem: 'тральщик', singular: 'тральщик', plural: 'тральщики', cls: 'minehunter' },
  { stem: 'истребител', singular: 'истребитель', plural: 'истребители', cls: 'aircraft' },
  { stem: 'бомбардировщик', singular: 'бомбардировщик', plural: 'бомбардировщики', cls: 'bomber' },
  { stem: 'гаубиц', singular: 'гаубица', plural: 'гаубицы', cls: 'howitzer' },
  { stem: 'паром', singular: 'паром', plural: 'паромы', cls: 'ferry' },
  { stem: 'ракет', singular: 'ракета', plural: 'ракеты', cls: 'missile', needsModifier: true },
  { stem: 'самолёт', singular: 'самолёт', plural: 'самолёты', cls: 'aircraft', needsModifier: true },
  { stem: 'самолет', singular: 'самолёт', plural: 'самолёты', cls: 'aircraft', needsModifier: true },
  { stem: 'корабл', singular: 'корабль', plural: 'корабли', cls: 'vessel', needsModifier: true },
  { stem: 'судн', singular: 'судно', plural: 'суда', cls: 'vessel', needsModifier: true },
  { stem: 'катер', singular: 'катер', plural: 'катера', cls: 'vessel', needsModifier: true },
  { stem: 'комплекс', singular: 'комплекс', plural: 'комплексы', cls: 'system', needsModifier: true },
  { stem: 'установк', singular: 'установка', plural: 'установки', cls: 'launcher', needsModifier: true },
  { stem: 'машин', singular: 'машина', plural: 'машины', cls: 'vehicle', needsModifier: true },
];

/** Russian case endings after a stem, and which of them are plural. */
export const RU_ENDINGS: ReadonlySet<string> = new Set([
  '', 'а', 'у', 'ом', 'е', 'и', 'ы', 'ов', 'ев', 'ам', 'ами', 'ах', 'ей', 'ой', 'ою', 'ь', 'я', 'ю', 'ем', 'ям',
  'ями', 'ях', 'о',
]);
export const RU_PLURAL_ENDINGS: ReadonlySet<string> = new Set(['и', 'ы', 'ов', 'ев', 'ам', 'ами', 'ах', 'ей', 'ям', 'ями', 'ях']);

/** Russian type adjectives by stem ("ударные беспилотники", "крылатая ракета"). */
export const RU_TYPE_ADJECTIVE_STEMS: readonly string[] = [
  'ударн', 'разведывательн', 'крылат', 'баллистическ', 'гиперзвуков', 'зенитн', 'противокорабельн',
  'противотанков', 'боев', 'военн', 'транспортн', 'штурмов', 'десантн', 'патрульн', 'сторожев', 'ракетн',
  'бронированн', 'беспилотн', 'многоцелев', 'стратегическ', 'тактическ', 'оперативно-тактическ', 'реактивн',
  'самоходн', 'противолодочн', 'подводн', 'надводн', 'безэкипажн', 'разведывательно-ударн', 'барражирующ',
];
export const RU_ADJECTIVE_ENDINGS: ReadonlySet<string> = new Set([
  'ый', 'ий', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ого', 'его', 'ой', 'ей', 'ому', 'ему', 'ую', 'юю', 'ым',
  'им', 'ых', 'их', 'ыми', 'ими', 'ом', 'ем',
]);

/**
 * Russian air defence: "средства ПВО", "система ПВО", "средствами противовоздушной обороны" are one
 * item, named by its usual short form.
 */
export const RU_AIR_DEFENCE = {
  name: 'средства ПВО',
  heads: ['средств', 'систем'],
  complements: [['пво'], ['противовоздушной', 'обороны']] as readonly (readonly string[])[],
};

/**
 * Azerbaijani equipment nouns by stem (plural and case suffixes follow: "helikopterlər",
 * "tankları"), as multi-word phrases where needed ("pilotsuz uçuş aparatı"). A bare "raket" or
 * "təyyarə" needs a type word in front.
 */
export const AZ_HEADS: readonly { words: readonly string[]; cls: string; needsModifier?: boolean }[] = [
  { words: ['pilotsuz', 'uçuş', 'aparat'], cls: 'drone' },
  { words: ['pua'], cls: 'drone' },
  { words: ['dron'], cls: 'drone' },
  { words: ['helikopter'], cls: 'helicopter' },
  { words: ['tank'], cls: 'tank' },
  { words: ['fregat'], cls: 'frigate' },
  { words: ['korvet'], cls: 'corvette' },
  { words: ['sualtı', 'qayıq'], cls: 'submarine' },
  { words: ['qırıcı'], cls: 'aircraft' },
  { words: ['bərə'], cls: 'ferry' },
  { words: ['haubitsa'], cls: 'howitzer' },
  { words: ['artilleriya', 'qurğu'], cls: 'artillery' },
  { words: ['zirehli', 'texnika'], cls: 'vehicle' },
  { words: ['raket'], cls: 'missile', needsModifier: true },
  { words: ['təyyarə'], cls: 'aircraft', needsModifier: true },
  { words: ['gəmi'], cls: 'vessel', needsModifier: true },
  { words: ['kompleks'], cls: 'system', needsModifier: true },
  { words: ['sistem'], cls: 'system', needsModifier: true },
];

/** Azerbaijani type words ("hərbi helikopterlər", "döyüş təyyarələri", "ballistik raketlər"). */
export const AZ_TYPE_MODIFIERS: ReadonlySet<string> = new Set([
  'hərbi', 'döyüş', 'kəşfiyyat', 'zərbə', 'hücum', 'ballistik', 'qanadlı', 'zenit', 'zenit-raket', 'zirehli',
  'pilotsuz', 'taktiki', 'strateji', 'hipersəsli', 'gəmi', 'raket', 'artilleriya', 'reaktiv', 'kamikadze',
]);

/** Azerbaijani plural and case suffixes after a stem; plural ones start with -lar/-lər. */
export const AZ_SUFFIX = /^(?:-?(?:lar|lər))?(?:ı|i|u|ü|sı|si|su|sü|yı|yi)?(?:n|nı|ni|nu|nü|na|nə|nda|ndə|ndan|ndən|nın|nin|nun|nün|a|ə|ya|yə|da|də|dan|dən|ın|in|un|ün|la|lə)?$/u;
