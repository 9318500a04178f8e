/**
 * The state one equipment scan shares between its rules (the article, the pack's cues, the mentions
 * found so far, the tokens other steps claimed) and the small readings they all use: where a
 * demonym opens a mention, which noun heads a phrase, whether a name stands in quotes by one.
 */
import type { TextModel, Token } from './tokenize.ts';
import { demonymCountry, matchPlace } from './gazetteer.ts';
import { isFunctionWord, isMonthOrWeekday, tagsOf } from './lexicon.ts';
import {
  EN_BARE_HEADS,
  EN_MODIFIED_HEADS,
  EN_TYPE_MODIFIERS,
  EN_TYPE_MODIFIER_SHAPE,
  EQUIPMENT_HEADS,
} from '../languages/data/equipment.ts';
import { packFor } from '../languages/index.ts';
import type { AnalysisCues } from '../languages/analysis-cues.ts';
import { ruHead } from '../languages/ru/equipment.ts';
import { matchGeneric, spaced } from './equipment-lexicon.ts';

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

export interface Scan {
  tokens: readonly Token[];
  body: string;
  language: string;
  cues: AnalysisCues['equipment'];
  out: EquipmentMention[];
  /** Tokens already read as something else (organisations), which equipment nouns must not claim. */
  blocked: Uint8Array | undefined;
}

export function newScan(model: TextModel, blocked?: Uint8Array): Scan {
  return {
    tokens: model.tokens,
    body: model.body,
    language: model.language,
    cues: packFor(model.language).analysis.equipment,
    out: [],
    blocked,
  };
}

export function isBlocked(s: Scan, k: number): boolean {
  return s.blocked?.[k] === 1;
}

export function push(
  s: Scan,
  m: Omit<EquipmentMention, 'core' | 'start' | 'end' | 'text'>,
  first: number,
  coreFirst: number,
  last: number,
  coreLast = last,
): void {
  const { tokens, body, language, out } = s;
  const a = tokens[first];
  const c = tokens[coreFirst];
  const b = tokens[last];
  const d = tokens[coreLast];
  if (!a || !b || !c || !d) return;
  let core = body.slice(c.start, d.end);
  // A generic item opening a sentence is named in lower case ("Armoured vehicles" → "armoured vehicles").
  if (
    m.sort !== 'system' &&
    m.sort !== 'vessel' &&
    sentenceInitial(s, coreFirst) &&
    !/^\p{Lu}{2}/u.test(core)
  )
    core = packFor(language).foldCase(core.slice(0, 1)) + core.slice(1);
  out.push({ ...m, core, start: a.start, end: b.end, text: body.slice(a.start, b.end) });
}

export function demonymStart(s: Scan, i: number): number {
  const { tokens, body, language } = s;
  const prev = tokens[i - 1];
  return prev && spaced(body, prev, tokens[i]) && demonymCountry(tokens, i - 1, language) !== null
    ? i - 1
    : i;
}

export function sentenceInitial(s: Scan, k: number): boolean {
  const { tokens } = s;
  const prev = tokens[k - 1];
  return !prev || prev.sentence !== tokens[k]?.sentence;
}

/** An equipment noun after a named system, type words allowed between: "missile", "hypersonic missiles", "zenit-raket kompleksləri". */
export function headAfter(s: Scan, last: number): number {
  const { tokens, body, cues } = s;
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
    if (isHeadNoun(s, x)) return k;
    if (!cues.isTypeModifier(x.lower) || x.cap) return last;
  }
  return last;
}

export function isHeadNoun(s: Scan, x: Token): boolean {
  const { cues } = s;
  if (EQUIPMENT_HEADS.has(x.lower) || EN_BARE_HEADS.has(x.lower) || EN_MODIFIED_HEADS.has(x.lower))
    return true;
  return cues.inflectedHead(x.lower) !== null;
}

/** English type words before token i: the first token of the phrase. */
export function enModifiersBefore(s: Scan, i: number): number {
  const { tokens, body } = s;
  let first = i;
  while (first > 0) {
    const p = tokens[first - 1];
    if (!p || !spaced(body, p, tokens[first]) || isBlocked(s, first - 1)) break;
    if (p.cap && !sentenceInitial(s, first - 1)) break;
    if (
      !EN_TYPE_MODIFIERS.has(p.lower) &&
      !EN_TYPE_MODIFIER_SHAPE.test(p.lower) &&
      !EN_BARE_HEADS.has(p.lower)
    )
      break;
    first--;
  }
  return first;
}

/** The class of the equipment noun at token k, if it is one ("missiles" → missile). */
export function headClass(s: Scan, k: number): string | undefined {
  const { tokens, cues } = s;
  const x = tokens[k];
  if (!x) return undefined;
  const en = EN_BARE_HEADS.get(x.lower) ?? EN_MODIFIED_HEADS.get(x.lower);
  if (en !== undefined) return en;
  return cues.inflectedHead(x.lower) ?? undefined;
}

/** A name in quotation marks right after or before an equipment noun: «Искандер», “Bayraktar”. */
export function inQuotesNextToHead(s: Scan, first: number, last: number): boolean {
  const { tokens, body } = s;
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
      s.cues.inflectedHead(x.lower) !== null ||
      x.lower === 'зрк' ||
      x.lower === 'пзрк' ||
      x.lower === 'ртзо' ||
      x.lower === 'рсзо');
  return (
    (prev !== undefined && isHead(prev) && a.start - prev.end <= 2) ||
    (next !== undefined && isHead(next) && next.start - b.end <= 2)
  );
}

/** A lone capitalised word that is no place, organisation, month or common word. */
export function isUnlistedName(s: Scan, k: number): boolean {
  const { tokens, body, language } = s;
  const p = tokens[k];
  if (!p || !p.cap || p.possessive || isBlocked(s, k)) return false;
  const before = tokens[k - 1];
  if (before && spaced(body, before, p) && before.cap && !sentenceInitial(s, k - 1)) return false;
  if (isFunctionWord(p.lower) || isMonthOrWeekday(p.lower) || EN_TYPE_MODIFIERS.has(p.lower)) return false;
  if (matchPlace(tokens, k, language)) return false;
  if (sentenceInitial(s, k) && tagsOf(p.lower).length > 0) return false;
  return true;
}

/** Nouns that only say a designation is a system ("S-300 systems"): never part of its name. */
const SYSTEM_WORDS: ReadonlySet<string> = new Set(['system', 'systems', 'complex', 'complexes']);

/**
 * The last token of a named system's name, given its designation's last token and the head noun
 * after it: "S-300 systems" → "S-300", "S-400 sistemləri" → "S-400", "Patriot missile" stays.
 */
export function nameLast(s: Scan, end: number, last: number): number {
  if (last === end) return last;
  if (!s.cues.nameKeepsHead) return end;
  return SYSTEM_WORDS.has(s.tokens[last]?.lower ?? '') ? end : last;
}
