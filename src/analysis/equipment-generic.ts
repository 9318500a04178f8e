/**
 * Generic equipment by each language's phrase grammar: type words before an invariable head
 * ("armoured vehicles", "Kheibar missiles"), agreeing adjectives before an inflected head ("ударные
 * беспилотники", "средства ПВО"), type words before a suffixed head ("zenit-raket kompleksləri").
 * Each returns the last token it took, or -1.
 */
import {
  DESIGNATION,
  EN_BARE_HEADS,
  EN_COMPOUND_AFTER,
  EN_MODIFIED_HEADS,
  EN_NON_EQUIPMENT_BEFORE,
  AZ_HEADS,
  AZ_SUFFIX,
  AZ_TYPE_MODIFIERS,
  RU_AIR_DEFENCE,
  RU_ENDINGS,
} from '../languages/data/equipment.ts';
import { ruHead, isRuTypeAdjective } from '../languages/ru/equipment.ts';
import { SYSTEM_INDEX, NAMED_HEADS, singular, spaced } from './equipment-lexicon.ts';
import {
  demonymStart,
  enModifiersBefore,
  isBlocked,
  isUnlistedName,
  push,
  sentenceInitial,
  type Scan,
} from './equipment-scan.ts';

export function englishGeneric(s: Scan, i: number): number {
  const { tokens, body } = s;
  const t = tokens[i];
  if (!t || isBlocked(s, i)) return -1;
  const bareCls = EN_BARE_HEADS.get(t.lower);
  const modCls = EN_MODIFIED_HEADS.get(t.lower);
  const cls = bareCls ?? modCls;
  if (cls === undefined) return -1;
  const allCaps = /^\p{Lu}+s?$/u.test(t.base) && t.base.length > 1;
  if (t.cap && !allCaps && !sentenceInitial(s, i)) return -1;
  const next = tokens[i + 1];
  if (next && spaced(body, t, next) && !next.cap) {
    if (EN_BARE_HEADS.has(next.lower) || EN_MODIFIED_HEADS.has(next.lower)) return -1; // "fighter jets"
    if (EN_COMPOUND_AFTER.has(next.lower)) return -1; // "drone strike"
  }
  const first = enModifiersBefore(s, i);
  const prev = tokens[i - 1];
  // An unlisted name before the noun: "Kheibar missiles".
  if (first === i && NAMED_HEADS.has(t.lower) && prev && spaced(body, prev, t) && isUnlistedName(s, i - 1)) {
    push(s, { key: prev.base, sort: 'system', cls }, demonymStart(s, i - 1), i - 1, i);
    return i;
  }
  if (bareCls === undefined && first === i) return -1;
  if (first === i && prev && spaced(body, prev, t) && EN_NON_EQUIPMENT_BEFORE.has(prev.lower)) return -1;
  const mods = tokens.slice(first, i).map((x) => x.lower);
  const drone = mods.some((m) => m === 'unmanned' || m === 'uncrewed' || m === 'pilotless');
  const plural = t.lower !== singular(t.lower) && t.lower !== 'aircraft';
  if (first === i) {
    push(s, { key: `bare:${cls}`, sort: 'bare', cls, plural }, demonymStart(s, i), i, i);
    return i;
  }
  const key = [...mods.map(singular), singular(t.lower)].join(' ');
  push(s, { key, sort: 'generic', cls: drone ? 'drone' : cls, plural }, demonymStart(s, first), first, i);
  return i;
}

export function russianGeneric(s: Scan, i: number): number {
  const { tokens, body } = s;
  const t = tokens[i];
  if (!t || isBlocked(s, i)) return -1;
  if (t.cap && !sentenceInitial(s, i)) return -1;
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
          s,
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
    if (DESIGNATION.test(nx.base) || SYSTEM_INDEX.has(nx.base) || /[«„“"]/.test(body.slice(t.end, nx.start)))
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
      s,
      { key: `bare:${h.head.cls}`, sort: 'bare', cls: h.head.cls, plural: h.plural, canonical: name },
      i,
      i,
      i,
    );
    return i;
  }
  const key = [...tokens.slice(first, i).map((x) => x.lower.slice(0, -2)), h.head.stem].join(' ');
  push(s, { key, sort: 'generic', cls: h.head.cls, plural: h.plural }, first, first, i);
  return i;
}

export function azerbaijaniGeneric(s: Scan, i: number): number {
  const { tokens, body } = s;
  for (const h of AZ_HEADS) {
    const n = h.words.length;
    let ok = true;
    let plural = false;
    for (let k = 0; k < n; k++) {
      const x = tokens[i + k];
      if (!x || isBlocked(s, i + k) || (k > 0 && !spaced(body, tokens[i + k - 1], x))) {
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
      s,
      // A bare noun is named in its dictionary form ("bərələri" → "bərə").
      first === i && n === 1
        ? { key, sort: 'bare', cls: h.cls, plural, canonical: h.words.join(' ') }
        : { key, sort: 'generic', cls: h.cls, plural },
      demonymStart(s, first),
      first,
      last,
    );
    return last;
  }
  return -1;
}
