/**
 * The equipment rules' word tables as lookups built once: listed systems and generic phrases by
 * their first word, the nouns a ship's name follows, and the spacing and plural helpers they share.
 */
import type { Token } from './tokenize.ts';
import { GENERIC_EQUIPMENT, SYSTEMS, type SystemData } from '../languages/data/equipment.ts';

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-.’'+][\p{L}\p{M}\p{N}]+)*/gu;

export const SYSTEM_INDEX: Map<string, { words: string[]; system: SystemData }[]> = (() => {
  const map = new Map<string, { words: string[]; system: SystemData }[]>();
  for (const s of SYSTEMS) {
    for (const f of s.forms) {
      const words = [...f.matchAll(WORD)].map((m) => m[0]);
      const first = words[0];
      if (first === undefined) continue;
      const list = map.get(first) ?? [];
      list.push({ words, system: s });
      map.set(first, list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

export const GENERIC_INDEX: Map<string, (readonly string[])[]> = (() => {
  const map = new Map<string, (readonly string[])[]>();
  for (const g of GENERIC_EQUIPMENT) {
    const first = g[0];
    if (first === undefined) continue;
    const list = map.get(first) ?? [];
    list.push(g);
    map.set(first, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
})();

/** Nouns a ship's name may follow ("the ferry Turan Express"). */
export const SHIP_NOUNS: ReadonlySet<string> = new Set([
  'ferry',
  'vessel',
  'ship',
  'frigate',
  'corvette',
  'destroyer',
  'cruiser',
  'submarine',
  'warship',
  'tanker',
  'carrier',
  'freighter',
  'icebreaker',
  'minehunter',
  'minesweeper',
  'boat',
  'yacht',
  'liner',
  'trawler',
]);
/** Nouns whose "of the <Name>" names a ship or aircraft ("the crew of the Marisol Star"). */
export const CREW_NOUNS: ReadonlySet<string> = new Set(['crew', 'captain', 'skipper', 'master']);
/** Heads an unlisted capitalised name may stand before ("Kheibar missiles"). */
export const NAMED_HEADS: ReadonlySet<string> = new Set([
  'missile',
  'missiles',
  'drone',
  'drones',
  'rocket',
  'rockets',
  'launcher',
  'launchers',
  'helicopter',
  'helicopters',
  'interceptor',
  'interceptors',
  'howitzer',
  'howitzers',
  'warplane',
  'warplanes',
  'uav',
  'uavs',
]);

export const spaced = (body: string, a: Token | undefined, b: Token | undefined): boolean =>
  a !== undefined &&
  b !== undefined &&
  a.sentence === b.sentence &&
  /^[ \t\u00a0]+$/.test(body.slice(a.end, b.start));

export function matchGeneric(tokens: readonly Token[], i: number, body: string): number {
  const list = GENERIC_INDEX.get(tokens[i]?.lower ?? '');
  if (!list) return 0;
  for (const words of list) {
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      if (tokens[i + k]?.lower !== words[k] || (k > 0 && !spaced(body, tokens[i + k - 1], tokens[i + k]))) {
        ok = false;
        break;
      }
    }
    if (ok) return words.length;
  }
  return 0;
}

export const singular = (w: string): string =>
  w
    .replace(/ies$/, 'y')
    .replace(/(?<=[a-z])s$/, '')
    .replace('defence', 'defense')
    .replace('air-', 'air ');
