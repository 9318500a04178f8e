/**
 * Organisations named beside a lower-case noun that describes them: "the state oil marketer SOMO",
 * "Romania's grid operator Transelectrica", "ČEPS, the grid operator of Czechia,", "South Caucasus
 * Railway, the Russian-owned operator of Armenia's network,". The nouns are the pack's
 * (orgs.descriptionNouns); nouns that may describe a person ("investor", "producer") are not among them.
 */
import { matchPlace } from './gazetteer.ts';
import { ORG_DESCRIPTOR } from './data/orgs.ts';
import { sameLine, type OrgScan } from './org-scan.ts';
import { writtenToBase } from './tokenize.ts';
import { itemAt } from './item-at.ts';
import { declare, type NameIndex } from './org-lists.ts';

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their']);

/** Words between a determiner and the noun: lower case, a descriptor ("Russian-owned"), or a possessive. */
function describes(scan: OrgScan, k: number): boolean {
  const t = scan.tokens[k];
  if (!t) return false;
  return !t.cap || ORG_DESCRIPTOR.test(t.lower) || t.possessive;
}

/** The first token of the description ending at noun i ("the state oil marketer"), or -1. */
function descriptionStart(scan: OrgScan, i: number): number {
  const { tokens, body } = scan;
  for (let k = i - 1; k >= i - 4 && k >= 0; k--) {
    const t = itemAt(tokens, k);
    if (
      !sameLine(tokens, k, k + 1, body) &&
      !(t.possessive && /^\s+$/u.test(body.slice(t.end, itemAt(tokens, k + 1).start)))
    )
      return -1;
    if (DETERMINERS.has(t.lower) || (t.possessive && matchPlace(tokens, k, scan.language))) return k;
    if (!describes(scan, k)) return -1;
  }
  return -1;
}

/** A capitalised run of up to four words from k onwards on one line, not a place: its last token, or -1. */
function nameAfter(scan: OrgScan, k: number): number {
  const { tokens, body, covered } = scan;
  if (!tokens[k]?.cap || covered[k]) return -1;
  let e = k;
  while (e < k + 3 && tokens[e + 1]?.cap && !covered[e + 1] && sameLine(tokens, e, e + 1, body)) e++;
  return onlyPlace(scan, k, e) ? -1 : e;
}

/** Tokens a..b are a place's name and nothing more ("Georgia"; not "South Caucasus Railway"). */
function onlyPlace(scan: OrgScan, a: number, b: number): boolean {
  const m = matchPlace(scan.tokens, a, scan.language);
  return m !== null && a + m.length - 1 >= b;
}

/** A capitalised run of up to four words ending at k (the words before ", the … operator"), or -1. */
function nameBefore(scan: OrgScan, k: number): number {
  const { tokens, body, covered } = scan;
  if (!tokens[k]?.cap || covered[k]) return -1;
  let s = k;
  while (s > k - 3 && tokens[s - 1]?.cap && !covered[s - 1] && sameLine(tokens, s - 1, s, body)) s--;
  return onlyPlace(scan, s, k) ? -1 : s;
}

export function describedName(scan: OrgScan, declared: NameIndex, i: number): number | null {
  const { tokens, body, cues } = scan;
  const t = tokens[i];
  if (!t || t.cap || !cues.descriptionNouns.has(t.lower)) return null;
  const d = descriptionStart(scan, i);
  if (d < 0) return null;
  const add = (first: number, last: number): void => {
    const form = writtenToBase(body, tokens, first, last);
    scan.add({ key: `named:${form}`, form, kind: 'named', first, last, anaphor: false });
    declare(declared, form, `named:${form}`, 'named');
  };
  // "the state oil marketer SOMO": the name right after the noun.
  if (tokens[i + 1] && sameLine(tokens, i, i + 1, body)) {
    const e = nameAfter(scan, i + 1);
    if (e >= 0) {
      add(i + 1, e);
      return e;
    }
  }
  // "ČEPS, the grid operator of Czechia,": the name before the description, set off by a comma.
  const after = body.slice(t.end, t.end + 4);
  const prev = tokens[d - 1];
  if (
    prev &&
    /^[ \t\u00a0]*,[ \t\u00a0]*$/u.test(body.slice(prev.end, itemAt(tokens, d).start)) &&
    /^(?:,| of | in | that| which)/u.test(after)
  ) {
    const s = nameBefore(scan, d - 1);
    if (s >= 0) add(s, d - 1);
  }
  return null;
}
