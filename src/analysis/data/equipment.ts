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
];

/** Nouns that may follow a system name and belong to the item ("Patriot missile", "S-300 systems"). */
export const EQUIPMENT_HEADS: ReadonlySet<string> = new Set([
  'missile', 'missiles', 'system', 'systems', 'launcher', 'launchers', 'drone', 'drones', 'uav', 'uavs', 'tank',
  'tanks', 'jet', 'jets', 'fighter', 'fighters', 'helicopter', 'helicopters', 'interceptor', 'interceptors',
  'battery', 'batteries', 'complex', 'complexes', 'rocket', 'rockets', 'howitzer', 'howitzers', 'vehicle',
  'vehicles', 'munition', 'munitions', 'bomber', 'bombers', 'warplane', 'warplanes',
  // ru, az
  'ракета', 'ракеты', 'ракетой', 'ракету', 'комплекс', 'комплексы', 'комплекса', 'raket', 'raketi', 'raketləri',
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
  ['система', 'пво'],
  ['системы', 'пво'],
  ['систем', 'пво'],
  ['hava', 'hücumundan', 'müdafiə', 'sistemləri'],
];

