/**
 * People found through a role: written in front of the name ("Russian Deputy Foreign Minister
 * Mikhail Galuzin", "министр энергетики Казахстана Нурлан Абдикаримов", "SOCAR-ın vitse-prezidenti
 * Aydın Talıbov"), as an appositive before it ("his Japanese counterpart, Taro Ono,"), or after it
 * ("Игорь Веденеев, заместитель председателя правления", "Jordan Havel, the energy spokesman of …").
 */
import { matchPlace } from './gazetteer.ts';
import { isFunctionWord } from './lexicon.ts';
import { PORTFOLIOS } from './data/orgs.ts';
import type { PeopleScan } from './people-scan.ts';
import { itemAt } from './item-at.ts';

const PORTFOLIO_WORDS = new Set(PORTFOLIOS.flatMap((p) => p.words));
const COMPLEMENT_PREPS = new Set(['to', 'of', 'for', 'at', 'in']);
/** The closing mark for each opening one ("«" → "»", '"' → '"'). */
const CLOSING: Readonly<Record<string, string>> = { '«': '»', '„': '“', '“': '”', '"': '"' };
/** Spaces, with at most one quote mark or bracket: "танкера «Кама Стар» Виталий", "(ЧБК) Олег". */
const LOOSE = /^[ \t\u00a0]*[«»“”"()]?[ \t\u00a0]*$/u;

/** The role head at token h, in the pack's titles or title stems. */
export function isTitle(scan: PeopleScan, h: number): boolean {
  const t = scan.tokens[h];
  const { roles } = scan.cues;
  if (!t) return false;
  if (roles.titles.has(t.lower)) return true;
  // A stem with case endings, not a derived noun ("nümayəndəlik" is an office, not a representative).
  return roles.titleStems.some(
    (s) => t.lower.startsWith(s) && !/^l[iıuü][kq]/u.test(t.lower.slice(s.length)),
  );
}

/** English roles: modifiers and an owner before the head, a complement after it, then the name. */
export function rolesBefore(scan: PeopleScan): void {
  const { tokens, body, language, blocked, cues, spaced } = scan;
  const { roles, speechVerbs } = cues;
  const isOwnRoleWord = (lower: string): boolean =>
    roles.titles.has(lower) || roles.modifiers.has(lower) || roles.honorifics.has(lower);
  for (let h = 0; h < tokens.length; h++) {
    const head = tokens[h];
    if (!head || !roles.titles.has(head.lower)) continue;
    let start = h;
    while (start > 0) {
      const prev = tokens[start - 1];
      if (
        !prev ||
        !spaced(start - 1, start) ||
        !isOwnRoleWord(prev.lower) ||
        roles.honorifics.has(prev.lower)
      )
        break;
      if (head.cap && !prev.cap) break;
      start--;
    }
    const owner = tokens[start - 1];
    if (owner && owner.cap && spaced(start - 1, start)) {
      const m = matchPlace(tokens, start - 1, language);
      if (
        (m && m.length === 1 && (m.demonymOf !== null || owner.possessive)) ||
        (blocked[start - 1] && (owner.possessive || /^\p{Lu}+$/u.test(owner.base)))
      )
        start--;
    }
    // Complement: "to Russia", "of Foreign Affairs", "of the Central Bank of Azerbaijan".
    let end = h;
    const prep = tokens[h + 1];
    if (prep && COMPLEMENT_PREPS.has(prep.lower) && spaced(h, h + 1)) {
      let k = h + 2;
      if (tokens[k]?.lower === 'the' && spaced(h + 1, k)) k++;
      const m = matchPlace(tokens, k, language);
      if (m && m.entry && spaced(k - 1, k)) end = k + m.length - 1;
      else {
        let e = k;
        while (
          tokens[e] &&
          (blocked[e] || (tokens[e]?.cap && PORTFOLIO_WORDS.has(tokens[e]?.lower ?? ''))) &&
          (spaced(e - 1, e) ||
            (e > k &&
              tokens[e - 1]?.sentence === tokens[e]?.sentence &&
              LOOSE.test(body.slice(itemAt(tokens, e - 1).end, itemAt(tokens, e).start))))
        )
          e++;
        if (e > k) end = e - 1;
      }
    }
    const roleFirst = tokens[start];
    const roleLast = tokens[end];
    const next = tokens[end + 1];
    if (!roleFirst || !roleLast || !next) continue;
    const role = body.slice(roleFirst.start, roleLast.end);
    const gap = body.slice(roleLast.end, next.start);
    if (roleLast.sentence !== next.sentence) continue;
    if (/^[ \t\u00a0]+$/.test(gap)) {
      const n = scan.nameAt(end + 1);
      if (n > 0) {
        scan.addPerson(end + 1, end + n, role, start, 'role');
        h = end + n;
      }
    } else if (/^,[ \t\u00a0]+$/.test(gap)) {
      // An appositive: "his Japanese counterpart, Taro Ono, said".
      const n = scan.nameAt(end + 1);
      const after = body.slice(tokens[end + n]?.end ?? 0, (tokens[end + n]?.end ?? 0) + 2);
      const verbAfter = speechVerbs.has(tokens[end + n + 1]?.lower ?? '');
      if (n >= 2 && (/^[,.;)]/.test(after) || verbAfter)) {
        scan.addPerson(end + 1, end + n, role, start, 'role');
        h = end + n;
      }
    }
  }
}

/** Russian and Azerbaijani roles: title, then the name (complements before or after the title). */
export function inflectedRolesBefore(scan: PeopleScan): void {
  const { tokens, body, language, blocked, cues, spaced } = scan;
  const { roles } = cues;
  const loose = (a: number, b: number): boolean =>
    tokens[a]?.sentence === tokens[b]?.sentence &&
    LOOSE.test(body.slice(tokens[a]?.end ?? 0, tokens[b]?.start ?? 0));
  /** Before an Azerbaijani title: not a time word, and a place or organisation only in the genitive. */
  const azComplement = (k: number): boolean => {
    const t = tokens[k];
    if (!t || roles.timeWords.has(t.lower)) return false;
    return !blocked[k] || roles.ownerCase.test(t.lower);
  };
  for (let h = 0; h < tokens.length; h++) {
    if (!isTitle(scan, h)) continue;
    let start = h;
    if (roles.complements === 'before') {
      while (
        start > 0 &&
        h - start < 3 &&
        spaced(start - 1, start) &&
        !scan.isNameToken(start - 1) &&
        !/\d/.test(tokens[start - 1]?.text ?? '') &&
        azComplement(start - 1)
      )
        start--;
      while (start < h && isFunctionWord(itemAt(tokens, start).lower)) start++;
    } else {
      // "официальный представитель", "российский посол", "первый заместитель".
      while (start > 0 && h - start < 3) {
        const prev = tokens[start - 1];
        if (
          !prev ||
          !spaced(start - 1, start) ||
          (prev.cap && prev.sentence === tokens[start - 2]?.sentence) ||
          !(roles.modifiers.has(prev.lower) || matchPlace(tokens, start - 1, language)?.demonymOf)
        )
          break;
        start--;
      }
    }
    // Russian roles run on with genitives, organisations and places: "министр иностранных дел России",
    // "капитан танкера «Кама Стар»", "директор ООО «…» (ЧБК)".
    let end = h;
    if (roles.complements === 'genitive-after') {
      while (end - h < 9 && loose(end, end + 1)) {
        const nx = tokens[end + 1];
        if (!nx) break;
        // A quoted name (a ship's, a company's) is part of the role: "капитан танкера «Кама Стар» Виталий Демченко".
        // An opening mark stands right before the word ('Глава "Транснефти"'), a closing one after the last.
        const open = /[«“„"]$/u.exec(body.slice(itemAt(tokens, end).end, nx.start))?.[0];
        if (open) {
          const close = body.indexOf(CLOSING[open] ?? '”', nx.start);
          const before = end;
          while (close > 0 && (tokens[end + 1]?.end ?? Infinity) <= close) end++;
          // No closing mark (or nothing inside it): the role ends here, never loops.
          if (end === before) break;
          continue;
        }
        // A first name that is also a place opens the name ("директор порта Руслан Гаджиметов").
        if (scan.placeFirstName(end + 1)) break;
        // A verb or a preposition ends the role: "министр провёл переговоры с послом …".
        if (!nx.cap && !isTitle(scan, end + 1) && roles.runOnStop?.(nx.lower)) break;
        // A place of several words is one complement ("Республики Корея").
        const place = matchPlace(tokens, end + 1, language);
        if (place && place.length > 1) {
          end += place.length;
          continue;
        }
        // Two names back to back: the first is an organisation's, in the role ("директор Global Ports Тимур Ахмедов").
        const here = nx.cap ? scan.nameAt(end + 1) : 0;
        if (here >= 2 && scan.spaced(end + here, end + here + 1) && scan.nameAt(end + here + 1) >= 2) {
          end += here;
          continue;
        }
        // A capitalised genitive with a name still after it belongs to the role ("Российской Федерации Г. Н. Артемьев").
        const capComplement = cues.orgs.isOrgComplement(nx.base) && scan.nameAt(end + 2) >= 2;
        if (
          !nx.cap ||
          bodyBeforeGivenName(scan, end + 1) ||
          blocked[end + 1] ||
          matchPlace(tokens, end + 1, language) ||
          isTitle(scan, end + 1) ||
          capComplement ||
          scan.nameAt(end + 1) < 2
        )
          end++;
        else break;
      }
    }
    const appositive =
      tokens[end + 1]?.sentence === tokens[end]?.sentence &&
      /^,[ \t\u00a0]+$/.test(body.slice(tokens[end]?.end ?? 0, tokens[end + 1]?.start ?? 0));
    if (!tokens[end + 1] || !(loose(end, end + 1) || appositive)) continue;
    const n = scan.nameAt(end + 1);
    // After a comma only a whole name set off again counts: "onun türkiyəli həmkarı, Mehmet Emin Yalçınkaya,".
    if (appositive && (n < 2 || !/^[ \t\u00a0]*[,.;)]/u.test(body.slice(tokens[end + n]?.end ?? 0))))
      continue;
    if (n >= 2) {
      const a = tokens[start];
      const b = tokens[end];
      if (a && b) scan.addPerson(end + 1, end + n, body.slice(a.start, b.end), start, 'role', h);
      h = end + n;
    }
  }
}

/** A known given name, in any case ("Алмаз", "Алмаза"). */
function givenName(scan: PeopleScan, k: number): boolean {
  const { names } = scan.cues;
  const base = scan.tokens[k]?.base ?? '';
  return names.firstNames.has(base) || names.surnameBases(base).some((b) => names.firstNames.has(b));
}

/**
 * "директор Кыргызгидромета Алмаз Токтогулов": one capitalised word that is no given name (nor a
 * family name written first), with a given name opening a whole name right after it, is the body
 * or place the role belongs to, not the start of the person's name.
 */
function bodyBeforeGivenName(scan: PeopleScan, k: number): boolean {
  const t = scan.tokens[k];
  if (!t?.cap || givenName(scan, k) || scan.cues.names.familyFirstNames?.has(t.base)) return false;
  if (!scan.spaced(k, k + 1) || scan.nameAt(k + 1) !== 2) return false;
  if (givenName(scan, k + 1)) return true;
  // The words of a name share its case: a genitive in "-а/-я" before a man's name in the nominative
  // (a consonant, then "-ов", "-ин", "-ский") is not part of it.
  const first = scan.tokens[k + 1]?.lower ?? '';
  const last = scan.tokens[k + 2]?.lower ?? '';
  return (
    /\p{Script=Cyrillic}[ая]$/u.test(t.lower) &&
    /[бвгджзклмнпрстфхцчшщ]$/u.test(first) &&
    /(?:ов|ев|ёв|ин|ын|ский|цкий)$/u.test(last)
  );
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their']);

/**
 * A role after the name, set off by a comma: "Игорь Веденеев, заместитель председателя правления",
 * "Jordan Havel, the energy spokesman of the opposition". The role runs to the next punctuation.
 */
export function rolesAfter(scan: PeopleScan): void {
  const { tokens, body, cues, inPerson } = scan;
  for (let i = 0; i < tokens.length; i++) {
    if (inPerson[i] || !(scan.isNameToken(i) || scan.nameAt(i) >= 2)) continue;
    const n = scan.nameAt(i);
    // A surname alone may carry the role after it too ("Лавров, глава МИД России").
    if (n < 2 && !(n === 1 && cues.names.surnameShape.test(itemAt(tokens, i).lower))) continue;
    const last = i + n - 1;
    const comma = tokens[last + 1];
    if (
      !comma ||
      comma.sentence !== itemAt(tokens, last).sentence ||
      !/^,[ \t\u00a0]+$/.test(body.slice(itemAt(tokens, last).end, comma.start))
    ) {
      i = last;
      continue;
    }
    let k = last + 1;
    while (k < last + 3 && DETERMINERS.has(tokens[k]?.lower ?? '')) k++;
    let title = -1;
    for (let x = k; x < k + 4 && tokens[x]; x++) {
      if (isTitle(scan, x) && !itemAt(tokens, x).cap) {
        title = x;
        break;
      }
      if (x > k && !scan.spaced(x - 1, x)) break;
    }
    if (
      title < 0 ||
      (cues.roles.complements !== 'preposition-after' &&
        title !== k &&
        !cues.roles.modifiers.has(tokens[k]?.lower ?? ''))
    ) {
      i = last;
      continue;
    }
    let end = title;
    while (end < title + 8) {
      const current = itemAt(tokens, end);
      const next = tokens[end + 1];
      if (!next || next.sentence !== current.sentence) break;
      if (!/^[ \t\u00a0«»"“”]*$/u.test(body.slice(current.end, next.start))) break;
      end++;
    }
    scan.addPerson(i, last, body.slice(comma.start, itemAt(tokens, end).end), i, 'role');
    i = last;
  }
}
