/**
 * Step: organisations, an open class found by structure: ministries and armed forces
 * (org-ministries.ts); listed bodies and agencies, datelines, legal forms and quoted company names
 * (org-lists.ts); capitalised and declining names with a head noun, movements, and acronyms defined
 * in brackets (org-phrases.ts). Mentions of one organisation share a key; it is named by the fullest
 * form the text writes, in the nominative ("Ministry of Foreign Affairs of Russia" over "the ministry").
 */
import type { OrgFact } from './types.ts';
import type { TextModel } from './tokenize.ts';
import { ORG_HEADS } from './data/orgs.ts';
import { newScan, sameLine, type OrgMention, type OrgScan } from './org-scan.ts';
import {
  armedForces,
  capitalisedMinistry,
  foreignMinistryAcronym,
  lowerCaseMinistry,
  possessiveBody,
  ministryAnaphor,
  shortNameMinistry,
} from './org-ministries.ts';
import { suffixedHead } from './org-heads.ts';
import { ownedStateBody } from './org-owned.ts';
import { localBody } from './org-local-body.ts';
import { describedName } from './org-apposition.ts';
import { headAnaphors } from './org-anaphors.ts';
import { businessSubject } from './org-business.ts';
import {
  agencyBesideNoun,
  datelineAgency,
  knownName,
  legalFormAfter,
  legalFormBefore,
  outletAfterVerb,
  quotedNameBesideNoun,
  type NameIndex,
} from './org-lists.ts';
import { outletDomain, reportingOutlet, reportsCiting } from './org-outlets.ts';
import { capitalisedPhrases, decliningPhrases, definedAcronyms, spelledOutAcronyms } from './org-phrases.ts';

export type { OrgKind, OrgMention } from './org-scan.ts';

/** Rules tried at each token in turn; each returns the last token it consumed, or null. */
function tokenRules(scan: OrgScan, declared: NameIndex): ((i: number) => number | null)[] {
  const { tokens, body } = scan;
  /** Capitalised words ending in an organisation head right after token j ("UN Development Programme"). */
  const headFollows = (j: number): boolean => {
    for (let k = j + 1; k <= j + 4; k++) {
      const x = tokens[k];
      if (x && scan.cues.nameConnectors.has(x.lower) && x.lower !== 'and') continue;
      if (!x || !x.cap || !sameLine(tokens, k - 1, k, body)) return false;
      // "BMT-nin İnkişaf Proqramının": a listed body owning a longer name, in any case.
      if (ORG_HEADS.has(x.lower) || scan.cues.headForms.has(x.lower)) return true;
    }
    return false;
  };
  return [
    (i) => capitalisedMinistry(scan, i),
    (i) => lowerCaseMinistry(scan, i),
    (i) => (possessiveBody(scan, i) ? i : null),
    (i) => armedForces(scan, i),
    (i) => legalFormBefore(scan, declared, i),
    (i) => knownName(scan, declared, i, headFollows),
    (i) => outletDomain(scan, i),
    (i) => agencyBesideNoun(scan, declared, i),
    (i) => quotedNameBesideNoun(scan, declared, i),
    (i) => legalFormAfter(scan, declared, i),
    (i) => shortNameMinistry(scan, i),
    (i) => ownedStateBody(scan, i),
    (i) => localBody(scan, i),
    (i) => ministryAnaphor(scan, i),
    (i) => suffixedHead(scan, i),
    (i) => foreignMinistryAcronym(scan, i),
    (i) => reportingOutlet(scan, declared, i),
    (i) => reportsCiting(scan, declared, i),
    (i) => outletAfterVerb(scan, declared, i),
    (i) => describedName(scan, declared, i),
    (i) => businessSubject(scan, i),
  ];
}

/** Words in a form, for choosing the fullest one. */
const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Each organisation is named by the fullest form among its mentions (most words, then longest, then first). */
function nameByFullestForm(out: OrgMention[]): void {
  const best = new Map<string, string>();
  for (const o of out) {
    if (!o.form) continue;
    const cur = best.get(o.key);
    if (
      cur === undefined ||
      wordCount(o.form) > wordCount(cur) ||
      (wordCount(o.form) === wordCount(cur) && o.form.length > cur.length)
    )
      best.set(o.key, o.form);
  }
  for (const o of out) o.name = best.get(o.key) ?? o.key.replace(/^[a-z]+:/, '');
}

/** The head a name's last word stands for, in any case ("Bankın", "Bankı" → "bankı"). */
function headOf(scan: OrgScan, word: string): string {
  const lower = word.toLowerCase();
  return scan.cues.headForms.get(lower) ?? scan.cues.bareHeads.get(lower)?.head ?? lower;
}

/**
 * A shorter name that is the end of one fuller name with the same head ("Mərkəzi Bank" after
 * "Azərbaycan Mərkəzi Bankı", "Development Bank" after "Asian Development Bank") is that
 * organisation; when two fuller names end alike, it is left alone.
 */
function shortFormsJoinFuller(scan: OrgScan): void {
  const named = scan.out.filter((o) => o.form && !o.anaphor && (o.kind === 'named' || o.kind === 'company'));
  // Case counts: "Mərkəzi Bank" is not "Rusiyanın mərkəzi bankı".
  const wordsOf = (o: OrgMention): string[] => o.form.split(/\s+/).filter(Boolean);
  for (const o of named) {
    const w = wordsOf(o);
    if (w.length < 2) continue;
    const keys = new Set<string>();
    for (const f of named) {
      const fw = wordsOf(f);
      if (f.key === o.key || fw.length <= w.length) continue;
      const tail = fw.slice(fw.length - w.length);
      const same = tail.slice(0, -1).every((x, k) => x === w[k]);
      if (same && headOf(scan, tail.at(-1) ?? '') === headOf(scan, w.at(-1) ?? '')) keys.add(f.key);
    }
    const [key] = keys;
    if (keys.size === 1 && key !== undefined) {
      const old = o.key;
      for (const x of scan.out) if (x.key === old) x.key = key;
    }
  }
}

export function findOrgMentions(model: TextModel): OrgMention[] {
  const scan = newScan(model);
  const declared: NameIndex = new Map();
  datelineAgency(scan, declared);
  const rules = tokenRules(scan, declared);
  for (let i = 0; i < scan.tokens.length; i++) {
    if (scan.covered[i]) continue;
    for (const rule of rules) {
      const last = rule(i);
      if (last !== null) {
        i = last;
        break;
      }
    }
  }
  decliningPhrases(scan);
  capitalisedPhrases(scan);
  definedAcronyms(scan);
  spelledOutAcronyms(scan);
  headAnaphors(scan);
  shortFormsJoinFuller(scan);
  nameByFullestForm(scan.out);
  scan.out.sort((a, b) => a.start - b.start);
  return scan.out;
}

export function orgFacts(mentions: readonly OrgMention[]): OrgFact[] {
  const groups = new Map<string, string[]>();
  for (const m of mentions) {
    const g = groups.get(m.name) ?? [];
    if (!g.includes(m.text)) g.push(m.text);
    groups.set(m.name, g);
  }
  return [...groups].map(([name, mentions]) => ({ name, mentions }));
}

export function orgs(model: TextModel): OrgFact[] {
  return orgFacts(findOrgMentions(model));
}
