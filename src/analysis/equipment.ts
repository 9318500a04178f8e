/**
 * Step: equipment. Weapons, military systems, aircraft and ships, read by four rules:
 *
 * - named systems from a list (Iskander, Patriot, S-300, Bayraktar TB2, Shahed, HIMARS …) and military
 *   designations by their shape ("Su-25", "Mi-8", "С-400"), with the equipment noun that follows
 *   ("Patriot missile", "Mi-8 helicopters"); an unlisted capitalised name before an equipment noun
 *   ("Kheibar missiles"); a name in quotation marks next to one ("ракета «Циркон»");
 * - generic kinds: an equipment noun with its type words ("reconnaissance drones", "maritime patrol
 *   aircraft", "medium-range air defence systems", "hərbi helikopterlər", "крылатые ракеты"). Nouns
 *   such as "frigate", "tank" or "беспилотник" count on their own; "missile", "ship" or "ракета"
 *   only with a type word, so "the Russian missile" is not an item;
 * - ship names: "the ferry Turan Express", "The first ferry to sail, the Turan Express, …",
 *   "the crew of the Marisol Star";
 * - a later bare noun ("the drones", "the drone") joins the earlier item of its class ("reconnaissance
 *   drones", "unmanned surface vessel").
 *
 * A demonym in front belongs to the mention, not the name ("Ukrainian air defense systems"). Generic
 * items are named in the plural when the text uses it ("frigates" for "two frigates … one frigate").
 */
import type { EquipmentFact } from './types.ts';
import { demonymCountry, matchPlace } from './gazetteer.ts';
import type { TextModel, Token } from './tokenize.ts';
import { isFunctionWord, isMonthOrWeekday, tagsOf } from './lexicon.ts';
import {
  DESIGNATION,
  EN_BARE_HEADS,
  EN_COMPOUND_AFTER,
  EN_MODIFIED_HEADS,
  EN_NON_EQUIPMENT_BEFORE,
  EN_TYPE_MODIFIERS,
  EN_TYPE_MODIFIER_SHAPE,
  AZ_HEADS,
  AZ_SUFFIX,
  AZ_TYPE_MODIFIERS,
  EQUIPMENT_HEADS,
  GENERIC_EQUIPMENT,
  RU_AIR_DEFENCE,
  RU_ENDINGS,
  SYSTEMS,
  type SystemData,
} from '../languages/data/equipment.ts';
import { packFor } from '../languages/index.ts';
import { ruHead, isRuTypeAdjective } from '../languages/ru/equipment.ts';

export type EquipmentSort = 'system' | 'generic' | 'bare' | 'vessel';

export interface EquipmentMention {
  /** Grouping key: the system's canonical name, the generic phrase in the singular, or the class. */
  key: string;
  /** The item as written, without a leading demonym ("Patriot missile"). */
  core: string;
  start: number;
  end: number;
  text: string;
  sort: EquipmentSort;
  /** Class of a generic item ("drone"): a bare noun of that class joins it. */
  cls?: string;
  /** Written in the plural. */
  plural?: boolean;
  /** A fixed name for the item ("средства ПВО"), instead of the form as written. */
  canonical?: string;
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

/** Nouns a ship's name may follow ("the ferry Turan Express"). */
const SHIP_NOUNS: ReadonlySet<string> = new Set([
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
const CREW_NOUNS: ReadonlySet<string> = new Set(['crew', 'captain', 'skipper', 'master']);
/** Heads an unlisted capitalised name may stand before ("Kheibar missiles"). */
const NAMED_HEADS: ReadonlySet<string> = new Set([
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
    .replace(/ies$/, 'y')
    .replace(/(?<=[a-z])s$/, '')
    .replace('defence', 'defense')
    .replace('air-', 'air ');

/** Tokens already read as something else (organisations), which equipment nouns must not claim. */
export function findEquipmentMentions(model: TextModel, blocked?: Uint8Array): EquipmentMention[] {
  const { tokens, body, language } = model;
  const cues = packFor(language).analysis.equipment;
  const out: EquipmentMention[] = [];
  const isBlocked = (k: number): boolean => blocked?.[k] === 1;
  const push = (
    m: Omit<EquipmentMention, 'core' | 'start' | 'end' | 'text'>,
    first: number,
    coreFirst: number,
    last: number,
    coreLast = last,
  ): void => {
    const a = tokens[first];
    const c = tokens[coreFirst];
    const b = tokens[last];
    const d = tokens[coreLast];
    if (!a || !b || !c || !d) return;
    let core = body.slice(c.start, d.end);
    // A generic item opening a sentence is named in lower case ("Armoured vehicles" → "armoured vehicles").
    if (m.sort !== 'system' && m.sort !== 'vessel' && sentenceInitial(coreFirst) && !/^\p{Lu}{2}/u.test(core))
      core = packFor(language).foldCase(core.slice(0, 1)) + core.slice(1);
    out.push({ ...m, core, start: a.start, end: b.end, text: body.slice(a.start, b.end) });
  };
  const demonymStart = (i: number): number => {
    const prev = tokens[i - 1];
    return prev && spaced(body, prev, tokens[i]) && demonymCountry(tokens, i - 1, language) !== null
      ? i - 1
      : i;
  };
  const sentenceInitial = (k: number): boolean => {
    const prev = tokens[k - 1];
    return !prev || prev.sentence !== tokens[k]?.sentence;
  };
  /** An equipment noun after a named system, type words allowed between: "missile", "hypersonic missiles", "zenit-raket kompleksləri". */
  const headAfter = (last: number): number => {
    let k = last + 1;
    let gapOk = (a: Token | undefined, b: Token | undefined): boolean => spaced(body, a, b);
    // A quoted name: “Bayraktar” PUA-ları, «Искандер» ракеты.
    if (/^[»”"“]$/.test(body[tokens[last]?.end ?? 0] ?? '')) {
      const next = tokens[k];
      if (!next || !/^[»”"“][ \t\u00a0]+$/.test(body.slice(tokens[last]?.end ?? 0, next.start))) return last;
      gapOk = (a, b) => a !== undefined && b !== undefined && a.sentence === b.sentence;
    }
    const generic = gapOk(tokens[last], tokens[k]) ? matchGeneric(tokens, k, body) : 0;
    if (generic > 0) return last + generic;
    for (let mods = 0; mods <= 2; mods++, k++) {
      const x = tokens[k];
      if (!x || !(k === last + 1 ? gapOk(tokens[last], x) : spaced(body, tokens[k - 1], x))) return last;
      if (isHeadNoun(x)) return k;
      if (!cues.isTypeModifier(x.lower) || x.cap) return last;
    }
    return last;
  };
  const isHeadNoun = (x: Token): boolean => {
    if (EQUIPMENT_HEADS.has(x.lower) || EN_BARE_HEADS.has(x.lower) || EN_MODIFIED_HEADS.has(x.lower))
      return true;
    return cues.inflectedHead(x.lower) !== null;
  };
  /** English type words before token i: the first token of the phrase. */
  const enModifiersBefore = (i: number): number => {
    let first = i;
    while (first > 0) {
      const p = tokens[first - 1];
      if (!p || !spaced(body, p, tokens[first]) || isBlocked(first - 1)) break;
      if (p.cap && !sentenceInitial(first - 1)) break;
      if (
        !EN_TYPE_MODIFIERS.has(p.lower) &&
        !EN_TYPE_MODIFIER_SHAPE.test(p.lower) &&
        !EN_BARE_HEADS.has(p.lower)
      )
        break;
      first--;
    }
    return first;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;

    // Named systems from the list.
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
      const end = i + cand.words.length - 1;
      const last = headAfter(end);
      if (cand.system.ambiguous && last === end && !inQuotesNextToHead(i, end)) continue;
      const quoted = /^[»”"“]$/.test(body[tokens[end]?.end ?? 0] ?? '');
      push(
        { key: cand.system.name, sort: 'system', cls: headClass(last) },
        demonymStart(i),
        i,
        last,
        quoted ? end : last,
      );
      i = last;
      matched = true;
      break;
    }
    if (matched) continue;

    // Designations: "Su-25", "Mi-8 helicopters", "С-400".
    const des = DESIGNATION.exec(t.base);
    if (des && !/^[TSFBJZТСХ]-\d$/u.test(t.base)) {
      const last = headAfter(i);
      push({ key: t.base.toUpperCase(), sort: 'system', cls: headClass(last) }, demonymStart(i), i, last);
      i = last;
      continue;
    }

    // Generic phrases from the list ("air defence systems"), with type words in front.
    const g = matchGeneric(tokens, i, body);
    if (g > 0) {
      const first = cues.phrases === 'modifiers-head' ? enModifiersBefore(i) : i;
      const key = tokens
        .slice(first, i + g)
        .map((x) => singular(x.lower))
        .join(' ');
      push({ key, sort: 'generic', cls: 'air defense', plural: true }, demonymStart(first), first, i + g - 1);
      i += g - 1;
      continue;
    }

    // Generic items ("armoured vehicles", "ударные беспилотники", "zenit-raket kompleksləri"), by the
    // language's phrase grammar.
    const phrase =
      cues.phrases === 'modifiers-head'
        ? englishGeneric
        : cues.phrases === 'agreeing-adjectives'
          ? russianGeneric
          : cues.phrases === 'suffixed-head'
            ? azerbaijaniGeneric
            : null;
    const n = phrase ? phrase(i) : -1;
    if (n >= 0) i = n;
  }
  if (cues.shipNames) shipNames();
  quotedNames();
  out.sort((a, b) => a.start - b.start);
  return out;

  /** The class of the equipment noun at token k, if it is one ("missiles" → missile). */
  function headClass(k: number): string | undefined {
    const x = tokens[k];
    if (!x) return undefined;
    const en = EN_BARE_HEADS.get(x.lower) ?? EN_MODIFIED_HEADS.get(x.lower);
    if (en !== undefined) return en;
    return cues.inflectedHead(x.lower) ?? undefined;
  }

  /** A name in quotation marks right after or before an equipment noun: «Искандер», “Bayraktar”. */
  function inQuotesNextToHead(first: number, last: number): boolean {
    const a = tokens[first];
    const b = tokens[last];
    if (!a || !b) return false;
    const open = body[a.start - 1] ?? '';
    const close = body[b.end] ?? '';
    if (!/[«“"„]/.test(open) || !/[»”"“]/.test(close)) return false;
    const prev = tokens[first - 1];
    const next = tokens[last + 1];
    const isHead = (x: Token | undefined): boolean =>
      x !== undefined &&
      (EQUIPMENT_HEADS.has(x.lower) ||
        EN_BARE_HEADS.has(x.lower) ||
        EN_MODIFIED_HEADS.has(x.lower) ||
        ruHead(x.lower) !== null ||
        x.lower === 'зрк' ||
        x.lower === 'пзрк' ||
        x.lower === 'ртзо' ||
        x.lower === 'рсзо');
    return (
      (prev !== undefined && isHead(prev) && a.start - prev.end <= 2) ||
      (next !== undefined && isHead(next) && next.start - b.end <= 2)
    );
  }

  function englishGeneric(i: number): number {
    const t = tokens[i];
    if (!t || isBlocked(i)) return -1;
    const bareCls = EN_BARE_HEADS.get(t.lower);
    const modCls = EN_MODIFIED_HEADS.get(t.lower);
    const cls = bareCls ?? modCls;
    if (cls === undefined) return -1;
    const allCaps = /^\p{Lu}+s?$/u.test(t.base) && t.base.length > 1;
    if (t.cap && !allCaps && !sentenceInitial(i)) return -1;
    const next = tokens[i + 1];
    if (next && spaced(body, t, next) && !next.cap) {
      if (EN_BARE_HEADS.has(next.lower) || EN_MODIFIED_HEADS.has(next.lower)) return -1; // "fighter jets"
      if (EN_COMPOUND_AFTER.has(next.lower)) return -1; // "drone strike"
    }
    const first = enModifiersBefore(i);
    const prev = tokens[i - 1];
    // An unlisted name before the noun: "Kheibar missiles".
    if (first === i && NAMED_HEADS.has(t.lower) && prev && spaced(body, prev, t) && isUnlistedName(i - 1)) {
      push({ key: prev.base, sort: 'system', cls }, demonymStart(i - 1), i - 1, i);
      return i;
    }
    if (bareCls === undefined && first === i) return -1;
    if (first === i && prev && spaced(body, prev, t) && EN_NON_EQUIPMENT_BEFORE.has(prev.lower)) return -1;
    const mods = tokens.slice(first, i).map((x) => x.lower);
    const drone = mods.some((m) => m === 'unmanned' || m === 'uncrewed' || m === 'pilotless');
    const plural = t.lower !== singular(t.lower) && t.lower !== 'aircraft';
    if (first === i) {
      push({ key: `bare:${cls}`, sort: 'bare', cls, plural }, demonymStart(i), i, i);
      return i;
    }
    const key = [...mods.map(singular), singular(t.lower)].join(' ');
    push({ key, sort: 'generic', cls: drone ? 'drone' : cls, plural }, demonymStart(first), first, i);
    return i;
  }

  /** A lone capitalised word that is no place, organisation, month or common word. */
  function isUnlistedName(k: number): boolean {
    const p = tokens[k];
    if (!p || !p.cap || p.possessive || isBlocked(k)) return false;
    const before = tokens[k - 1];
    if (before && spaced(body, before, p) && before.cap && !sentenceInitial(k - 1)) return false;
    if (isFunctionWord(p.lower) || isMonthOrWeekday(p.lower) || EN_TYPE_MODIFIERS.has(p.lower)) return false;
    if (matchPlace(tokens, k, language)) return false;
    if (sentenceInitial(k) && tagsOf(p.lower).length > 0) return false;
    return true;
  }

  function russianGeneric(i: number): number {
    const t = tokens[i];
    if (!t || isBlocked(i)) return -1;
    if (t.cap && !sentenceInitial(i)) return -1;
    // Air defence: "средства ПВО", "система противовоздушной обороны".
    if (RU_AIR_DEFENCE.heads.some((h) => t.lower.startsWith(h) && RU_ENDINGS.has(t.lower.slice(h.length)))) {
      for (const comp of RU_AIR_DEFENCE.complements) {
        let ok = true;
        for (let k = 0; k < comp.length; k++) {
          if (tokens[i + 1 + k]?.lower !== comp[k] || !spaced(body, tokens[i + k], tokens[i + 1 + k])) {
            ok = false;
            break;
          }
        }
        if (ok) {
          push(
            { key: 'ru:air-defence', sort: 'generic', cls: 'air defense', canonical: RU_AIR_DEFENCE.name },
            i,
            i,
            i + comp.length,
          );
          return i + comp.length;
        }
      }
    }
    const h = ruHead(t.lower);
    if (!h) return -1;
    // "вертолёты Ка-52", "ракета «Циркон»": the name that follows is the item.
    const nx = tokens[i + 1];
    if (nx && nx.sentence === t.sentence && /^[ \t\u00a0]*[«„“"]?$/.test(body.slice(t.end, nx.start))) {
      if (
        DESIGNATION.test(nx.base) ||
        SYSTEM_INDEX.has(nx.base) ||
        /[«„“"]/.test(body.slice(t.end, nx.start))
      )
        return -1;
    }
    let first = i;
    while (first > 0) {
      const p = tokens[first - 1];
      if (!p || !spaced(body, p, tokens[first]) || !isRuTypeAdjective(p.lower)) break;
      first--;
    }
    if (h.head.needsModifier && first === i) return -1;
    const name = h.plural ? h.head.plural : h.head.singular;
    if (first === i) {
      push(
        { key: `bare:${h.head.cls}`, sort: 'bare', cls: h.head.cls, plural: h.plural, canonical: name },
        i,
        i,
        i,
      );
      return i;
    }
    const key = [...tokens.slice(first, i).map((x) => x.lower.slice(0, -2)), h.head.stem].join(' ');
    push({ key, sort: 'generic', cls: h.head.cls, plural: h.plural }, first, first, i);
    return i;
  }

  function azerbaijaniGeneric(i: number): number {
    for (const h of AZ_HEADS) {
      const n = h.words.length;
      let ok = true;
      let plural = false;
      for (let k = 0; k < n; k++) {
        const x = tokens[i + k];
        if (!x || isBlocked(i + k) || (k > 0 && !spaced(body, tokens[i + k - 1], x))) {
          ok = false;
          break;
        }
        const w = h.words[k] ?? '';
        if (k < n - 1) {
          if (x.lower !== w) ok = false;
        } else {
          const rest = x.lower.slice(w.length);
          if (!x.lower.startsWith(w) || !AZ_SUFFIX.test(rest)) ok = false;
          plural = /^-?l[aə]r/u.test(rest);
        }
        if (!ok) break;
      }
      if (!ok) continue;
      let first = i;
      while (first > 0) {
        const p = tokens[first - 1];
        if (!p || !spaced(body, p, tokens[first]) || !AZ_TYPE_MODIFIERS.has(p.lower)) break;
        first--;
      }
      if (h.needsModifier && first === i) continue;
      const last = i + n - 1;
      const key = [...tokens.slice(first, i).map((x) => x.lower), h.words.join(' ')].join(' ');
      push(
        { key, sort: first === i ? 'bare' : 'generic', cls: h.cls, plural },
        demonymStart(first),
        first,
        last,
      );
      return last;
    }
    return -1;
  }

  /** "the ferry Turan Express", ", the Turan Express," after a ship noun, "the crew of the Marisol Star". */
  function shipNames(): void {
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t || !t.cap || sentenceInitial(i)) continue;
      const prev = tokens[i - 1];
      if (!prev) continue;
      let n = 0;
      while (
        n < 3 &&
        tokens[i + n]?.cap &&
        (n === 0 || spaced(body, tokens[i + n - 1], tokens[i + n])) &&
        !tokens[i + n - 1]?.possessive
      )
        n++;
      if (n < 1) continue;
      const last = i + n - 1;
      let ok = false;
      if (SHIP_NOUNS.has(prev.lower) && spaced(body, prev, t) && tokens[i - 2]?.lower === 'the') ok = true;
      else if (prev.lower === 'the' && spaced(body, prev, t)) {
        const gapBefore = body.slice(tokens[i - 2]?.end ?? 0, prev.start);
        const after = body.slice(tokens[last]?.end ?? 0, (tokens[last]?.end ?? 0) + 1);
        if (
          n >= 2 &&
          tokens[i - 2]?.lower === 'of' &&
          tokens[i - 3]?.lower !== undefined &&
          CREW_NOUNS.has(tokens[i - 3]?.lower ?? '')
        )
          ok = true;
        else if (/^,\s+$/.test(gapBefore) && after === ',') {
          // The clause before the comma has a ship noun: "The first ferry to sail, the Turan Express,".
          for (let k = i - 2; k >= 0 && k >= i - 8; k--) {
            const x = tokens[k];
            if (!x || x.sentence !== t.sentence) break;
            if (SHIP_NOUNS.has(x.lower)) {
              ok = true;
              break;
            }
            if (k < i - 2 && /[,;:]/.test(body.slice(x.end, tokens[k + 1]?.start ?? x.end))) break;
          }
        }
      }
      if (!ok) continue;
      if (n === 1 && matchPlace(tokens, i, language)) continue;
      const a = tokens[i];
      const b = tokens[last];
      if (!a || !b) continue;
      if (out.some((o) => o.start < b.end && a.start < o.end)) continue;
      push({ key: `vessel:${body.slice(a.start, b.end)}`, sort: 'vessel' }, i, i, last);
      i = last;
    }
  }

  /** Unlisted names in quotation marks next to an equipment noun: "ракета «Циркон»", “Bayraktar” PUA. */
  function quotedNames(): void {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t || !t.cap || !/[«“"„]/.test(body[t.start - 1] ?? '')) continue;
      let last = i;
      while (
        last < i + 3 &&
        !/[»”"“]/.test(body[tokens[last]?.end ?? 0] ?? '') &&
        spaced(body, tokens[last], tokens[last + 1])
      )
        last++;
      const b = tokens[last];
      if (!b || !/[»”"“]/.test(body[b.end] ?? '')) continue;
      if (out.some((o) => o.start <= t.start && b.end <= o.end)) continue;
      if (!inQuotesNextToHead(i, last)) continue;
      // A head noun right after the closing mark belongs to the mention: “Bayraktar” PUA-ları.
      const after = tokens[last + 1];
      const withHead =
        after && isHeadNoun(after) && /^[»”"“][ \t\u00a0]+$/.test(body.slice(b.end, after.start))
          ? last + 1
          : last;
      for (let k = out.length - 1; k >= 0; k--) {
        const o = out[k];
        if (o && after && withHead > last && o.start === after.start) out.splice(k, 1);
      }
      push(
        { key: body.slice(t.start, b.end), sort: 'system', cls: headClass(withHead) },
        i,
        i,
        withHead,
        last,
      );
      i = last;
    }
  }
}

/**
 * One fact per item. A bare noun ("the drones") joins the last item of its class named before it
 * ("reconnaissance drones", "Shahed drones"), else the first one named after it, else gathers with
 * the other bare nouns of its class. Generic items are named in the plural when the text uses it.
 */
export function equipmentFacts(mentions: readonly EquipmentMention[]): EquipmentFact[] {
  interface Group {
    name: string;
    mentions: string[];
    cls?: string;
    sort: EquipmentSort;
    plural: boolean;
    first: number;
    starts: number[];
  }
  const groups = new Map<string, Group>();
  const add = (key: string, m: EquipmentMention): void => {
    let g = groups.get(key);
    if (!g) {
      g = {
        name: m.canonical ?? m.core,
        mentions: [],
        sort: m.sort,
        plural: false,
        first: m.start,
        starts: [],
      };
      if (m.cls !== undefined) g.cls = m.cls;
      groups.set(key, g);
    }
    if (!g.mentions.includes(m.text)) g.mentions.push(m.text);
    g.starts.push(m.start);
    if (m.plural && !g.plural && (m.sort === 'generic' || m.sort === 'bare')) {
      g.name = m.canonical ?? m.core;
      g.plural = true;
    }
  };
  const bare: EquipmentMention[] = [];
  for (const m of mentions) {
    if (m.sort === 'bare') bare.push(m);
    else add(m.key, m);
  }
  const named = [...groups.values()];
  for (const m of bare) {
    const same = named.filter((g) => g.cls === m.cls && g.sort !== 'vessel');
    const before = same.filter((g) => g.first < m.start);
    const host =
      before.sort(
        (x, y) =>
          Math.max(...y.starts.filter((s) => s < m.start)) - Math.max(...x.starts.filter((s) => s < m.start)),
      )[0] ?? same.find((g) => g.sort === 'generic');
    if (host) {
      if (!host.mentions.includes(m.text)) host.mentions.push(m.text);
    } else add(m.key, m);
  }
  return [...groups.values()]
    .sort((a, b) => a.first - b.first)
    .map((g) => ({ name: g.name, mentions: g.mentions }));
}

export function equipment(model: TextModel): EquipmentFact[] {
  return equipmentFacts(findEquipmentMentions(model));
}
