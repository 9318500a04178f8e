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
 *
 * The rules live in equipment-scan (shared readings), equipment-generic (phrase grammars) and
 * equipment-names (ships, quoted names); this module runs them and groups mentions into facts.
 */
import type { EquipmentFact } from './types.ts';
import type { TextModel } from './tokenize.ts';
import { DESIGNATION } from '../languages/data/equipment.ts';
import { SYSTEM_INDEX, matchGeneric, singular, spaced } from './equipment-lexicon.ts';
import {
  demonymStart,
  enModifiersBefore,
  headAfter,
  headClass,
  inQuotesNextToHead,
  nameLast,
  newScan,
  push,
  type EquipmentMention,
  type EquipmentSort,
  type Scan,
} from './equipment-scan.ts';
import { azerbaijaniGeneric, englishGeneric, russianGeneric } from './equipment-generic.ts';
import { quotedNames, shipNames } from './equipment-names.ts';

export type { EquipmentMention, EquipmentSort } from './equipment-scan.ts';

/** Every equipment mention, in text order; `blocked` marks tokens other steps claimed (organisations). */
export function findEquipmentMentions(model: TextModel, blocked?: Uint8Array): EquipmentMention[] {
  const s = newScan(model, blocked);
  for (let i = 0; i < s.tokens.length; i++) i = readAt(s, i);
  if (s.cues.shipNames) shipNames(s);
  quotedNames(s);
  s.out.sort((a, b) => a.start - b.start);
  return s.out;
}

/** A model designator's shape: capitals, an optional hyphen, digits, a short suffix ("JF-17C"). */
const MODEL_DESIGNATOR = /^[A-ZА-Я]{1,4}[a-zа-я]?-?\d{1,4}[A-Za-zА-Яа-я]{0,2}$/u;

/** The mention starting at token i, if any: returns the last token read (i when none). */
function readAt(s: Scan, i: number): number {
  const { tokens, body, cues } = s;
  const t = tokens[i];
  if (!t) return i;
  const system = listedSystemAt(s, i);
  if (system >= 0) return system;

  // Designations: "Su-25", "Mi-8 helicopters", "С-400".
  if (DESIGNATION.test(t.base) && !/^[TSFBJZТСХ]-\d$/u.test(t.base)) {
    const last = headAfter(s, i);
    push(
      s,
      { key: t.base.toUpperCase(), sort: 'system', cls: headClass(s, last) },
      demonymStart(s, i),
      i,
      last,
      nameLast(s, i, last),
    );
    return last;
  }
  // Any model designator ("JF-17", "HQ-9", "TB2", "K9") counts before an equipment noun.
  if (MODEL_DESIGNATOR.test(t.base)) {
    const last = headAfter(s, i);
    if (last > i) {
      push(
        s,
        { key: t.base.toUpperCase(), sort: 'system', cls: headClass(s, last) },
        demonymStart(s, i),
        i,
        last,
        nameLast(s, i, last),
      );
      return last;
    }
  }

  // Generic phrases from the list ("air defence systems"), with type words in front.
  const g = matchGeneric(tokens, i, body);
  if (g > 0) {
    const first = cues.phrases === 'modifiers-head' ? enModifiersBefore(s, i) : i;
    const key = tokens
      .slice(first, i + g)
      .map((x) => singular(x.lower))
      .join(' ');
    push(
      s,
      { key, sort: 'generic', cls: 'air defense', plural: true },
      demonymStart(s, first),
      first,
      i + g - 1,
    );
    return i + g - 1;
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
  const n = phrase ? phrase(s, i) : -1;
  return n >= 0 ? n : i;
}

/** A named system from the list at token i ("Patriot missile", "Bayraktar TB2"): its last token, or -1. */
function listedSystemAt(s: Scan, i: number): number {
  const { tokens, body } = s;
  const t = tokens[i];
  if (!t) return -1;
  const systems = SYSTEM_INDEX.get(t.text) ?? SYSTEM_INDEX.get(t.base);
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
    const last = headAfter(s, end);
    if (cand.system.ambiguous && last === end && !inQuotesNextToHead(s, i, end)) continue;
    const quoted = /^[»”"“]$/.test(body[tokens[end]?.end ?? 0] ?? '');
    push(
      s,
      { key: cand.system.name, sort: 'system', cls: headClass(s, last) },
      demonymStart(s, i),
      i,
      last,
      quoted ? end : nameLast(s, end, last),
    );
    return last;
  }
  return -1;
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
