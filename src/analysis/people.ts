/**
 * Step: people. Names found through a role written in front ("Russian Deputy Foreign Minister
 * Mikhail Galuzin") or as an appositive ("Azerbaijan’s Ambassador to Russia, Rahman Mustafayev"),
 * through a speech verb ("Anna Keller said", "said Anna Keller"), an honorific ("Ms Keller") or a
 * known first name; then later surname-only mentions ("Galuzin") tied to the person.
 */
import type { PersonFact } from './types.ts';
import { matchPlace } from './gazetteer.ts';
import type { TextModel, Token } from './tokenize.ts';
import { isFirstName, isFunctionWord, isMonthOrWeekday } from './lexicon.ts';
import { packFor } from '../languages/index.ts';
import { EN_HONORIFICS, EN_ROLE_MODIFIERS, EN_ROLE_TITLES, RU_ROLE_TITLES } from '../languages/data/roles.ts';
import { PORTFOLIOS } from './data/orgs.ts';
import { baseName, surnameBases } from './base-form.ts';

export interface PersonMention {
  start: number;
  end: number;
  text: string;
  /** First and last token of the name itself (not the role). */
  nameFirst: number;
  nameLast: number;
}

/** How a person was found, strongest first: the evidence their confidence is read from. */
export type PersonEvidence = 'role' | 'speech' | 'first-name' | 'honorific';

export interface Person {
  /** The name in its base form (nominative), whatever case the text used. */
  name: string;
  role: string | null;
  mentions: PersonMention[];
  evidence: PersonEvidence;
}

const NAME_SHAPE = /^\p{Lu}(?:[\p{Ll}\p{M}’'-]|\p{Lu}\p{Ll})[\p{L}\p{M}’'-]*$/u;
const PORTFOLIO_WORDS = new Set(PORTFOLIOS.flatMap((p) => p.words));
const NAME_PARTICLES = new Set(['bin', 'ibn', 'al', 'de', 'van', 'von', 'der', 'da', 'di', 'le', 'la']);
const COMPLEMENT_PREPS = new Set(['to', 'of', 'for', 'at', 'in']);

/** English and Russian role words are never names, whatever the text's language. */
const isRoleWord = (lower: string): boolean =>
  EN_ROLE_TITLES.has(lower) || EN_ROLE_MODIFIERS.has(lower) || EN_HONORIFICS.has(lower);

function spaced(body: string, a: Token | undefined, b: Token | undefined): boolean {
  return (
    a !== undefined &&
    b !== undefined &&
    a.sentence === b.sentence &&
    /^[ \t\u00a0]+$/.test(body.slice(a.end, b.start))
  );
}

export function findPeople(model: TextModel, blocked: Uint8Array): Person[] {
  const { tokens, body, language } = model;
  const cues = packFor(language).analysis;
  const { roles, speechVerbs } = cues;
  const people = new Map<string, Person>();
  const inPerson = new Uint8Array(tokens.length);

  /** The text's own role words, which extend an English role phrase leftwards. */
  const isOwnRoleWord = (lower: string): boolean =>
    roles.titles.has(lower) || roles.modifiers.has(lower) || roles.honorifics.has(lower);

  const isNameToken = (i: number): boolean => {
    const t = tokens[i];
    if (!t || !t.cap || blocked[i] || !NAME_SHAPE.test(t.base)) return false;
    if (isRoleWord(t.lower) || RU_ROLE_TITLES.has(t.lower) || isMonthOrWeekday(t.lower)) return false;
    if (cues.englishLexicon && isFunctionWord(t.lower)) return false;
    if (matchPlace(tokens, i, language)) return false;
    return true;
  };

  /** Name tokens starting at i (1–4 tokens on one line; a possessive ends the name). */
  const nameAt = (i: number, max = 3): number => {
    let n = 0;
    while (n < max + 1) {
      const k = i + n;
      const t = tokens[k];
      if (!t) break;
      if (n > 0 && !spaced(body, tokens[k - 1], t)) break;
      if (n > 0 && tokens[k - 1]?.possessive) break;
      if (isNameToken(k)) n++;
      else if (n > 0 && NAME_PARTICLES.has(t.lower) && isNameToken(k + 1)) n++;
      else break;
      if (n >= max) break;
    }
    return n;
  };

  const addPerson = (
    nameFirst: number,
    nameLast: number,
    role: string | null,
    mentionStart: number,
    evidence: PersonEvidence,
  ): void => {
    const a = tokens[nameFirst];
    const b = tokens[nameLast];
    const s = tokens[mentionStart];
    if (!a || !b || !s) return;
    for (let k = nameFirst; k <= nameLast; k++) if (inPerson[k]) return;
    const written = tokens
      .slice(nameFirst, nameLast + 1)
      .map((t, i, all) => (i === all.length - 1 ? t.base : t.text));
    const name = baseName(written, language).join(' ');
    const p = people.get(name) ?? { name, role: null, mentions: [], evidence };
    if (p.role === null && role !== null) p.role = role;
    if (EVIDENCE_ORDER.indexOf(evidence) < EVIDENCE_ORDER.indexOf(p.evidence)) p.evidence = evidence;
    p.mentions.push({ start: s.start, end: b.end, text: body.slice(s.start, b.end), nameFirst, nameLast });
    people.set(name, p);
    for (let k = nameFirst; k <= nameLast; k++) inPerson[k] = 1;
  };

  /**
   * A word that may stand before an Azerbaijani title as its complement: not a time word ("cümə
   * günü"), and a place or organisation only in the genitive or as "-dakı" ("Rusiyanın",
   * "Rusiyadakı"), so the subject of the sentence ("… Nazirliyi Rusiyanın səfiri") stays out.
   */
  const azRoleComplement = (k: number): boolean => {
    const t = tokens[k];
    if (!t || roles.timeWords.has(t.lower)) return false;
    return !blocked[k] || roles.ownerCase.test(t.lower);
  };

  if (roles.complements === 'preposition-after') findEnglish();
  else findInflected();
  linkSurnames();
  return [...people.values()].sort((x, y) => (x.mentions[0]?.start ?? 0) - (y.mentions[0]?.start ?? 0));

  function findEnglish(): void {
    for (let h = 0; h < tokens.length; h++) {
      const head = tokens[h];
      if (!head || !roles.titles.has(head.lower)) continue;
      // Role start: modifiers and titles, then an owner (demonym, "Azerbaijan’s", an organisation).
      let start = h;
      while (start > 0) {
        const prev = tokens[start - 1];
        if (
          !prev ||
          !spaced(body, prev, tokens[start]) ||
          !isOwnRoleWord(prev.lower) ||
          roles.honorifics.has(prev.lower)
        )
          break;
        if (head.cap && !prev.cap) break;
        start--;
      }
      const owner = tokens[start - 1];
      if (owner && owner.cap && spaced(body, owner, tokens[start])) {
        const m = matchPlace(tokens, start - 1, language);
        if (
          (m && m.length === 1 && (m.demonymOf !== null || owner.possessive)) ||
          (blocked[start - 1] && (owner.possessive || /^\p{Lu}+$/u.test(owner.base)))
        )
          start--;
      }
      // Complement: "to Russia", "of Foreign Affairs", "for Europe".
      let end = h;
      const prep = tokens[h + 1];
      if (prep && COMPLEMENT_PREPS.has(prep.lower) && spaced(body, head, prep)) {
        let k = h + 2;
        if (tokens[k]?.lower === 'the' && spaced(body, prep, tokens[k])) k++;
        const m = matchPlace(tokens, k, language);
        if (m && m.entry && spaced(body, tokens[k - 1], tokens[k])) end = k + m.length - 1;
        else {
          let e = k;
          while (
            tokens[e] &&
            (blocked[e] || (tokens[e]?.cap && PORTFOLIO_WORDS.has(tokens[e]?.lower ?? ''))) &&
            spaced(body, tokens[e - 1], tokens[e])
          )
            e++;
          if (e > k) end = e - 1;
        }
      }
      const roleFirst = tokens[start];
      const roleLast = tokens[end];
      if (!roleFirst || !roleLast) continue;
      const role = body.slice(roleFirst.start, roleLast.end);
      // Name right after the role, or after a comma (appositive).
      const next = tokens[end + 1];
      if (!next) continue;
      const gap = body.slice(roleLast.end, next.start);
      if (/^[ \t\u00a0]+$/.test(gap) && roleLast.sentence === next.sentence) {
        const n = nameAt(end + 1);
        if (n > 0) {
          addPerson(end + 1, end + n, role, start, 'role');
          h = end + n;
        }
      } else if (/^,[ \t\u00a0]+$/.test(gap) && roleLast.sentence === next.sentence) {
        const n = nameAt(end + 1);
        const after = body.slice(tokens[end + n]?.end ?? 0, (tokens[end + n]?.end ?? 0) + 2);
        const verbAfter = speechVerbs.has(tokens[end + n + 1]?.lower ?? '');
        if (n >= 2 && (/^[,.;)]/.test(after) || verbAfter)) {
          addPerson(end + 1, end + n, role, start, 'role');
          h = end + n;
        }
      }
    }
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t || inPerson[i]) continue;
      // Honorific + surname: "Ms Keller", "Dr. Aliyev".
      if (roles.honorifics.has(t.lower) && t.cap) {
        const n = nameAt(i + 1);
        if (n > 0 && tokens[i + 1] && tokens[i + 1]!.start - t.end <= 2)
          addPerson(i + 1, i + n, null, i, 'honorific');
        continue;
      }
      if (!isNameToken(i)) continue;
      const n = nameAt(i);
      if (n < 2) continue;
      const last = i + n - 1;
      const after = tokens[last + 1];
      const before = tokens[i - 1];
      const speechAfter = after && spaced(body, tokens[last], after) && speechVerbs.has(after.lower);
      const speechBefore = before && spaced(body, before, t) && speechVerbs.has(before.lower);
      const known = cues.englishLexicon && isFirstName(t.lower);
      if (speechAfter || speechBefore || known) {
        addPerson(i, last, null, i, speechAfter || speechBefore ? 'speech' : 'first-name');
        i = last;
      }
    }
  }

  /** Russian and Azerbaijani roles: title, then the name (complements before or after the title). */
  function findInflected(): void {
    for (let h = 0; h < tokens.length; h++) {
      const head = tokens[h];
      if (!head) continue;
      const isTitle = roles.titles.has(head.lower) || roles.titleStems.some((s) => head.lower.startsWith(s));
      if (!isTitle) continue;
      let start = h;
      // Azerbaijani roles put their complements first: "Azərbaycanın Rusiyadakı səfiri".
      if (roles.complements === 'before') {
        while (
          start > 0 &&
          h - start < 3 &&
          spaced(body, tokens[start - 1], tokens[start]) &&
          !isNameToken(start - 1) &&
          !/\d/.test(tokens[start - 1]?.text ?? '') &&
          azRoleComplement(start - 1)
        )
          start--;
        while (start < h && tokens[start] && isFunctionWord(tokens[start]!.lower)) start++;
      } else {
        // "официальный представитель", "российский посол", "первый заместитель".
        while (start > 0 && h - start < 3) {
          const prev = tokens[start - 1];
          if (
            !prev ||
            !spaced(body, prev, tokens[start]) ||
            (prev.cap && prev.sentence === tokens[start - 2]?.sentence) ||
            !(roles.modifiers.has(prev.lower) || matchPlace(tokens, start - 1, language)?.demonymOf)
          )
            break;
          start--;
        }
      }
      // Russian roles run on with genitives, organisations and places: "министр иностранных дел России",
      // "представитель МИД России", "глава администрации Шебекинского округа".
      let end = h;
      if (roles.complements === 'genitive-after') {
        while (end - h < 7 && spaced(body, tokens[end], tokens[end + 1])) {
          const nx = tokens[end + 1];
          if (!nx) break;
          if (
            !nx.cap ||
            blocked[end + 1] ||
            matchPlace(tokens, end + 1, language) ||
            roles.titles.has(nx.lower) ||
            nameAt(end + 1) < 2
          )
            end++;
          else break;
        }
      }
      const next = tokens[end + 1];
      if (!next || !spaced(body, tokens[end], next)) continue;
      const n = nameAt(end + 1);
      if (n >= 2) {
        const a = tokens[start];
        const b = tokens[end];
        if (a && b) addPerson(end + 1, end + n, body.slice(a.start, b.end), start, 'role');
        h = end + n;
      }
    }
    const verbs = speechVerbs;
    for (let i = 0; i < tokens.length; i++) {
      if (inPerson[i] || !isNameToken(i)) continue;
      const n = nameAt(i);
      if (n < 2) continue;
      const last = i + n - 1;
      const before = tokens[i - 1];
      const after = tokens[last + 1];
      if (
        (before && verbs.has(before.lower) && spaced(body, before, tokens[i])) ||
        (after && verbs.has(after.lower) && spaced(body, tokens[last], after))
      ) {
        addPerson(i, last, null, i, 'speech');
        i = last;
      }
    }
  }

  function linkSurnames(): void {
    const bySurname = new Map<string, Person>();
    for (const p of people.values()) {
      const m = p.mentions[0];
      const surname = p.name.split(' ').at(-1);
      if (m && surname && m.nameLast > m.nameFirst) bySurname.set(surname, p);
    }
    if (bySurname.size === 0) return;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t || inPerson[i] || !t.cap) continue;
      // "Галузину", "Беловой", "Mustafayevin": a surname in another case than the full name's.
      const p = surnameBases(t.base, language)
        .map((b) => bySurname.get(b))
        .find((x) => x !== undefined);
      if (!p) continue;
      p.mentions.push({ start: t.start, end: t.end, text: t.text, nameFirst: i, nameLast: i });
      inPerson[i] = 1;
    }
    for (const p of people.values()) p.mentions.sort((a, b) => a.start - b.start);
  }
}

const EVIDENCE_ORDER: readonly PersonEvidence[] = ['role', 'speech', 'first-name', 'honorific'];

export function personFacts(people: readonly Person[]): PersonFact[] {
  return people.map((p) => ({
    name: p.name,
    role: p.role,
    mentions: [...new Set(p.mentions.map((m) => m.text))],
  }));
}
