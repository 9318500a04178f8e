/**
 * What the organisation rules (orgs.ts and the org-*.ts modules) share: the mention shape, the
 * scan they write into, and small token helpers. Each rule reads the scan at one token and either
 * adds a mention or leaves the token to the next rule.
 */
import type { AnalysisCues } from '../languages/analysis-cues.ts';
import { packFor } from '../languages/index.ts';
import { matchPlace } from './gazetteer.ts';
import type { TextModel, Token } from './tokenize.ts';
import { itemAt } from './item-at.ts';

export type OrgKind = 'ministry' | 'forces' | 'outlet' | 'body' | 'company' | 'named';

export interface OrgMention {
  /** The organisation's name: the fullest form the text writes, in the nominative. */
  name: string;
  /** What makes two mentions one organisation ("ministry:RU:foreign", "list:NATO", a name). */
  key: string;
  /** This mention's own form as a name (nominative, as written), or '' when it cannot name (anaphors). */
  form: string;
  kind: OrgKind;
  start: number;
  end: number;
  text: string;
  /** Token range [first, last]. */
  first: number;
  last: number;
  /** A later mention by a common noun ("the ministry"). */
  anaphor: boolean;
  /** Portfolio key for ministries ("foreign"). */
  portfolio?: string;
}

export type NewMention = Omit<OrgMention, 'name' | 'start' | 'end' | 'text'>;

export interface OrgScan {
  model: TextModel;
  tokens: readonly Token[];
  body: string;
  language: string;
  cues: AnalysisCues['orgs'];
  out: OrgMention[];
  /** Tokens already inside a mention. */
  covered: Uint8Array;
  add(m: NewMention): void;
  /** The latest mention so far that `pred` accepts. */
  lastWhere(pred: (o: OrgMention) => boolean): OrgMention | undefined;
}

export function newScan(model: TextModel): OrgScan {
  const { tokens, body, language } = model;
  const out: OrgMention[] = [];
  const covered = new Uint8Array(tokens.length);
  return {
    model,
    tokens,
    body,
    language,
    cues: packFor(language).analysis.orgs,
    out,
    covered,
    add(m) {
      const a = tokens[m.first];
      const b = tokens[m.last];
      if (!a || !b) return;
      for (let k = m.first; k <= m.last; k++) covered[k] = 1;
      out.push({ ...m, name: m.form || m.key, start: a.start, end: b.end, text: body.slice(a.start, b.end) });
    },
    lastWhere(pred) {
      for (let k = out.length - 1; k >= 0; k--) {
        const o = itemAt(out, k);
        if (pred(o)) return o;
      }
      return undefined;
    },
  };
}

/** Tokens a..b stand on one line of one sentence, separated by spaces only. */
export function sameLine(tokens: readonly Token[], a: number, b: number, body: string): boolean {
  for (let k = a; k < b; k++) {
    const x = tokens[k];
    const y = tokens[k + 1];
    if (!x || !y || x.sentence !== y.sentence) return false;
    if (!/^[ \t\u00a0]*$/.test(body.slice(x.end, y.start))) return false;
  }
  return true;
}

/** A country owning an institution, written before it: "Russian", "Azerbaijan’s", "Russia". */
export function ownerBefore(
  tokens: readonly Token[],
  j: number,
  language: string,
): { code: string; first: number } | null {
  const t = tokens[j];
  if (!t || !t.cap) return null;
  for (const start of [j, j - 1, j - 2]) {
    const m = matchPlace(tokens, start, language);
    if (!m || start + m.length - 1 !== j) continue;
    if (m.demonymOf !== null) return { code: m.demonymOf, first: start };
    if (m.entry?.type === 'country') return { code: m.entry.country, first: start };
  }
  return null;
}

/** A country written after "of [the]": "of Russia", "of the Russian Federation". */
export function countryAfter(
  tokens: readonly Token[],
  j: number,
  language: string,
): { code: string; last: number } | null {
  let k = j;
  if (tokens[k]?.lower === 'the') k++;
  const m = matchPlace(tokens, k, language);
  if (m?.entry?.type === 'country') return { code: m.entry.country, last: k + m.length - 1 };
  return null;
}

/** The text of tokens first..last as written, the last one without its possessive. */
export function written(scan: OrgScan, first: number, last: number): string {
  const a = scan.tokens[first];
  const b = scan.tokens[last];
  if (!a || !b) return '';
  return scan.body.slice(a.start, b.start) + b.base;
}
