/**
 * Where a capitalised run's organisation name ends: at a company's last word ("Orbis Ballot
 * Technologies of Seoul" → "Orbis Ballot Technologies"), or before a person's name glued to it.
 */
import { isFirstName } from './lexicon.ts';
import { NAME_END_HEADS, ORG_CONNECTORS, ORG_HEADS } from './data/orgs.ts';
import type { OrgScan } from './org-scan.ts';
import type { Token } from './tokenize.ts';
import { packFor } from '../languages/index.ts';

/**
 * A person's name glued to the end of a capitalised run ("Interstate Commission for Water
 * Coordination Dovran Atayev", "State Concern Türkmengaz Maksat Orazov"): its two last words, when
 * the first is a known first name or the last has a surname's shape, and the name keeps `min` words.
 */
export function personTail(scan: OrgScan, min: number, j: number): number {
  const names = packFor(scan.language).analysis.names;
  const a = scan.tokens[j - 1];
  const b = scan.tokens[j];
  if (!a || !b || j - 1 <= min || !a.cap || !b.cap || /^\p{Lu}+$/u.test(b.base)) return j;
  const person =
    names.firstNames.has(a.base) ||
    (isFirstName(a.lower) && !ORG_HEADS.has(a.lower)) ||
    names.surnameShape.test(b.base);
  return person && !ORG_HEADS.has(b.lower) ? j - 2 : j;
}

/**
 * A company's or office's last word heading the run first..j ("Tengri Gold Resources", "Batumi City
 * Hall"): the last such word, at the run's end or before a connector, with a word before it; -1 if none.
 */
export function nameEndHead(tokens: readonly Token[], first: number, j: number): number {
  for (let k = j; k > first; k--) {
    const t = tokens[k];
    if (t?.cap && NAME_END_HEADS.has(t.lower) && (k === j || ORG_CONNECTORS.has(tokens[k + 1]?.lower ?? '')))
      return k;
  }
  return -1;
}
