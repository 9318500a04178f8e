/**
 * Organisation rules for governments' own bodies: ministries however they are written ("Russian
 * Foreign Ministry", "Ministry of Foreign Affairs of Russia", "Iran's foreign ministry", "МИД России",
 * "министерство энергетики Азербайджана", "Rusiya XİN"), "the ministry" as the last-named one, and
 * armed forces. Mentions of one ministry share a key (country and portfolio); the name is the
 * fullest form written (orgs.ts).
 */
import { matchPlace } from './gazetteer.ts';
import { ORG_HEADS, PORTFOLIOS } from './data/orgs.ts';
import { isFunctionWord } from './lexicon.ts';
import { countryAfter, ownerBefore, sameLine, written, type OrgScan } from './org-scan.ts';
import type { Token } from './tokenize.ts';
import { itemAt } from './item-at.ts';
import { portfolioList } from './org-portfolio.ts';

const PORTFOLIO_WORDS = new Set(PORTFOLIOS.flatMap((p) => p.words));
const PORTFOLIO_LIST = [...PORTFOLIOS].sort((a, b) => b.words.length - a.words.length);
const portfolioKey = (short: string): string => short.toLowerCase().replace('defence', 'defense');
const ministryKey = (code: string | null, portfolio: string): string =>
  `ministry:${code ?? '?'}:${portfolio}`;

/** Portfolio words starting at token j ("Foreign Affairs"), longest first. */
function portfolioAt(
  tokens: readonly Token[],
  j: number,
  needCap: boolean,
): { short: string; length: number } | null {
  for (const p of PORTFOLIO_LIST) {
    let ok = true;
    for (let k = 0; k < p.words.length; k++) {
      const t = tokens[j + k];
      if (!t || t.lower !== p.words[k] || (needCap && !t.cap && p.words[k] !== 'and')) {
        ok = false;
        break;
      }
    }
    if (ok) return { short: p.short, length: p.words.length };
  }
  return null;
}

/** The key of the last ministry of this portfolio, for one written without its country. */
function priorKey(scan: OrgScan, portfolio: string): string | null {
  return scan.lastWhere((o) => o.kind === 'ministry' && o.portfolio === portfolio)?.key ?? null;
}

/** "Russian Foreign Ministry", "Ministry of Foreign Affairs of Russia", "MFA". Returns the last token. */
export function capitalisedMinistry(scan: OrgScan, i: number): number | null {
  const { tokens, body, language } = scan;
  const t = tokens[i];
  if (!t || !t.cap || (t.lower !== 'ministry' && t.base !== 'MFA')) return null;
  let first = i;
  let last = i;
  let short: string | null = t.base === 'MFA' ? 'Foreign' : null;
  let code: string | null = null;
  // Backwards: portfolio words, then an owner.
  let j = i - 1;
  while (
    j >= 0 &&
    tokens[j]?.cap &&
    PORTFOLIO_WORDS.has(tokens[j]?.lower ?? '') &&
    sameLine(tokens, j, i, body)
  )
    j--;
  if (j + 1 < i) {
    const p = portfolioAt(tokens, j + 1, true);
    if (p && j + 1 + p.length === i) {
      short = p.short;
      first = j + 1;
    }
  }
  const owner = ownerBefore(tokens, first - 1, language);
  if (owner && sameLine(tokens, owner.first, first, body)) {
    code = owner.code;
    first = owner.first;
  }
  // Forwards: "of Foreign Affairs" (and "and Natural Resources"), then "of [the] Country".
  if (short === null && tokens[i + 1]?.lower === 'of') {
    const p = portfolioAt(tokens, i + 2, true);
    if (p) {
      short = p.short;
      last = i + 1 + p.length;
      if (
        tokens[last + 1]?.lower === 'and' &&
        tokens[last + 2]?.cap &&
        sameLine(tokens, last, last + 2, body)
      ) {
        last += 2;
        while (tokens[last + 1]?.cap && sameLine(tokens, last, last + 1, body) && !scan.covered[last + 1])
          last++;
      }
      // "Ministry of Culture, Youth and Sport": more fields listed with commas.
      last = portfolioList(scan, i, last, (k) => {
        const h = tokens[k];
        return h !== undefined && h.cap && ORG_HEADS.has(h.lower);
      });
    }
  }
  if (tokens[last + 1]?.lower === 'of' && sameLine(tokens, last, last + 1, body)) {
    const c = countryAfter(tokens, last + 2, language);
    if (c) {
      code ??= c.code;
      last = c.last;
    }
  }
  if (short === null) return null;
  const portfolio = portfolioKey(short);
  const key =
    code === null
      ? (priorKey(scan, portfolio) ?? ministryKey(null, portfolio))
      : ministryKey(code, portfolio);
  scan.add({
    key,
    form: written(scan, first, last),
    kind: 'ministry',
    first,
    last,
    anaphor: false,
    portfolio,
  });
  return last;
}

/**
 * A ministry in lower case: with its owner it is a name as written ("Iran's foreign ministry", "the
 * Iranian energy ministry"); after "the"/"this" it is the last-named ministry (of that portfolio).
 */
export function lowerCaseMinistry(scan: OrgScan, i: number): number | null {
  const { tokens, body, language } = scan;
  const t = tokens[i];
  if (!t || t.cap || t.lower !== 'ministry') return null;
  let j = i - 1;
  while (j >= 0 && PORTFOLIO_WORDS.has(tokens[j]?.lower ?? '') && !tokens[j]?.cap) j--;
  const p = j + 1 < i ? portfolioAt(tokens, j + 1, false) : null;
  const portfolio = p ? portfolioKey(p.short) : null;
  const owner = ownerBefore(tokens, j, language);
  if (owner && portfolio && sameLine(tokens, owner.first, i, body)) {
    scan.add({
      key: ministryKey(owner.code, portfolio),
      form: written(scan, owner.first, i),
      kind: 'ministry',
      first: owner.first,
      last: i,
      anaphor: false,
      portfolio,
    });
    return i;
  }
  if (possessiveBody(scan, i)) return i;
  const det = tokens[j];
  if (!det || !['the', 'this', 'that'].includes(det.lower) || !sameLine(tokens, j, i, body)) return i;
  const prior = scan.lastWhere(
    (o) => o.kind === 'ministry' && (portfolio === null || o.portfolio === portfolio),
  );
  if (prior)
    scan.add({
      key: prior.key,
      form: '',
      kind: 'ministry',
      first: j,
      last: i,
      anaphor: true,
      portfolio: prior.portfolio ?? '',
    });
  return i;
}

/**
 * A lower-case body owned by a country's possessive, named as written: "Iraq's oil ministry",
 * "Iran's central bank", "Georgia's state railway company". One to three lower-case words stand
 * between the owner and the head at i; a bare "the central bank" is left alone.
 */
export function possessiveBody(scan: OrgScan, i: number): boolean {
  const { tokens, body, language } = scan;
  const t = tokens[i];
  if (!t || t.cap || !(t.lower === 'ministry' || ORG_HEADS.has(t.lower))) return false;
  // "Romania's grid operator Transelectrica": the words describe the name after them.
  const next = tokens[i + 1];
  if (next?.cap && sameLine(tokens, i, i + 1, body) && !matchPlace(tokens, i + 1, language)) return false;
  for (let k = i - 1; k >= i - 3 && k > 0; k--) {
    const w = tokens[k];
    if (!w || w.cap || isFunctionWord(w.lower) || scan.covered[k]) return false;
    const o = tokens[k - 1];
    if (!o?.possessive || !sameLine(tokens, k - 1, i, body)) continue;
    const owner = ownerBefore(tokens, k - 1, language);
    if (!owner) return false;
    const words = tokens
      .slice(k, i)
      .map((x) => x.lower)
      .join(' ');
    scan.add({
      key: t.lower === 'ministry' ? ministryKey(owner.code, words) : `body:${owner.code}:${words} ${t.lower}`,
      form: written(scan, owner.first, i),
      kind: t.lower === 'ministry' ? 'ministry' : 'body',
      first: owner.first,
      last: i,
      anaphor: false,
      ...(t.lower === 'ministry' ? { portfolio: words } : {}),
    });
    return true;
  }
  return false;
}

/** "Armed Forces of Ukraine", "Ukrainian Armed Forces". */
export function armedForces(scan: OrgScan, i: number): number | null {
  const { tokens, body, language } = scan;
  const t = tokens[i];
  if (!t || t.base !== 'Armed' || tokens[i + 1]?.lower !== 'forces' || !tokens[i + 1]?.cap) return null;
  let first = i;
  let last = i + 1;
  let code: string | null = null;
  const owner = ownerBefore(tokens, i - 1, language);
  if (owner && sameLine(tokens, owner.first, i, body)) {
    code = owner.code;
    first = owner.first;
  } else if (tokens[i + 2]?.lower === 'of') {
    const c = countryAfter(tokens, i + 3, language);
    if (c) {
      code = c.code;
      last = c.last;
    }
  }
  scan.add({
    key: `forces:${code ?? '?'}`,
    form: written(scan, first, last),
    kind: 'forces',
    first,
    last,
    anaphor: false,
  });
  return last;
}

/** The nominative of a Russian ministry noun as written ("Министерства" → "Министерство"). */
const ministryNoun = (t: Token): string => `${t.text.slice(0, 'министерств'.length)}о`;

/**
 * Ministries by the pack's short names and full names ("Минобороны России", "МИД Грузии",
 * "Министерство обороны РФ"), and "министерство энергетики Азербайджана" in lower case with its country.
 */
export function shortNameMinistry(scan: OrgScan, i: number): number | null {
  const { tokens, body, language, cues } = scan;
  const t = tokens[i];
  if (!t || !cues.ministries.length) return null;
  let found: { short: string; portfolio: string; last: number; form: string } | null = null;
  if (t.cap) {
    for (const m of cues.ministries) {
      if (t.base.startsWith(m.short) && cues.ministryCaseEndings.has(t.base.slice(m.short.length))) {
        found = { short: m.short, portfolio: m.portfolio, last: i, form: m.short };
        break;
      }
    }
  }
  const isNoun = t.lower.startsWith('министерств');
  if (!found && isNoun) {
    for (const m of cues.ministries) {
      if (m.full.every((w, k) => tokens[i + 1 + k]?.lower === w)) {
        const last = i + m.full.length;
        found = {
          short: m.short,
          portfolio: m.portfolio,
          last,
          form: `${ministryNoun(t)}${body.slice(t.end, itemAt(tokens, last).end)}`,
        };
        break;
      }
    }
  }
  // "сельского хозяйства и продовольствия", "цифрового развития, инноваций и …": the listed
  // portfolio runs on through more fields in the genitive.
  if (found && isNoun) {
    const longer = portfolioFieldsAfter(scan, found.last);
    if (longer > found.last) {
      found.portfolio = body.slice(itemAt(tokens, i + 1).start, itemAt(tokens, longer).end).toLowerCase();
      found.last = longer;
      found.form = `${ministryNoun(t)}${body.slice(t.end, itemAt(tokens, longer).end)}`;
    }
  }
  // A country right after: "МИД Грузии", "министерство энергетики Азербайджана".
  let last = found?.last ?? i;
  // The country code of a country named at token k (a single-word place in the gazetteer, or "РФ"), or null.
  const countryAt = (k: number): string | null => {
    const c = tokens[k];
    if (!c?.cap || !sameLine(tokens, k - 1, k, body)) return null;
    const m = matchPlace(tokens, k, language);
    if ((m?.entry?.type === 'country' && m.length === 1) || c.base === 'РФ') return m?.entry?.country ?? 'RU';
    // "МИД РК", "Минэнерго РБ", "МИД КР": a republic's abbreviation, kept as written.
    if (/^(?:Р[А-ЯЁ]|[А-ЯЁ]Р|РУз)$/u.test(c.base)) return c.base;
    return null;
  };
  let code: string | null = found ? countryAt(last + 1) : null;
  if (code !== null) last++;
  // "Министерство … Дагестана": a region's ministry, the region in the genitive after it.
  else if (found && isNoun && regionAt(scan, last + 1)) {
    code = itemAt(tokens, last + 1).base;
    last++;
  }
  // "Министерства энергетики Республики Узбекистан": the state's full style, the country after it.
  else if (
    found &&
    /^республик/u.test(tokens[last + 1]?.lower ?? '') &&
    sameLine(tokens, last, last + 1, body)
  ) {
    code = countryAt(last + 2);
    if (code !== null) last += 2;
  }
  // In lower case only a country makes it a name; the portfolio may go on ("энергетики и природных ресурсов").
  if (found && !t.cap && code === null) found = null;
  // Portfolios the pack does not list, in lower case up to the country: "министерство энергетики и
  // природных ресурсов Тюркийе".
  if (!found && isNoun && !t.cap) {
    let k = i + 1;
    while (k < i + 7 && tokens[k]?.cap === false && sameLine(tokens, k - 1, k, body)) k++;
    // The owner is usually a country; a capitalised name the gazetteer lacks ("Тюркийе") will do.
    const owner = tokens[k];
    if (k > i + 1 && owner?.cap && sameLine(tokens, k - 1, k, body)) {
      code = countryAt(k) ?? owner.base;
      const portfolio = body.slice(itemAt(tokens, i + 1).start, itemAt(tokens, k - 1).end).toLowerCase();
      found = { short: '', portfolio, last: k, form: '' };
      last = k;
    }
  }
  if (!found) return null;
  if (!t.cap && code === null) return null; // "министерство обороны" alone: a reference, not a name
  const form =
    last === found.last && found.form
      ? found.form
      : `${isNoun ? ministryNoun(t) : found.short}${body.slice(t.end, itemAt(tokens, last).start)}${itemAt(tokens, last).base}`;
  const key =
    code === null
      ? (priorKey(scan, found.portfolio) ?? ministryKey(null, found.portfolio))
      : ministryKey(code, found.portfolio);
  scan.add({ key, form, kind: 'ministry', first: i, last, anaphor: false, portfolio: found.portfolio });
  return last;
}

/** A lower-case genitive complement that is no organisation's head ("продовольствия", not "компании"). */
function fieldWord(scan: OrgScan, k: number, opening: boolean): boolean {
  const { tokens, body, cues } = scan;
  const w = tokens[k];
  // After a comma the caller has checked the separator; within a field the words stand on one line.
  if (!w || w.cap || scan.covered[k] || (!opening && !sameLine(tokens, k - 1, k, body))) return false;
  if (cues.nominativeOrgName?.([w.lower]) || cues.anaphors.has(w.lower)) return false;
  // A field opening a list item stands after a comma as it would after the connector.
  const [connector] = cues.nameConnectors;
  const previous = opening && connector !== undefined ? connector : tokens[k - 1]?.lower;
  return cues.isOrgComplement(w.base, previous) && !/^\p{Ll}{1,2}$/u.test(w.lower);
}

/**
 * The last token of more fields in a portfolio written after token j: "и продовольствия",
 * ", инноваций и аэрокосмической промышленности" (a list counts only when "и" closes it). Each
 * field is one to three lower-case genitive words. Returns j when none follows.
 */
export function portfolioFieldsAfter(scan: OrgScan, j: number): number {
  const { tokens, body, cues } = scan;
  let last = j;
  for (;;) {
    const cur = tokens[last];
    const next = tokens[last + 1];
    if (!cur || !next || next.sentence !== cur.sentence) return j;
    const sep = body.slice(cur.end, next.start);
    let k = last + 1;
    const closing = /^[ \t\u00a0]+$/u.test(sep) && cues.nameConnectors.has(next.lower);
    if (closing) k++;
    else if (!/^,[ \t\u00a0]+$/u.test(sep)) return j;
    if (!fieldWord(scan, k, true) || (closing && !sameLine(tokens, k - 1, k, body))) return j;
    let end = k;
    while (end < k + 2 && fieldWord(scan, end + 1, false)) end++;
    last = end;
    if (closing) return last;
  }
}

/** A capitalised region (no country) in the gazetteer at token k, on the line of the word before. */
function regionAt(scan: OrgScan, k: number): boolean {
  const { tokens, body, language } = scan;
  const c = tokens[k];
  if (!c?.cap || !sameLine(tokens, k - 1, k, body)) return false;
  const m = matchPlace(tokens, k, language);
  return m !== null && m.length === 1 && m.demonymOf === null && m.entry?.type === 'region';
}

/** "ведомство", "министерство" alone: the last-named ministry or body. */
export function ministryAnaphor(scan: OrgScan, i: number): number | null {
  const t = scan.tokens[i];
  if (!t || t.cap || !scan.cues.anaphors.has(t.lower)) return null;
  const prior = scan.lastWhere((o) => o.kind === 'ministry' || o.kind === 'body');
  if (prior)
    scan.add({
      key: prior.key,
      form: '',
      kind: prior.kind,
      first: i,
      last: i,
      anaphor: true,
      portfolio: prior.portfolio ?? '',
    });
  return i;
}

/** "Rusiya XİN": a country and the Azerbaijani foreign ministry's acronym. */
export function foreignMinistryAcronym(scan: OrgScan, i: number): number | null {
  const { tokens } = scan;
  const t = tokens[i];
  if (!t || !t.base.startsWith('XİN') || i === 0 || !tokens[i - 1]?.cap || scan.covered[i - 1]) return null;
  const form = `${tokens[i - 1]?.base ?? ''} XİN`;
  scan.add({
    key: form,
    form,
    kind: 'ministry',
    first: i - 1,
    last: i,
    anaphor: false,
    portfolio: 'foreign',
  });
  return i;
}
