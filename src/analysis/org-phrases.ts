/**
 * Organisation rules that read a name from its shape: capitalised words ending in a head noun
 * ("Russian Security Council", "Council of Europe"), a movement or armed group ("Houthi movement"),
 * a declining name with its head in any case, named in the nominative ("Объединённой судостроительной
 * корпорации" → "Объединённая судостроительная корпорация"), and acronyms defined in brackets,
 * whose later uses are mentions ("Shanghai Cooperation Organisation (SCO)", "… завод (ВКСЗ)").
 */
import { isFunctionWord, isMonthOrWeekday } from './lexicon.ts';
import { matchPlace } from './gazetteer.ts';
import {
  ACRONYM_SKIP,
  GROUP_HEADS,
  HEADS_NAME_AFTER,
  LEGAL_FORMS_AFTER,
  ORG_CONNECTORS,
  ORG_DESCRIPTOR,
  ORG_HEADS,
} from './data/orgs.ts';
import { sameLine, type OrgKind, type OrgScan } from './org-scan.ts';
import { itemAt } from './item-at.ts';
import { tokensWithin } from './org-lists.ts';
import { portfolioList } from './org-portfolio.ts';
import { commonHeadOpening } from './org-head-opening.ts';
import { nameEndHead, personTail } from './org-name-ends.ts';

/** Connectors after which a place or a date ends the name ("the Embassy in Baku", "the Council on Monday"). */
const LOCATIVE = new Set(['in', 'on', 'at']);

export function capitalisedPhrases(scan: OrgScan): void {
  const { tokens, body, language, covered } = scan;
  const isHead = (k: number): boolean => {
    const h = tokens[k];
    return h?.cap === true && (ORG_HEADS.has(h.lower) || LEGAL_FORMS_AFTER.has(h.base));
  };
  const placeAt = (k: number): boolean => {
    const m = matchPlace(tokens, k, language);
    return m !== null && m.demonymOf === null && m.length === 1;
  };
  const dateOrPlace = (k: number): boolean =>
    isMonthOrWeekday(tokens[k]?.lower ?? '') || matchPlace(tokens, k, language) !== null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || covered[i] || !t.cap) continue;
    let j = i;
    while (j + 1 < tokens.length) {
      const cur = tokens[j];
      const next = tokens[j + 1];
      if (!cur || !next || covered[j + 1] || cur.possessive) break;
      // "Kazakh Grain Exporters' Union": a plural possessive inside the name.
      const pluralPossessive =
        next.cap &&
        cur.sentence === next.sentence &&
        /s$/.test(cur.base) &&
        /^['’][ \t\u00a0]+$/.test(body.slice(cur.end, next.start));
      if (!pluralPossessive && !sameLine(tokens, j, j + 1, body)) break;
      if (next.cap) {
        if (isMonthOrWeekday(next.lower)) break;
        // A complement that is a place closes the name: "Central Bank of Azerbaijan Rauf Sultanli".
        if (['of', 'for', 'in', 'on', 'at'].includes(tokens[j - 1]?.lower ?? '') && placeAt(j)) break;
        j++;
        continue;
      }
      if (
        ORG_CONNECTORS.has(next.lower) &&
        tokens[j + 2]?.cap &&
        !covered[j + 2] &&
        sameLine(tokens, j + 1, j + 2, body)
      ) {
        if (isHead(j) && LOCATIVE.has(next.lower) && dateOrPlace(j + 2)) break;
        if (isMonthOrWeekday(tokens[j + 2]?.lower ?? '')) break;
        j += 2;
        continue;
      }
      break;
    }
    j = portfolioList(scan, i, j, isHead);
    let first = i;
    // "In September the Ministry of …": a date word opening the run is not in the name.
    while (
      first <= j &&
      (isFunctionWord(tokens[first]?.lower ?? '') ||
        tokens[first]?.lower === 'the' ||
        isMonthOrWeekday(tokens[first]?.lower ?? '') ||
        ORG_DESCRIPTOR.test(tokens[first]?.lower ?? ''))
    )
      first++;
    // Two names joined by "and": "the Port of Aktau and Khazar Ferry Lines" (but not "Organization
    // for Security and Co-operation in Europe", whose second half has no head of its own).
    for (let k = first + 1; k < j; k++) {
      if (tokens[k]?.lower !== 'and' && tokens[k]?.text !== '&') continue;
      let left = false;
      let right = false;
      for (let x = first; x < k; x++) left ||= isHead(x);
      for (let x = k + 1; x <= j; x++) right ||= isHead(x);
      if (left && right) {
        j = k - 1;
        break;
      }
    }
    let head = -1;
    for (let k = first; k <= j; k++) if (isHead(k)) head = k;
    const endHead = head < 0 ? nameEndHead(tokens, first, j) : -1;
    if (endHead >= 0) head = endHead;
    const after = tokens[j + 1];
    if (head < 0 && after && !after.cap && GROUP_HEADS.has(after.lower) && sameLine(tokens, j, j + 1, body)) {
      // "the Houthi movement", "the Azov battalion": not a place's or a people's name.
      if (first <= j && !matchPlace(tokens, first, language) && tokens[first - 1]?.sentence === t.sentence)
        head = j + 1;
    }
    if (head >= 0) {
      let last =
        endHead < 0 && head < j && ORG_CONNECTORS.has(tokens[head + 1]?.lower ?? '')
          ? personTail(scan, head + 1, j)
          : head;
      // "State Concern Türkmengaz": the company's own word after its head, unless a person's name.
      if (last === head && head < j && HEADS_NAME_AFTER.has(itemAt(tokens, head).lower))
        last = Math.max(head, personTail(scan, head, j));
      const a = tokens[first];
      const b = tokens[last];
      if (a && b && last > first) {
        const form = body.slice(a.start, b.start) + b.base;
        scan.add({ key: form, form, kind: 'named', first, last, anaphor: false });
      }
      i = Math.max(j, last);
      continue;
    }
    i = j;
  }
}

/** Russian verb and infinitive endings: such a word after a head is the clause's, not the name's. */
const RU_VERB_LIKE = /(?:л|ла|ло|ли|ет|ёт|ит|ут|ют|ат|ят|ть|ти|ся|сь)$/u;

/** Names whose head declines, with their adjectives before it (the pack's nominativeOrgName). */
export function decliningPhrases(scan: OrgScan): void {
  const { tokens, body, covered, cues } = scan;
  const nominative = cues.nominativeOrgName;
  if (!nominative) return;
  const isHeadWord = (k: number): boolean => nominative([tokens[k]?.lower ?? '']) !== null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || covered[i] || !t.cap) continue;
    let h = i;
    while (
      h < i + 3 &&
      !isHeadWord(h) &&
      tokens[h + 1]?.cap === false &&
      !covered[h + 1] &&
      sameLine(tokens, h, h + 1, body)
    )
      h++;
    if (!isHeadWord(h)) continue;
    // Complements, as the pack reads them ("России", "Азербайджанской Республики", "безопасности").
    let last = h;
    const complementAt = (k: number): boolean => {
      const nx = tokens[k];
      if (!nx || covered[k] || !sameLine(tokens, k - 1, k, body)) return false;
      return (
        cues.isOrgComplement(nx.base, tokens[k - 1]?.lower) ||
        (nx.cap && matchPlace(tokens, k, scan.language) !== null)
      );
    };
    // "Федерация футбола Узбекистана", "Академия наук Армении": a field noun the pack does not read
    // as a genitive, when a place in the genitive follows it.
    const fieldBeforePlace = (k: number): boolean => {
      const w = tokens[k];
      const place = tokens[k + 1];
      return (
        w !== undefined &&
        place !== undefined &&
        !w.cap &&
        w.lower.length > 3 &&
        place.cap &&
        // "Армении" may be a dative after a verb ("выдал Армении"); "Узбекистана" is only a genitive.
        (RU_VERB_LIKE.test(w.lower) ? /[ая]$/u.test(place.lower) : /[аяиы]$/u.test(place.lower)) &&
        sameLine(tokens, k - 1, k, body) &&
        complementAt(k + 1)
      );
    };
    let span = 5;
    while (last - h < span) {
      // Up to five words: "Совет сотрудничества арабских государств Персидского залива".
      if (complementAt(last + 1)) last++;
      // "морского и речного транспорта", "реконструкции и развития": complements joined by "и".
      else if (
        last > h &&
        cues.nameConnectors.has(tokens[last + 1]?.lower ?? '') &&
        !/\p{Lu}/u.test(tokens[last + 2]?.text.charAt(0) ?? '') &&
        !isHeadWord(last + 2) && // "… Кыргызстана и организация «…»": another name
        complementAt(last + 2) &&
        sameLine(tokens, last, last + 1, body)
      ) {
        last += 2;
        span = 6;
      } else if (fieldBeforePlace(last + 1)) last += 2;
      else break;
    }
    // A name never ends in a preposition ("агентство по" before a word that is no complement).
    while (last > h && /^\p{Ll}{1,2}$/u.test(itemAt(tokens, last).lower)) last--;
    // A lone head with nothing to name it ("Компания заявила") is a common noun, unless it is a name itself.
    const proper = h === i && (cues.properHead?.(t.lower) ?? false);
    if (last === i && !proper) continue;
    if (h === i && !proper && commonHeadOpening(scan, i, last)) continue;
    const words = tokens.slice(i, last + 1).map((x) => x.base);
    const nom = nominative(words);
    if (!nom) continue;
    let form = body.slice(t.start, itemAt(tokens, last).end);
    for (let k = words.length - 1; k >= 0; k--) {
      const x = itemAt(tokens, i + k);
      const rel = x.start - t.start;
      form = form.slice(0, rel) + itemAt(nom, k) + form.slice(rel + x.text.length);
    }
    // "Городской больнице № 7": the number is part of the name.
    const numbered = /^[ \t\u00a0]*№[ \t\u00a0]*\d+/u.exec(body.slice(itemAt(tokens, last).end));
    if (numbered) {
      form += numbered[0];
      const end = itemAt(tokens, last).end + numbered[0].length;
      while ((tokens[last + 1]?.end ?? Infinity) <= end) last++;
    }
    scan.add({ key: form, form, kind: 'named', first: i, last, anaphor: false });
    i = last;
  }
}

const ACRONYM = /^[ \t\u00a0]*\([ \t\u00a0]*(\p{Lu}[\p{Lu}\p{N}]{1,7})[ \t\u00a0]*\)/u;

/** Whether the words' initials spell the acronym ("Volga-Caspian Shipbuilding Plant" = VCSP). */
function initialsSpell(words: readonly string[], acronym: string): boolean {
  const letters = words
    .filter((w) => !ACRONYM_SKIP.has(w.toLowerCase()))
    .map((w) =>
      w
        .split('-')
        .map((p) => p.charAt(0))
        .join(''),
    )
    .join('')
    .toLocaleUpperCase();
  const whole = words
    .filter((w) => !ACRONYM_SKIP.has(w.toLowerCase()))
    .map((w) => w.charAt(0))
    .join('')
    .toLocaleUpperCase();
  return letters === acronym || whole === acronym;
}

/**
 * "Pakistan Şanxay Əməkdaşlıq Təşkilatının (ŞƏT)": when the name's words do not spell its acronym
 * but its last words do, the words before them (a country, a first word; no parent's "OSCE") are outside it.
 */
function trimToAcronym(scan: OrgScan, o: (typeof scan.out)[number], acronym: string): void {
  const { tokens, body } = scan;
  const words = (from: number): string[] => tokens.slice(from, o.last + 1).map((x) => x.base);
  const parent =
    /^\p{Lu}{2,}$/u.test(itemAt(tokens, o.first).base) && initialsSpell(words(o.first + 1), acronym);
  if (o.last - o.first < 2 || parent || initialsSpell(words(o.first), acronym)) return;
  for (let first = o.first + 1; first <= o.first + 2 && first < o.last; first++) {
    // A name does not open with a connector ("In Korea the National … (NRC)").
    if (!tokens[first]?.cap || !initialsSpell(words(first), acronym)) continue;
    const dropped = body.slice(o.start, itemAt(tokens, first).start);
    if (!o.form.startsWith(dropped)) return;
    const form = o.form.slice(dropped.length);
    for (let k = o.first; k < first; k++) scan.covered[k] = 0;
    if (o.key === o.form) o.key = form;
    o.form = form;
    o.name = form;
    o.first = first;
    o.start = itemAt(tokens, first).start;
    o.text = body.slice(o.start, o.end);
    return;
  }
}

/**
 * "China National Petroleum Corporation (CNPC)": a name read after a place ("National Petroleum
 * Corporation") whose acronym spells one or two capitalised words before it takes them in.
 */
function extendBackToAcronym(scan: OrgScan, o: (typeof scan.out)[number], acronym: string): void {
  const { tokens, body, covered } = scan;
  const words = (from: number): string[] => tokens.slice(from, o.last + 1).map((x) => x.base);
  if (initialsSpell(words(o.first), acronym)) return;
  for (let first = o.first - 1; first >= o.first - 2 && first >= 0; first--) {
    if (!tokens[first]?.cap || covered[first] || !sameLine(tokens, first, o.first, body)) return;
    if (!initialsSpell(words(first), acronym)) continue;
    const lead = body.slice(itemAt(tokens, first).start, o.start);
    if (o.key === o.form) o.key = lead + o.form;
    o.form = lead + o.form;
    o.name = o.form;
    for (let k = first; k < o.first; k++) covered[k] = 1;
    o.first = first;
    o.start = itemAt(tokens, first).start;
    o.text = body.slice(o.start, o.end);
    return;
  }
}

const NAME_RUN_TO_ACRONYM =
  /^((?:[ \t\u00a0]+(?:of|the|and|for|\p{Lu}[\p{L}'’-]*))+?)[ \t\u00a0]*\((\p{Lu}[\p{Lu}\p{N}]{1,7})\)/u;

/**
 * "State Oil Company of the Republic of Azerbaijan (SOCAR)": a name another rule cut before a place
 * runs on, in capitalised words and connectors, to the acronym in brackets that begins with its
 * first letter; the bracket shows where the name ends.
 */
function extendToAcronym(scan: OrgScan, o: (typeof scan.out)[number]): void {
  const { tokens, body } = scan;
  const m = NAME_RUN_TO_ACRONYM.exec(body.slice(o.end, o.end + 80));
  const run = m?.[1];
  const acronym = m?.[2];
  if (!run || !acronym || /^\s*(?:and|the)\b/u.test(run) || !/\p{Lu}/u.test(run)) return;
  if (
    o.form
      .replace(/^the\s+/iu, '')
      .charAt(0)
      .toLocaleUpperCase() !== acronym.charAt(0)
  )
    return;
  const end = o.end + run.length;
  let last = o.last;
  while ((tokens[last + 1]?.end ?? Infinity) <= end) last++;
  if (last === o.last || !sameLine(tokens, o.first, last, body)) return;
  const tail = body.slice(o.end, end);
  for (let k = o.last + 1; k <= last; k++) scan.covered[k] = 1;
  if (o.key === o.form) o.key = o.form + tail;
  o.form += tail;
  o.name = o.form;
  o.last = last;
  o.end = end;
  o.text = body.slice(o.start, end);
}

/**
 * "(SCO)" after a name: the acronym is that organisation's, and so are its later uses. Where no rule
 * read a name before the brackets, words whose initials spell the acronym are the name.
 */
export function definedAcronyms(scan: OrgScan): void {
  const { tokens, body, covered, cues } = scan;
  const acronyms = new Map<string, { key: string; kind: (typeof scan.out)[number]['kind']; at: number }>();
  for (const o of [...scan.out]) {
    if (!o.anaphor) extendToAcronym(scan, o);
    const m = ACRONYM.exec(body.slice(o.end, o.end + 14));
    if (!m || o.anaphor) continue;
    const acronym = m[1] ?? '';
    trimToAcronym(scan, o, acronym);
    extendBackToAcronym(scan, o, acronym);
    if (!acronyms.has(acronym)) acronyms.set(acronym, { key: o.key, kind: o.kind, at: o.start });
  }
  for (const m of body.matchAll(/\((\p{Lu}[\p{Lu}\p{N}]{1,7})\)/gu)) {
    const acronym = m[1] ?? '';
    const k = tokensWithin(scan, m.index, m.index + 1 + acronym.length)?.[1];
    // An acronym some rule read alone ("ОТГ" as a listed or reporting name) can still be defined here.
    const alone = scan.out.some((o) => o.first === k && o.last === k);
    if (acronyms.has(acronym) || k === undefined || (covered[k] && !alone)) continue;
    const end = k - 1;
    for (let n = 1; n <= acronym.length + 3; n++) {
      const first = end - n + 1;
      if (first < 0 || !sameLine(tokens, first, end, body) || !tokens[first]?.cap) continue;
      const words = tokens.slice(first, end + 1).map((x) => x.base);
      if (!initialsSpell(words, acronym) || words.some((_, x) => covered[first + x])) continue;
      const nom = cues.nominativeOrgName?.(words) ?? words;
      const form = nom.join(' ');
      scan.add({ key: form, form, kind: 'named', first, last: end, anaphor: false });
      acronyms.set(acronym, { key: form, kind: 'named', at: tokens[first].start });
      break;
    }
  }
  if (acronyms.size === 0) return;
  // A listed acronym defined here ("Shanghai Cooperation Organisation (SCO)") is this organisation.
  for (const o of scan.out) {
    // "DTX-nin" read as an outlet or a listed name is the body its acronym was defined for.
    const a = cues
      .nameBases(o.text)
      .map((b) => acronyms.get(b))
      .find((x) => x !== undefined);
    if (a && o.start > a.at) {
      o.key = a.key;
      o.form = '';
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || covered[i] || !t.cap) continue;
    const a = cues
      .nameBases(t.base)
      .map((b) => acronyms.get(b))
      .find((x) => x !== undefined);
    if (a && t.start > a.at)
      scan.add({ key: a.key, form: '', kind: a.kind, first: i, last: i, anaphor: false });
  }
}

/**
 * "ОДКБ" early in the article and "Организации Договора о коллективной безопасности" later: an
 * acronym read as a name and, elsewhere, words whose initials spell it are one organisation, named
 * by the words. The words must look like a name: two capitals, or a head noun.
 */
export function spelledOutAcronyms(scan: OrgScan): void {
  const { tokens, covered, language } = scan;
  const seen = new Set<string>();
  for (const o of [...scan.out]) {
    if (o.anaphor || o.first !== o.last || !ACRONYM_WORD.test(o.text) || seen.has(o.text)) continue;
    seen.add(o.text);
    if (scan.out.some((x) => x.key === o.key && x.form.includes(' '))) continue;
    // A name some rule already read ("Türk Dövlətləri Təşkilatının") takes the acronym's mentions.
    const named = scan.out.find(
      (x) =>
        x.key !== o.key && !x.anaphor && x.form.includes(' ') && initialsSpell(x.form.split(/\s+/u), o.text),
    );
    if (named) {
      const old = o.key;
      for (const x of scan.out) if (x.key === old) x.key = named.key;
      continue;
    }
    spellOut(scan, o.text, o.key, o.kind);
  }
  // An acronym no rule read ("BSEC") is a name once the text spells it out somewhere.
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || covered[k] || !ACRONYM_WORD.test(t.text) || seen.has(t.text)) continue;
    seen.add(t.text);
    if (matchPlace(tokens, k, language)) continue;
    // Spelled by a name some rule already read ("Организации черноморского …" for ОЧЭС): that name.
    const named = scan.out.find(
      (x) => !x.anaphor && x.form.includes(' ') && initialsSpell(x.form.split(/\s+/u), t.text),
    );
    if (!named && !spellOut(scan, t.text, t.text, 'named')) continue;
    const key = named?.key ?? t.text;
    for (let j = 0; j < tokens.length; j++)
      if (!covered[j] && tokens[j]?.text === t.text)
        scan.add({
          key,
          form: t.text,
          kind: named?.kind ?? 'named',
          first: j,
          last: j,
          anaphor: false,
        });
  }
}

const ACRONYM_WORD = /^\p{Lu}[\p{Lu}\p{N}]{2,6}$/u;

/** Adds every run of words that spells the acronym and looks like a name; whether it found one. */
function spellOut(scan: OrgScan, acronym: string, key: string, kind: OrgKind): boolean {
  const { tokens, covered, cues } = scan;
  let found = false;
  for (let first = 0; first < tokens.length; first++) {
    const t = tokens[first];
    if (!t?.cap || covered[first] || t.text.charAt(0).toLocaleUpperCase() !== acronym.charAt(0)) continue;
    const spelled = spellingRun(scan, first, acronym);
    if (spelled === null) continue;
    const words = tokens.slice(first, spelled + 1).map((x) => x.base);
    const nominative = cues.nominativeOrgName?.(words) ?? null;
    const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    const head = (words.at(-1) ?? '').toLowerCase();
    // A head noun makes it a name; else all words capitalised, and not just a sentence's first words
    // ("Вчера Тимур Бекмамбетов" spells ВТБ).
    const opens = first === 0 || tokens[first - 1]?.sentence !== t.sentence;
    const headed = nominative !== null || ORG_HEADS.has(head) || cues.headForms.has(head);
    if (!headed && (opens || capitals < words.filter((w) => !ACRONYM_SKIP.has(w.toLowerCase())).length))
      continue;
    const form = (nominative ?? words).join(' ');
    scan.add({ key, form, kind, first, last: spelled, anaphor: false });
    found = true;
    first = spelled;
  }
  return found;
}

/** The last token of a run from `first` whose initials spell the acronym, or null. */
function spellingRun(scan: OrgScan, first: number, acronym: string): number | null {
  const { tokens, body, covered } = scan;
  for (let last = first + 1; last <= first + acronym.length + 2 && last < tokens.length; last++) {
    if (covered[last] || !sameLine(tokens, first, last, body)) return null;
    if (ACRONYM_SKIP.has(tokens[last]?.lower ?? '')) continue;
    if (
      initialsSpell(
        tokens.slice(first, last + 1).map((x) => x.base),
        acronym,
      )
    )
      return last;
  }
  return null;
}
