/**
 * Organisation rules for names that end in a head noun carrying suffixes (Azerbaijani "Müdafiə
 * Nazirliyinin", "Mərkəzi Bankın", "Gürcüstan Dəmir Yolunun"): where the name begins, how its head is
 * named in the nominative, movements before their lower-case noun, and a lone head referring back.
 */
import { matchPlace } from './gazetteer.ts';
import { packFor } from '../languages/index.ts';
import { LEGAL_FORMS_AFTER } from './data/orgs.ts';
import { sameLine, type OrgScan } from './org-scan.ts';
import { writtenToBase } from './tokenize.ts';
import { itemAt } from './item-at.ts';
import { FIRST_PERSON } from '../languages/data/speech.ts';

/** Heads inflected by suffix: "Müdafiə Nazirliyinin" → "Müdafiə Nazirliyi"; a lone "Nazirliyin" refers back. */
export function suffixedHead(scan: OrgScan, i: number): number | null {
  const { tokens, body, cues, covered } = scan;
  const t = tokens[i];
  const head = t ? headAt(scan, i) : null;
  if (!t || head === null) return null;
  const bare = t.cap ? cues.bareHeads.get(t.lower) : undefined;
  // "Mərkəzi Bankın", "Vətəndaş Cəmiyyətinə Dəstək Agentliyi": a head in the nominative or an oblique
  // case opening a longer name is not its end.
  if (t.cap && (t.lower === head || t.lower === bare?.bare || oblique(t.lower)) && headAhead(scan, i))
    return null;
  // "Ələt Liman Xidmətləri", "İdarə Heyəti": a bare head with a name going on after it is inside that name.
  if (
    bare &&
    t.lower === bare.bare &&
    tokens[i + 1]?.cap &&
    sameLine(tokens, i, i + 1, body) &&
    !headAt(scan, i + 1)
  )
    return null;
  // "“Kapital Bank” ASC": a quoted name is read with its noun or legal form.
  if (/^[”»"]/u.test(body.slice(t.end, t.end + 1))) return null;
  let first = i;
  // "Türkiyənin Nəqliyyat … Nazirliyi": a place in the genitive owns the body, it is not in its name.
  const ownerInGenitive = (k: number): boolean =>
    (tokens[k]?.lower.length ?? 0) > 4 &&
    packFor(scan.language).analysis.roles.ownerCase.test(tokens[k]?.lower ?? '') &&
    matchPlace(tokens, k, scan.language) !== null &&
    !nominativePlace(scan, k);
  // "Bankın İdarə …": a head with a case ending closes a name, it never opens the next one.
  const inflectedHead = (k: number): boolean => {
    const h = headAt(scan, k);
    const w = tokens[k]?.lower ?? '';
    return h !== null && w !== h && w !== cues.bareHeads.get(w)?.bare && !w.includes(' ') && !oblique(w);
  };
  const joins = (k: number): boolean =>
    cues.nameConnectors.has(tokens[k]?.lower ?? '') && tokens[k - 1]?.cap === true;
  while (
    first > 0 &&
    i - first < 5 &&
    (tokens[first - 1]?.cap || joins(first - 1)) &&
    !covered[first - 1] &&
    sameLine(tokens, first - 1, first, body) &&
    !tokens[first - 1]?.lower.includes('’') &&
    !ownerInGenitive(first - 1) &&
    !inflectedHead(first - 1)
  )
    first--;
  while (first < i && cues.nameConnectors.has(tokens[first]?.lower ?? '')) first++;
  if (first + 1 < i && outsideName(scan, first)) first++;
  // "“QazMunayQaz” Milli Şirkəti": a quoted name opening the name, marks kept.
  const quoted = first < i ? quotedOpening(scan, first) : null;
  if (quoted) first = quoted.first;
  if (first < i && t.cap) {
    const from = quoted?.at ?? itemAt(tokens, first).start;
    // "Baş Prokurorluğun" → "Baş Prokurorluq": a bare head is named in its own nominative.
    const word = bare ? `${t.base.charAt(0)}${bare.bare.slice(1)}` : t.base.slice(0, head.length);
    let form = `${body.slice(from, t.start)}${word}`;
    // A legal form after the name belongs to it: "Azərbaycan Dəmir Yolları QSC".
    const next = tokens[i + 1];
    const legal =
      next && sameLine(tokens, i, i + 1, body)
        ? cues.nameBases(next.base).find((b) => LEGAL_FORMS_AFTER.has(b))
        : undefined;
    if (legal) form = `${body.slice(from, t.end)} ${legal}`;
    const kind = head === 'nazirliyi' ? 'ministry' : 'named';
    scan.add({ key: form, form, kind, first, last: legal ? i + 1 : i, anaphor: false });
    return legal ? i + 1 : i;
  }
  // In lower case with a place in the genitive before it, a body named as written: "Rusiyanın mərkəzi
  // bankı", "İranın xarici işlər nazirliyinin" (the az "Iran's foreign ministry").
  // So is one with a place it stands in ("Azərbaycanın Tbilisidəki Səfirliyi", "… ABŞ-dakı səfirliyi").
  const standsIn = (k: number): boolean =>
    ownerInGenitive(k) && /(?:dakı|dəki)$/u.test(tokens[k]?.lower ?? '');
  if (!t.cap || first === i) {
    let k = i - 1;
    while (
      k > i - 7 &&
      tokens[k] &&
      (!tokens[k]?.cap || standsIn(k)) &&
      !(t.cap && !standsIn(k)) &&
      sameLine(tokens, k, k + 1, body)
    )
      k--;
    if (k < i - 1 && ownerInGenitive(k) && sameLine(tokens, k, k + 1, body)) {
      const form = `${body.slice(itemAt(tokens, k).start, t.start)}${t.base.slice(0, head.length)}`;
      scan.add({
        key: form,
        form,
        kind: head === 'nazirliyi' ? 'ministry' : 'named',
        first: k,
        last: i,
        anaphor: false,
      });
      return i;
    }
  }
  if (!t.cap) {
    const movement = movementName(scan, i);
    if (movement !== null) return movement;
  }
  const bareWord = cues.bareHeads.get(t.lower)?.bare;
  const prior = scan.lastWhere((o) => {
    const name = o.name.toLowerCase();
    // "Hərəkatın" after "Ənsarullah hərəkatı": the head may stand only in the mention.
    const lastWord = o.text.toLowerCase().split(/\s+/).at(-1) ?? '';
    return (
      name.endsWith(head) ||
      (bareWord !== undefined && name.endsWith(bareWord)) ||
      cues.headForms.get(lastWord) === head
    );
  });
  if (prior) scan.add({ key: prior.key, form: '', kind: prior.kind, first: i, last: i, anaphor: true });
  return i;
}

/**
 * The first word of a sentence before a place that opens a name is the sentence's, not the name's
 * ("Layihə Asiya İnkişaf Bankının", "Hökmdən Bakı Apellyasiya Məhkəməsinə"), unless it is an
 * adjective that opens names ("Şərqi Çin Liman … Şirkəti").
 */
function outsideName(scan: OrgScan, k: number): boolean {
  const { tokens, language } = scan;
  const t = tokens[k];
  if (!t || (k > 0 && tokens[k - 1]?.sentence === t.sentence)) return false;
  // "Biz Ali Məhkəməyə …", "Onlar Milli Məclisə …": a pronoun opening the sentence is its subject.
  const { attribution } = packFor(language).analysis;
  if (
    FIRST_PERSON.has(t.lower) ||
    attribution.personPronouns.has(t.lower) ||
    attribution.groupPronouns.has(t.lower)
  )
    return true;
  if (packFor(language).analysis.names.nameOpeningAdjectives.has(t.base)) return false;
  const next = matchPlace(tokens, k + 1, language);
  return next !== null && next.demonymOf === null && next.entry !== null;
}

/**
 * A movement or armed group named before its lower-case noun ("Ənsarullah hərəkatı", "Həmas
 * hərəkatının"): the organisation is the name; a place before the noun ("Pakistan ordusu") is not one.
 */
function movementName(scan: OrgScan, i: number): number | null {
  const { tokens, body, cues, covered, language } = scan;
  const t = tokens[i];
  if (!t || !cues.groupHeads.has(t.lower)) return null;
  let first = i;
  while (
    first > i - 3 &&
    tokens[first - 1]?.cap &&
    !covered[first - 1] &&
    sameLine(tokens, first - 1, first, body) &&
    !matchPlace(tokens, first - 1, language)
  )
    first--;
  if (first === i) return null;
  const form = writtenToBase(body, tokens, first, i - 1);
  scan.add({ key: form, form, kind: 'named', first, last: i, anaphor: false });
  return i;
}

/** A word in the dative, locative or ablative ("Cəmiyyətinə", "Minalardan"): it may stand inside a name. */
const oblique = (lower: string): boolean => /(?:[aə]|d[aə]n?)$/u.test(lower);

/**
 * A place named in the nominative though its name ends like a genitive ("Laçın rayon xəstəxanası"):
 * without that ending it is no place, where "Rusiyanın" without it is "Rusiya".
 */
function nominativePlace(scan: OrgScan, k: number): boolean {
  const t = scan.tokens[k];
  if (!t) return false;
  const stems = [/n[ıiuü]n$/u, /[ıiuü]n$/u, /d[aə]k[ıi]$/u]
    .map((re) => t.base.replace(re, ''))
    .filter((x) => x !== t.base && x.length > 1);
  if (stems.length === 0) return false;
  return stems.every(
    (stem) =>
      matchPlace(
        [{ ...t, text: stem, base: stem, lower: stem.toLocaleLowerCase('az') }],
        0,
        scan.language,
      ) === null,
  );
}

/** The first token and opening mark of a quoted name that ends right before token k, or null. */
function quotedOpening(scan: OrgScan, k: number): { first: number; at: number } | null {
  const { tokens, body } = scan;
  const prev = tokens[k - 1];
  if (!prev || !/^[”»"][ \t\u00a0]+$/u.test(body.slice(prev.end, itemAt(tokens, k).start))) return null;
  const line = body.slice(Math.max(0, prev.start - 40), prev.start);
  const open = Math.max(line.lastIndexOf('“'), line.lastIndexOf('«'), line.lastIndexOf('"'));
  if (open < 0 || line.slice(open).includes('\n')) return null;
  const at = Math.max(0, prev.start - 40) + open;
  let first = k - 1;
  while (first > 0 && (tokens[first - 1]?.start ?? -1) > at) first--;
  return /^\p{Lu}/u.test(tokens[first]?.text ?? '') ? { first, at } : null;
}

/** The head an organisation's name ends in at token i, in any case, or null ("Bankın" → "bankı"). */
function headAt(scan: OrgScan, i: number): string | null {
  const { tokens, cues } = scan;
  const t = tokens[i];
  if (!t) return null;
  const one = cues.headForms.get(t.lower) ?? (t.cap ? cues.bareHeads.get(t.lower)?.head : undefined);
  if (one !== undefined) return one;
  // Two-word heads ("Dəmir Yolunun"): only with the word they need before them.
  const prev = tokens[i - 1];
  return prev && sameLine(tokens, i - 1, i, scan.body)
    ? (cues.headForms.get(`${prev.lower} ${t.lower}`) ?? null)
    : null;
}

/** A capitalised run after token i reaches another head within three words. */
function headAhead(scan: OrgScan, i: number): boolean {
  // "Bakı Apellyasiya Məhkəməsi Sumqayıt Şəhər Mərkəzi Xəstəxanasının": a place after a head in its
  // nominative opens the next body's name; the head closes its own.
  const after = matchPlace(scan.tokens, i + 1, scan.language);
  if (after !== null && after.demonymOf === null && scan.tokens[i]?.lower === headAt(scan, i)) return false;
  for (let k = i + 1; k <= i + 3; k++) {
    if (!scan.tokens[k]?.cap || scan.covered[k] || !sameLine(scan.tokens, k - 1, k, scan.body)) return false;
    if (headAt(scan, k) !== null) return true;
  }
  return false;
}
