/**
 * Outlets as an open class, by shape: a domain ("Haqqin.az"), or a name with a case ending before a
 * reporting word ("Report-a açıqlamasında"), or a bare name before an outlet's phrase.
 */
import { matchPlace } from './gazetteer.ts';
import { isFirstName, isNoun } from './lexicon.ts';
import { OUTLET_DOMAINS } from './data/orgs.ts';
import { sameLine, type OrgScan } from './org-scan.ts';
import { packFor } from '../languages/index.ts';
import { declare, type NameIndex } from './org-lists.ts';

/** Outlets written as a domain: "Haqqin.az". */
export function outletDomain(scan: OrgScan, i: number): number | null {
  const t = scan.tokens[i];
  const dom = t ? /^\p{Lu}[\p{L}\p{N}-]*\.(\p{L}+)$/u.exec(t.base) : null;
  if (!t || !dom || !OUTLET_DOMAINS.has((dom[1] ?? '').toLowerCase())) return null;
  scan.add({ key: `list:${t.base}`, form: t.base, kind: 'outlet', first: i, last: i, anaphor: false });
  return i;
}

/** A name with a case ending after a hyphen or apostrophe: "Report-a" → "Report". */
const SUFFIXED_NAME = /^(\p{Lu}[\p{L}\p{M}\p{N}.]*)[-’'](\p{Ll}{1,4})$/u;

/**
 * Outlets are an open class: a name with a case ending right before a reporting word ("Report-a
 * açıqlamasında", "Trend-in məlumatına görə", "Qafqazinfo-ya bildirib", "APA-nın Moskva müxbiri"),
 * or a bare name before an outlet's phrase ("Report xəbər verir"), is the outlet the words were
 * given to or taken from. A bare word shaped like a person's name is left to the people step.
 */
export function reportingOutlet(scan: OrgScan, declared: NameIndex, i: number): number | null {
  const { tokens, body, cues, language } = scan;
  const t = tokens[i];
  const next = tokens[i + 1];
  const quoted = t?.cap ? quotedSuffixedOutlet(scan, declared, i) : null;
  if (quoted !== null) return quoted;
  if (!t?.cap || !next || !sameLine(tokens, i, i + 1, body)) return null;
  const suffixed = SUFFIXED_NAME.exec(t.base);
  let name: string | null = null;
  if (suffixed?.[1]) {
    const cue =
      cues.reportingWords.has(next.lower) ||
      // "APA-nın Moskva müxbiri": a place may stand between the outlet and its correspondent.
      (next.cap &&
        sameLine(tokens, i + 1, i + 2, body) &&
        cues.reportingWords.has(tokens[i + 2]?.lower ?? '') &&
        matchPlace(tokens, i + 1, language) !== null);
    if (cue) name = suffixed[1];
  } else if (
    cues.outletPhrases.some((p) =>
      p.every((w, k) => tokens[i + 1 + k]?.lower === w && sameLine(tokens, i, i + 1 + k, body)),
    )
  ) {
    const names = packFor(language).analysis.names;
    if (!names.surnameShape.test(t.base) && !names.firstNames.has(t.base) && !matchPlace(tokens, i, language))
      name = t.base;
  }
  if (!name) return null;
  const key = `agency:${name}`;
  scan.add({ key, form: name, kind: 'outlet', first: i, last: i, anaphor: false });
  declare(declared, name, key, 'outlet');
  return i;
}

/**
 * “Report”a açıqlamasında, “Bizim Xəbər”ə bildirib: a quoted name of up to four words whose case
 * ending follows the closing mark, right before a reporting word, is the outlet. Returns the
 * ending's token.
 */
function quotedSuffixedOutlet(scan: OrgScan, declared: NameIndex, i: number): number | null {
  const { tokens, body, cues, covered } = scan;
  const t = tokens[i];
  if (!t || covered[i] || !/[“«"][ \t\u00a0]*$/u.test(body.slice(Math.max(0, t.start - 2), t.start)))
    return null;
  for (let last = i; last < i + 4; last++) {
    const end = tokens[last];
    const suffix = tokens[last + 1];
    const word = tokens[last + 2];
    if (!end || !suffix || (last > i && (!end.cap || !sameLine(tokens, last - 1, last, body)))) return null;
    if (!/^[”»"]$/u.test(body.slice(end.end, suffix.start))) continue;
    if (!/^\p{Ll}{1,4}$/u.test(suffix.text) || !word || !sameLine(tokens, last + 1, last + 2, body))
      return null;
    if (!cues.reportingWords.has(word.lower)) return null;
    const form = body.slice(t.start, end.end);
    const key = `agency:${form}`;
    scan.add({ key, form, kind: 'outlet', first: i, last: last + 1, anaphor: false });
    declare(declared, form, key, 'outlet');
    return last + 1;
  }
  return null;
}

/** Words that carry a story on from an outlet's report ("X reports, citing Y"). */
const CITING = new Set(['citing', 'quoting', 'cited', 'said']);

/**
 * "…, Caspian Ledger reports, citing …": a capitalised name after a comma (or opening the sentence)
 * and before a reporting verb that closes the sentence or goes on to its source is the outlet
 * telling the story. Names of people and places are left to their steps.
 */
export function reportsCiting(scan: OrgScan, declared: NameIndex, i: number): number | null {
  const { tokens, body, cues, language, covered } = scan;
  const t = tokens[i];
  if (!t?.cap || covered[i] || cues.outletVerbsAfter.size === 0) return null;
  const prev = tokens[i - 1];
  if (prev && prev.sentence === t.sentence && !/,[ \t\u00a0]*$/u.test(body.slice(prev.end, t.start)))
    return null;
  let last = i;
  while (last < i + 3 && tokens[last + 1]?.cap && sameLine(tokens, last, last + 1, body)) last++;
  const verb = tokens[last + 1];
  if (!verb || verb.cap || !sameLine(tokens, last, last + 1, body) || !cues.outletVerbsAfter.has(verb.lower))
    return null;
  const after = tokens[last + 2];
  const closes = !after || after.sentence !== verb.sentence;
  if (!closes && !CITING.has(after.lower)) return null;
  // Without a source after it, only an outlet's shape will do: a common noun ending the name
  // ("Caspian Ledger", "Daily News") or an acronym; "…, Park Min Jun reported." is a person.
  const lexicon = packFor(language).analysis.englishLexicon;
  const run = tokens.slice(i, last + 1);
  const shaped =
    /^\p{Lu}{2,6}$/u.test(t.base) ||
    (lexicon && run.length > 1 && run.some((x, k) => isNoun(x.lower) || matchPlace(tokens, i + k, language)));
  if (closes && !shaped) return null;
  const names = packFor(language).analysis.names;
  for (let k = i; k <= last; k++) {
    const x = tokens[k];
    if (!x || names.firstNames.has(x.base) || names.surnameShape.test(x.base) || isFirstName(x.lower))
      return null;
  }
  if (matchPlace(tokens, i, language)?.length === last - i + 1) return null;
  const form = body.slice(t.start, tokens[last]?.end ?? t.end);
  const key = `agency:${form}`;
  scan.add({ key, form, kind: 'outlet', first: i, last, anaphor: false });
  declare(declared, form, key, 'outlet');
  return last;
}
