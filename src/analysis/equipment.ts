/**
 * Step: equipment. Named weapons and systems (Iskander, Patriot, S-300, Bayraktar TB2, Shahed,
 * HIMARS …) with the equipment noun that follows them ("Patriot missile"), and generic systems
 * ("air defense systems"). A demonym in front belongs to the mention ("Ukrainian air defense systems").
 */
import type { EquipmentFact } from './types.ts';
import { demonymCountry } from './gazetteer.ts';
import type { TextModel, Token } from './tokenize.ts';
import { EQUIPMENT_HEADS, GENERIC_EQUIPMENT, SYSTEMS, type SystemData } from './data/equipment.ts';

export interface EquipmentMention {
  /** Grouping key: the system's canonical name or the generic phrase in the singular. */
  key: string;
  /** The item as written, without a leading demonym ("Patriot missile"). */
  core: string;
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-.’'+][\p{L}\p{M}\p{N}]+)*/gu;

const SYSTEM_INDEX: Map<string, { words: string[]; system: SystemData }[]> = (() => {
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

const GENERIC_INDEX: Map<string, (readonly string[])[]> = (() => {
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

const spaced = (body: string, a: Token | undefined, b: Token | undefined): boolean =>
  a !== undefined &&
  b !== undefined &&
  a.sentence === b.sentence &&
  /^[ \t\u00a0]+$/.test(body.slice(a.end, b.start));

function matchGeneric(tokens: readonly Token[], i: number, body: string): number {
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

const singular = (w: string): string =>
  w
    .replace(/(?<=[a-z])s$/, '')
    .replace('defence', 'defense')
    .replace('air-', 'air ');

export function findEquipmentMentions(model: TextModel): EquipmentMention[] {
  const { tokens, body, language } = model;
  const out: EquipmentMention[] = [];
  const push = (key: string, first: number, coreFirst: number, last: number): void => {
    const a = tokens[first];
    const c = tokens[coreFirst];
    const b = tokens[last];
    if (!a || !b || !c) return;
    out.push({
      key,
      core: body.slice(c.start, b.end),
      start: a.start,
      end: b.end,
      text: body.slice(a.start, b.end),
    });
  };
  const demonymStart = (i: number): number => {
    const prev = tokens[i - 1];
    return prev && spaced(body, prev, tokens[i]) && demonymCountry(tokens, i - 1, language) !== null
      ? i - 1
      : i;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const systems = SYSTEM_INDEX.get(t.text) ?? SYSTEM_INDEX.get(t.base);
    let matched = false;
    for (const cand of systems ?? []) {
      let ok = true;
      for (let k = 0; k < cand.words.length; k++) {
        const x = tokens[i + k];
        if (
          !x ||
          (x.text !== cand.words[k] && x.base !== cand.words[k]) ||
          (k > 0 && !spaced(body, tokens[i + k - 1], x))
        ) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      let last = i + cand.words.length - 1;
      const generic = spaced(body, tokens[last], tokens[last + 1]) ? matchGeneric(tokens, last + 1, body) : 0;
      if (generic > 0) last += generic;
      else if (
        spaced(body, tokens[last], tokens[last + 1]) &&
        EQUIPMENT_HEADS.has(tokens[last + 1]?.lower ?? '')
      )
        last += 1;
      if (cand.system.ambiguous && last === i + cand.words.length - 1) continue;
      push(cand.system.name, demonymStart(i), i, last);
      i = last;
      matched = true;
      break;
    }
    if (matched) continue;
    const g = matchGeneric(tokens, i, body);
    if (g > 0) {
      const key = tokens
        .slice(i, i + g)
        .map((x) => singular(x.lower))
        .join(' ');
      push(key, demonymStart(i), i, i + g - 1);
      i += g - 1;
    }
  }
  return out;
}

export function equipmentFacts(mentions: readonly EquipmentMention[]): EquipmentFact[] {
  const groups = new Map<string, { name: string; mentions: string[] }>();
  for (const m of mentions) {
    const g = groups.get(m.key) ?? { name: m.core, mentions: [] };
    if (!g.mentions.includes(m.text)) g.mentions.push(m.text);
    groups.set(m.key, g);
  }
  return [...groups.values()];
}

export function equipment(model: TextModel): EquipmentFact[] {
  return equipmentFacts(findEquipmentMentions(model));
}
