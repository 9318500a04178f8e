/**
 * Organisation rules for names known or declared as names: listed international bodies and news
 * agencies in any case ("NATO", "APA-ya", "Интерфаксу"), outlets written as domains ("Haqqin.az"),
 * the agency of a dateline ("ASTANA, Oct 7 (Interfax) —") and beside its noun ("BTA agentliyinin",
 * "the Kyodo news agency"), companies by their legal form ("ПАО «Газпром»", "Xəzər Qaz Nəqliyyatı
 * ASC") or by a quoted name and its noun ("“QatarEnergy” şirkəti"). A name declared once is
 * recognised again later, inflected or not.
 */
import { matchPlace } from './gazetteer.ts';
import { isFunctionWord } from './lexicon.ts';
import {
  ACRONYM_ORGS,
  LEGAL_FORMS_AFTER,
  LEGAL_FORMS_BEFORE,
  CLUB_MARKS_BEFORE,
  ORG_DESCRIPTOR,
  OUTLETS,
} from './data/orgs.ts';
import { sameLine, type OrgKind, type OrgScan } from './org-scan.ts';
import { packFor } from '../languages/index.ts';
import { tokenAtOrAfter, writtenToBase } from './tokenize.ts';
import { itemAt } from './item-at.ts';

interface ListPhrase {
  words: readonly string[];
  key: string;
  kind: OrgKind;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-.’'+][\p{L}\p{M}\p{N}]+)*\+?/gu;
const wordsOf = (s: string): string[] => [...s.matchAll(WORD)].map((m) => m[0]);

/** Names by first word, longest first. */
export type NameIndex = Map<string, ListPhrase[]>;

function addTo(map: NameIndex, surface: string, key: string, kind: OrgKind): void {
  const words = wordsOf(surface);
  const first = words[0];
  if (first === undefined) return;
  const list = map.get(first) ?? [];
  if (list.some((p) => p.words.join(' ') === words.join(' '))) return;
  list.push({ words, key, kind });
  list.sort((a, b) => b.words.length - a.words.length);
  map.set(first, list);
}

/** Listed bodies and outlets (case-sensitive). */
const LIST_INDEX: NameIndex = (() => {
  const map: NameIndex = new Map();
  for (const o of ACRONYM_ORGS) for (const f of o.forms) addTo(map, f, `list:${o.name}`, 'body');
  for (const o of OUTLETS) addTo(map, o, `list:${o}`, 'outlet');
  return map;
})();

/** Names the text itself declared (datelines, agencies beside their noun, companies), for later mentions. */
export function declare(declared: NameIndex, surface: string, key: string, kind: OrgKind): void {
  addTo(declared, surface, key, kind);
}

/** A listed or declared name at token i; `headFollows` says a listed body goes on into a longer name. */
export function knownName(
  scan: OrgScan,
  declared: NameIndex,
  i: number,
  headFollows: (j: number) => boolean,
): number | null {
  const { tokens, body, cues } = scan;
  const t = tokens[i];
  if (!t) return null;
  // Inflected forms only for capitalised words: every listed name but "dpa" starts with a capital.
  const firsts = t.cap ? [...new Set([t.text, t.base, ...cues.nameBases(t.base)])] : [t.text];
  for (const first of firsts) {
    for (const index of [declared, LIST_INDEX]) {
      for (const p of index.get(first) ?? []) {
        const n = p.words.length;
        let ok = true;
        for (let k = 0; k < n && ok; k++) {
          const x = tokens[i + k];
          if (!x || (k > 0 && !sameLine(tokens, i + k - 1, i + k, body))) ok = false;
          else if (k === n - 1)
            ok = x.text === p.words[k] || cues.nameBases(x.base).includes(itemAt(p.words, k));
          else ok = x.text === p.words[k];
        }
        if (!ok) continue;
        const last = i + n - 1;
        // "UN Development Programme": a longer name, read by the phrase rule.
        if (p.kind === 'body' && headFollows(last)) return last;
        const form = `${body.slice(t.start, itemAt(tokens, last).start)}${p.words[n - 1]}`;
        scan.add({
          key: p.key,
          form: n === 1 ? itemAt(p.words, 0) : form,
          kind: p.kind,
          first: i,
          last,
          anaphor: false,
        });
        return last;
      }
    }
  }
  return null;
}

/** A place name ends at token k ("Cənubi Koreyanın"). */
function placeEndsAt(scan: OrgScan, k: number): boolean {
  for (const s of [k, k - 1, k - 2]) {
    const m = s >= 0 ? matchPlace(scan.tokens, s, scan.language) : null;
    if (m && s + m.length - 1 === k) return true;
  }
  return false;
}

/** Token indexes whose text lies inside [start, end). */
export function tokensWithin(scan: OrgScan, start: number, end: number): [number, number] | null {
  const first = tokenAtOrAfter(scan.tokens, start);
  let last = first - 1;
  while ((scan.tokens[last + 1]?.end ?? Infinity) <= end) last++;
  return last < first ? null : [first, last];
}

/**
 * The agency of a dateline: "ASTANA, 7 October (Interfax) —", "Sofiya, 20 oktyabr (Qafqaz Ekspress) –",
 * or a state agency's "Bakı, 12 noyabr, AZƏRTAC" line; and a credit closing the story ("— Xinhua").
 */
export function datelineAgency(scan: OrgScan, declared: NameIndex): void {
  const { body, model } = scan;
  const p0 = model.paragraphs[0];
  if (!p0) return;
  const head = body.slice(p0.start, Math.min(p0.end, p0.start + 120));
  const found: { start: number; end: number }[] = [];
  const paren = /^[^\n()]{2,60}?\((\p{Lu}[\p{L}\p{M}\p{N}.’'& -]{1,40})\)\s*[—–-]/u.exec(head);
  if (paren?.[1] && !/\d/.test(paren[1])) {
    const at = paren[0].lastIndexOf(`(${paren[1]})`) + 1;
    found.push({ start: p0.start + at, end: p0.start + at + paren[1].length });
  }
  const line =
    /^\p{Lu}[\p{L}\p{M}-]+(?: [\p{L}\p{M}-]+)?, [^,\n]{3,24}, (\p{Lu}[\p{L}\p{M}\p{N}.’' -]{1,40}?)\s*$/u.exec(
      body.slice(p0.start, p0.end),
    );
  if (line?.[1]) {
    const at = line[0].length - line[0].trimEnd().length;
    const end = p0.start + line[0].length - at;
    found.push({ start: end - line[1].length, end });
  }
  const lastP = model.paragraphs.at(-1);
  const credit = lastP
    ? /^[—–-]\s*(\p{Lu}[\p{L}\p{M}\p{N}.’' -]{1,30}?)\.?$/u.exec(body.slice(lastP.start, lastP.end))
    : null;
  if (lastP && credit?.[1]) {
    const start = lastP.start + credit[0].indexOf(credit[1]);
    found.push({ start, end: start + credit[1].length });
  }
  for (const f of found) {
    const range = tokensWithin(scan, f.start, f.end);
    if (!range || scan.covered[range[0]]) continue;
    const name = body.slice(f.start, f.end);
    const key = LIST_INDEX.get(wordsOf(name)[0] ?? '')?.find(
      (p) => p.words.join(' ') === wordsOf(name).join(' '),
    )?.key;
    scan.add({
      key: key ?? `agency:${name}`,
      form: name,
      kind: 'outlet',
      first: range[0],
      last: range[1],
      anaphor: false,
    });
    declare(declared, name, key ?? `agency:${name}`, 'outlet');
  }
}

/** A run of up to 3 capitalised words ending at token `last` (leftwards), not places, not covered. */
function nameRunBefore(scan: OrgScan, last: number): number | null {
  const { tokens, body, language, covered } = scan;
  let first = last + 1;
  while (
    first - 1 >= 0 &&
    last - (first - 1) < 3 &&
    tokens[first - 1]?.cap &&
    !covered[first - 1] &&
    !matchPlace(tokens, first - 1, language) &&
    (first - 1 === last || sameLine(tokens, first - 1, first, body))
  )
    first--;
  while (first <= last && isFunctionWord(itemAt(tokens, first).lower)) first++;
  return first <= last ? first : null;
}

/** "BTA agentliyinin", "the Kyodo news agency", "агентство Синьхуа": the agency beside its noun. */
export function agencyBesideNoun(scan: OrgScan, declared: NameIndex, i: number): number | null {
  const { tokens, body, cues, covered } = scan;
  const t = tokens[i];
  if (!t || t.cap || !cues.agencyNouns.has(t.lower)) return null;
  // “Bizim Xəbər” portalı: a quoted name before the noun is the quoted-name rule's, whatever follows.
  if (/[”»"][ \t\u00a0]*$/u.test(body.slice(Math.max(0, t.start - 3), t.start))) return null;
  // Before it ("Kyodo news agency", "BTA agentliyinin"): "news", "state" may stand between.
  let j = i - 1;
  while (j > i - 3 && ['news', 'state', 'information'].includes(tokens[j]?.lower ?? '')) j--;
  // An adjective agreeing with the noun ("Федеральное агентство") opens a descriptive name, not the agency's own.
  const nominative = cues.nominativeOrgName;
  const describes =
    j === i - 1 && nominative !== null && nominative([tokens[j]?.base ?? '', t.text]) !== null;
  if (j >= 0 && tokens[j]?.cap && !covered[j] && sameLine(tokens, j, i, body) && !describes) {
    const first = nameRunBefore(scan, j);
    if (first !== null) {
      const form = writtenToBase(body, tokens, first, j);
      scan.add({ key: `agency:${form}`, form, kind: 'outlet', first, last: j, anaphor: false });
      declare(declared, form, `agency:${form}`, 'outlet');
      return i;
    }
  }
  // After it: "агентство Bloomberg", "агентство «Синьхуа»"; in quote marks, all the words inside
  // ("портал «Сибирский репортер»").
  const q = quotedAfter(body, t.end);
  const inside = q ? tokensWithin(scan, q.start, q.end) : null;
  if (q && inside && !covered[inside[0]] && /^\p{Lu}/u.test(body.slice(q.start, q.end))) {
    const form = body.slice(q.start, q.end);
    scan.add({
      key: `agency:${form}`,
      form,
      kind: 'outlet',
      first: inside[0],
      last: inside[1],
      anaphor: false,
    });
    declare(declared, form, `agency:${form}`, 'outlet');
    return inside[1];
  }
  const quoted = /^[ \t\u00a0]*[«“"„]?[ \t\u00a0]*$/u;
  const n = tokens[i + 1];
  if (n?.cap && !covered[i + 1] && n.sentence === t.sentence && quoted.test(body.slice(t.end, n.start))) {
    let last = i + 1;
    while (last < i + 3 && tokens[last + 1]?.cap && sameLine(tokens, last, last + 1, body)) last++;
    const form = body.slice(n.start, itemAt(tokens, last).end);
    scan.add({ key: `agency:${form}`, form, kind: 'outlet', first: i + 1, last, anaphor: false });
    declare(declared, form, `agency:${form}`, 'outlet');
    return last;
  }
  return null;
}

const CLOSE: Readonly<Record<string, string>> = { '«': '»', '“': '”', '"': '"', '„': '“' };

/** The quoted name opening right after `offset` (spaces allowed): its span inside the marks. */
function quotedAfter(body: string, offset: number): { start: number; end: number; close: number } | null {
  const m = /^[ \t\u00a0]*([«“"„])/u.exec(body.slice(offset, offset + 3));
  if (!m?.[1]) return null;
  const start = offset + m[0].length;
  const close = body.indexOf(CLOSE[m[1]] ?? '»', start);
  if (close < 0 || close - start > 60 || close === start || body.slice(start, close).includes('\n'))
    return null;
  return { start, end: close, close: close + 1 };
}

/** A company found as written over tokens first..last; later mentions of its name join it. */
function addCompany(scan: OrgScan, declared: NameIndex, form: string, first: number, last: number): void {
  scan.add({ key: `company:${form}`, form, kind: 'company', first, last, anaphor: false });
  declare(declared, form, `company:${form}`, 'company');
}

/** "ПАО «Газпром»", "ТОО «Сарыарка Транзит»": a legal form and the company's quoted name. */
export function legalFormBefore(scan: OrgScan, declared: NameIndex, i: number): number | null {
  const { tokens, body } = scan;
  const t = tokens[i];
  if (!t || !(LEGAL_FORMS_BEFORE.has(t.text) || CLUB_MARKS_BEFORE.has(t.text))) return null;
  const q = quotedAfter(body, t.end);
  const range = q ? tokensWithin(scan, q.start, q.end) : null;
  if (!q || !range || !/^\p{Lu}/u.test(body.slice(q.start, q.end))) return clubAfterMark(scan, declared, i);
  addCompany(scan, declared, body.slice(t.start, q.close), i, range[1]);
  return range[1];
}

/** "FC Zirva", "ФК Ордабасы": a club's mark and the capitalised words of its name, unquoted. */
function clubAfterMark(scan: OrgScan, declared: NameIndex, i: number): number | null {
  const { tokens, body, covered } = scan;
  const t = tokens[i];
  if (!t || !CLUB_MARKS_BEFORE.has(t.text) || !tokens[i + 1]?.cap || covered[i + 1]) return null;
  if (!/^[ \t\u00a0]+$/u.test(body.slice(t.end, itemAt(tokens, i + 1).start))) return null;
  let last = i + 1;
  while (
    last < i + 3 &&
    tokens[last + 1]?.cap &&
    !covered[last + 1] &&
    sameLine(tokens, last, last + 1, body)
  )
    last++;
  addCompany(scan, declared, writtenToBase(body, tokens, i, last), i, last);
  return last;
}

/** "Xəzər Qaz Nəqliyyatı ASC(-nin)", "Caspian Marine Services LLC", "“Azərsu” ASC": a name and its legal form. */
export function legalFormAfter(scan: OrgScan, declared: NameIndex, i: number): number | null {
  const { tokens, body, cues, covered } = scan;
  const t = tokens[i];
  if (!t || i === 0 || (!/^\p{Lu}/u.test(t.text) && !LEGAL_FORMS_AFTER.has(t.base))) return null;
  const roles = packFor(scan.language).analysis.roles;
  const legal = cues.nameBases(t.base).find((b) => LEGAL_FORMS_AFTER.has(b));
  if (legal === undefined) return null;
  // "Co., Ltd.": two legal forms after a comma are one; the name stands before the first.
  const comma = (k: number): boolean =>
    /^\.?,?[ \t\u00a0]+$/u.test(body.slice(itemAt(tokens, k).end, itemAt(tokens, k + 1).start));
  if (LEGAL_FORMS_AFTER.has(tokens[i + 1]?.base ?? '') && comma(i)) return null;
  let end = i;
  if (LEGAL_FORMS_AFTER.has(tokens[i - 1]?.base ?? '') && comma(i - 1)) end = i - 1;
  let first = end;
  const gap = body.slice(tokens[end - 1]?.end ?? 0, itemAt(tokens, end).start);
  if (/^[”»"][ \t\u00a0]*$/u.test(gap)) {
    // A quoted name: back to its opening mark.
    const from = Math.max(0, t.start - 64);
    const open =
      from +
      Math.max(...['«', '“', '"', '„'].map((m) => body.lastIndexOf(m, t.start - gap.length - 1) - from));
    const range = open >= from ? tokensWithin(scan, open, itemAt(tokens, i - 1).end) : null;
    if (!range) return null;
    const form = `${body.slice(open, t.start)}${legal}`;
    scan.add({ key: `company:${form}`, form, kind: 'company', first: range[0], last: i, anaphor: false });
    return i;
  }
  /** Words of one name: capitalised, joined by spaces or "&" ("Engineering & Construction"), or by
   * "and" where the left part is not a name of its own ("INPEX Corporation and Mitsui & Co."). */
  const joined = (k: number): boolean =>
    sameLine(tokens, k, k + 1, body) ||
    /^[ \t\u00a0]*&[ \t\u00a0]*$/u.test(body.slice(itemAt(tokens, k).end, itemAt(tokens, k + 1).start));
  while (first > 0 && i - first < 6 && !covered[first - 1] && joined(first - 1)) {
    const prev = itemAt(tokens, first - 1);
    // "Cənubi Koreyanın Hanvul Defence Co., Ltd.": a place in the genitive owns the company.
    const owner = roles.ownerCase.test(prev.lower) && placeEndsAt(scan, first - 1);
    if (prev.cap && !ORG_DESCRIPTOR.test(prev.lower) && !owner) first--;
    else if (
      cues.nameConnectors.has(prev.lower) &&
      prev.lower !== 'and' &&
      tokens[first - 2]?.cap &&
      joined(first - 2)
    )
      first -= 2;
    else break;
  }
  if (first === end) return null;
  addCompany(scan, declared, `${body.slice(itemAt(tokens, first).start, t.start)}${legal}`, first, i);
  return i;
}

/** "“QatarEnergy” şirkəti", "компания «Лукойл»": a quoted name beside a noun for a company or outlet. */
export function quotedNameBesideNoun(scan: OrgScan, declared: NameIndex, i: number): number | null {
  const { tokens, body, cues } = scan;
  const t = tokens[i];
  // A capital only because the sentence opens with it ("Компания «Лукойл» …") is still the common noun.
  const opens = i === 0 || tokens[i - 1]?.sentence !== t?.sentence;
  if (!t || (t.cap && !opens) || !cues.quotedNameNouns.has(t.lower)) return null;
  // Before the noun: “X” şirkəti, or with one lower-case word of the field between (“X” futbol klubu).
  const field = /[”»"][ \t\u00a0]+\p{Ll}+[ \t\u00a0]+$/u.exec(body.slice(Math.max(0, t.start - 24), t.start));
  const before =
    /[”»"][ \t\u00a0]*$/u.exec(body.slice(Math.max(0, t.start - 3), t.start)) ??
    (field && cues.pointingWords ? field : null);
  if (before && i > 0) {
    const closeAt = t.start - before[0].length;
    const openMark = Object.keys(CLOSE).find((o) => CLOSE[o] === body[closeAt]) ?? '«';
    const open = body.lastIndexOf(body[closeAt] === '"' ? '"' : openMark, closeAt - 1);
    const range = open >= 0 && closeAt - open < 60 ? tokensWithin(scan, open, closeAt) : null;
    if (range && !scan.covered[range[0]] && /^\p{Lu}/u.test(body.slice(open + 1, closeAt))) {
      addCompany(scan, declared, body.slice(open + 1, closeAt), range[0], range[1]);
      return i;
    }
  }
  // "Lumora şirkəti", "Zirvə klubunun": Azerbaijani puts the noun after the name, quoted or not.
  const pointing = cues.pointingWords;
  const bare = pointing && !before && !t.cap ? unquotedNameBefore(scan, declared, i, pointing) : null;
  if (bare !== null) return bare;
  // After the noun: компания «X».
  const q = quotedAfter(body, t.end);
  const range = q ? tokensWithin(scan, q.start, q.end) : null;
  if (q && range && !scan.covered[range[0]] && /^\p{Lu}/u.test(body.slice(q.start, q.end))) {
    // "движение «Талибан»": a movement is named with its noun; later bare mentions join it.
    if (cues.movementNoun?.(t.lower)) {
      const name = body.slice(q.start, q.end);
      const key = `company:${cues.movementNoun(t.lower)} «${name}»`;
      scan.add({ key, form: key.slice(8), kind: 'named', first: i, last: range[1], anaphor: false });
      declare(declared, name, key, 'named');
      return range[1];
    }
    // "компания «Варна Шиппинг» ЕАД": a legal form after the closing mark belongs to the name.
    const legal = tokens[range[1] + 1];
    if (
      legal &&
      LEGAL_FORMS_AFTER.has(legal.base) &&
      /^[ \t\u00a0]+$/u.test(body.slice(q.close, legal.start))
    ) {
      addCompany(
        scan,
        declared,
        `${body.slice(q.start - 1, legal.start)}${legal.base}`,
        range[0],
        range[1] + 1,
      );
      return range[1] + 1;
    }
    addCompany(scan, declared, body.slice(q.start, q.end), range[0], range[1]);
    return range[1];
  }
  // "партию СПГ" is a batch of LNG, "движение" traffic: these nouns take a name only in quote marks.
  if (/^(?:парти|движени|объединени)/u.test(t.lower)) return null;
  return unquotedNameAfterNoun(scan, declared, i);
}

/** A capitalised name right before the noun, not a place nor a word in the genitive (an owner). */
function unquotedNameBefore(
  scan: OrgScan,
  declared: NameIndex,
  i: number,
  pointing: ReadonlySet<string>,
): number | null {
  const { tokens, body, covered } = scan;
  const j = i - 1;
  if (!tokens[j]?.cap || covered[j] || !sameLine(tokens, j, i, body)) return null;
  let first = nameRunBefore(scan, j);
  if (first === null) return null;
  // "şirkətin" alone is the bare noun ("Tədarükçü şirkətin", the supplier company's); a name takes
  // the possessive ("Lumora şirkətinin").
  const noun = tokens[i]?.lower ?? '';
  if (noun.endsWith('n') && !/n[ıiuü]n$/u.test(noun)) return null;
  // At a sentence's start a capital proves nothing ("Tikinti şirkəti", "Futbolçular Zirvə klubunun"):
  // the word is the name's only if it is written with one mid-sentence elsewhere.
  const word = tokens[first]?.text;
  const opens = first === 0 || tokens[first - 1]?.sentence !== tokens[first]?.sentence;
  if (opens && !tokens.some((x, k) => k > 0 && x.text === word && tokens[k - 1]?.sentence === x.sentence)) {
    if (first === j) return null;
    first++;
  }
  // "Hökumətin şirkəti": a genitive owns the company, it does not name it; "Bu şirkət" points back.
  const lower = itemAt(tokens, j).lower;
  if (/[ıiuü]n$|[-’']/u.test(lower) || (first === j && pointing.has(lower))) return null;
  addCompany(scan, declared, writtenToBase(body, tokens, first, j), first, j);
  return i;
}

/**
 * "компания DP World", "газета Financial Times", "издания РБК": after a company's or outlet's noun,
 * a name in another script than the text's, or an acronym, is the name even without quote marks.
 */
function unquotedNameAfterNoun(
  scan: OrgScan,
  declared: NameIndex,
  i: number,
  kind: 'company' | 'outlet' = 'company',
): number | null {
  const { tokens, body, covered } = scan;
  const foreign = (k: number): boolean => {
    const x = tokens[k];
    return x?.cap === true && scan.cues.foreignScriptWord?.test(x.text) === true;
  };
  const n = tokens[i + 1];
  if (!n || covered[i + 1] || !sameLine(tokens, i, i + 1, body)) return null;
  const acronym = !foreign(i + 1) && /^\p{Lu}[\p{Lu}\p{N}]{1,5}$/u.test(n.text);
  if (!acronym && !foreign(i + 1)) return null;
  let last = i + 1;
  while (!acronym && last < i + 4 && foreign(last + 1) && sameLine(tokens, last, last + 1, body)) last++;
  // "Hanbit Shipping Co., Ltd.": legal forms close the name, after a dot or a comma.
  const legalNext = (k: number): boolean =>
    LEGAL_FORMS_AFTER.has(tokens[k + 1]?.base ?? '') &&
    /^\.?,?[ \t\u00a0]+$/u.test(body.slice(itemAt(tokens, k).end, itemAt(tokens, k + 1).start));
  while (!acronym && last < i + 7 && legalNext(last)) last++;
  const form = body.slice(n.start, itemAt(tokens, last).end);
  if (kind === 'company') addCompany(scan, declared, form, i + 1, last);
  else {
    scan.add({ key: `agency:${form}`, form, kind, first: i + 1, last, anaphor: false });
    declare(declared, form, `agency:${form}`, kind);
  }
  return last;
}

/**
 * "сообщает РБК", "пишет Financial Times", "(По материалам «Восток-Медиа»)": the outlet named right
 * after a reporting verb, bare when it is an acronym or in another script, or in quote marks.
 */
export function outletAfterVerb(scan: OrgScan, declared: NameIndex, i: number): number | null {
  const { tokens, body } = scan;
  const t = tokens[i];
  if (!t || t.cap || !scan.cues.outletVerbsBefore.has(t.lower)) return null;
  const q = quotedAfter(body, t.end);
  const range = q ? tokensWithin(scan, q.start, q.end) : null;
  if (q && range && !scan.covered[range[0]] && /^\p{Lu}/u.test(body.slice(q.start, q.end))) {
    const form = body.slice(q.start, q.end);
    scan.add({
      key: `agency:${form}`,
      form,
      kind: 'outlet',
      first: range[0],
      last: range[1],
      anaphor: false,
    });
    declare(declared, form, `agency:${form}`, 'outlet');
    return range[1];
  }
  return unquotedNameAfterNoun(scan, declared, i, 'outlet');
}
