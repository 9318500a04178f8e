/**
 * People found without a role: next to a speech verb ("Anna Keller said", "said Anna Keller"), after
 * an honorific ("Ms Keller", "господин Ливанов"), by a known first name ("Nino Kapanadze") or, in
 * languages whose surnames have a shape, by it ("Elnarə Babayeva"); then later surname-only mentions
 * ("Galuzin", "Галузину") tied to the person, and one person kept as one entity when an inflected
 * full name was read apart ("Əl-Kuvarinin" and "Əl-Kuvari").
 */
import { isFirstName } from './lexicon.ts';
import { baseName, surnameBases } from './base-form.ts';
import type { PeopleScan, Person } from './people-scan.ts';
import { itemAt } from './item-at.ts';

/** Last words of buildings', venues' and firms' names ("Wang Fu Hotel", "Kim Tower"), not people's. */
const BUILDING =
  /^(?:hotel|tower|temple|palace|plaza|centre|center|road|street|avenue|bridge|port|airport|station|stadium|mall|group|bank|hall|university|school|hospital|company|corporation|motors|contest)$/u;

/** Particles that only a person's name holds ("son of"); "al" also opens outlets' names. */
const PATRONYMIC = new Set(['bin', 'ibn', 'bint', 'бин', 'ибн', 'бинт']);

export function namesByEvidence(scan: PeopleScan): void {
  const { tokens, cues, inPerson, spaced } = scan;
  const { roles, speechVerbs, names } = cues;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || inPerson[i]) continue;
    // Honorific + surname: "Ms Keller", "Dr. Aliyev", "господин Ливанов".
    if (roles.honorifics.has(t.lower)) {
      const n = scan.nameAt(i + 1);
      const next = tokens[i + 1];
      if (n > 0 && next && next.start - t.end <= 2) scan.addPerson(i + 1, i + n, null, i, 'honorific');
      if (n > 0) i += n;
      continue;
    }
    const n = scan.nameAt(i);
    if (n < 2) continue;
    const last = i + n - 1;
    const after = tokens[last + 1];
    const before = tokens[i - 1];
    const speech =
      (after !== undefined && spaced(last, last + 1) && speechVerbs.has(after.lower)) ||
      (before !== undefined && spaced(i - 1, i) && speechVerbs.has(before.lower));
    const first = t;
    const known =
      (cues.englishLexicon && isFirstName(first.lower)) ||
      names.firstNames.has(first.base) ||
      names.placeFirstNames.has(first.base) ||
      (names.familyFirstNames?.has(first.base) === true &&
        n <= 3 &&
        !BUILDING.test(itemAt(tokens, last).lower)) ||
      // "Abdulaziz bin Fahd al-Rashid": a patronymic particle inside the run makes it a person's name.
      tokens.slice(i + 1, last).some((x) => PATRONYMIC.has(x.lower)) ||
      // A known first name in another case ("с Анной Шмидт"): read with the words after it.
      names.firstNames.has(
        baseName([first.base, itemAt(tokens, last).base], scan.language, before?.lower)[0] ?? '',
      ) ||
      // A surname's shape, not after a sentence-opening word ("Позднее Евдокимову").
      (n === 2 &&
        names.surnameShape.test(itemAt(tokens, last).lower) &&
        first.sentence === tokens[i - 1]?.sentence);
    // An adjective opens an outlet's or a country's name, not a person's ("сообщает Новая Газета").
    const adjective = !names.firstNames.has(first.base) && (names.notGivenName?.test(first.lower) ?? false);
    if ((speech || known) && !adjective) scan.addPerson(i, last, null, i, speech ? 'speech' : 'first-name');
    // "Görüşdə Kənan Əliyev": a capitalised word opening the sentence before a known first name is not
    // the name's; the name is read again from the first name.
    else if (n > 2 && names.firstNames.has(itemAt(tokens, i + 1).base)) continue;
    i = last;
  }
}

/**
 * One person, one entity: a person whose name differs from another's only by the last word's case
 * ("Əbdülrəhman bin Fəhd Əl-Kuvarinin" beside "… Əl-Kuvari") is merged into the one whose last word
 * that case reads back to.
 */
export function mergeInflected(scan: PeopleScan): void {
  const { people, language, tokens } = scan;
  const into = (p: Person, target: Person): void => {
    target.mentions.push(...p.mentions);
    target.role ??= p.role;
    people.delete(p.name);
  };
  for (const p of [...people.values()]) {
    const words = p.name.split(' ');
    // The last word as written in each mention, read back through the pack's case endings.
    const written = new Set(p.mentions.map((m) => tokens[m.nameLast]?.base ?? ''));
    const bases = [...written].flatMap((w) => surnameBases(w, language));
    const target = bases
      .map((b) => people.get([...words.slice(0, -1), b].join(' ')))
      .find((q) => q !== undefined && q !== p);
    if (target) {
      into(p, target);
      continue;
    }
    // "Ms Pokorná", "господин Ливанов": a surname alone is the full name's person when there is one.
    if (words.length === 1) {
      const full = [...people.values()].find(
        (q) => q !== p && q.name.split(' ').length > 1 && bases.includes(q.name.split(' ').at(-1) ?? ''),
      );
      if (full) into(p, full);
    }
  }
}

/** A word that is a known given name in the pack or the lexicon: never a family name. */
function isGivenName(scan: PeopleScan, word: string): boolean {
  const { names, englishLexicon } = scan.cues;
  return (
    names.firstNames.has(word) ||
    names.placeFirstNames.has(word) ||
    (englishLexicon && isFirstName(word.toLowerCase())) ||
    /^\p{Lu}\.?$/u.test(word)
  );
}

/**
 * Later mentions by surname alone, in any case ("Galuzin", "Беловой", "Mustafayevin"), or by the
 * family name written first when the name opens with no known given name ("Хан" for "Хан Дон Сук",
 * "Чжана" for "Чжан Вэйминь").
 */
export function linkSurnames(scan: PeopleScan): void {
  const { tokens, people, inPerson, language } = scan;
  const bySurname = new Map<string, Person>();
  const byFamily = new Map<string, Person>();
  for (const p of people.values()) {
    const m = p.mentions[0];
    const words = p.name.split(' ');
    const surname = words.at(-1);
    // A surname alone links further mentions when a role vouched for it ("Лавров, глава МИД России").
    if (!m || !surname || (m.nameLast <= m.nameFirst && p.evidence !== 'role')) continue;
    bySurname.set(surname, p);
    const family = words[0] ?? '';
    if (words.length > 1 && !isGivenName(scan, family)) byFamily.set(family, p);
  }
  if (bySurname.size === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || inPerson[i] || !t.cap) continue;
    const bases = surnameBases(t.base, language);
    const p =
      bases.map((b) => bySurname.get(b)).find((x) => x !== undefined) ??
      (scan.isNameToken(i) ? bases.map((b) => byFamily.get(b)).find((x) => x !== undefined) : undefined);
    if (!p) continue;
    p.mentions.push({ start: t.start, end: t.end, text: t.text, nameFirst: i, nameLast: i });
    inPerson[i] = 1;
  }
  for (const p of people.values()) p.mentions.sort((a, b) => a.start - b.start);
}
