/**
 * What the people rules (people.ts and the people-*.ts modules) share: the person shape, the scan
 * they write into, and how a person's name is read from tokens — capitalised words, initials
 * ("K Raman", "J. D. Vance", "Г. Н. Артемьев"), particles ("bin", "Al", "van"), and first names
 * that are also places ("Jordan Havel") when a surname follows.
 */
import type { AnalysisCues } from '../languages/analysis-cues.ts';
import { packFor } from '../languages/index.ts';
import { EN_HONORIFICS, EN_ROLE_MODIFIERS, EN_ROLE_TITLES, RU_ROLE_TITLES } from '../languages/data/roles.ts';
import { matchPlace } from './gazetteer.ts';
import { isFirstName, isFunctionWord, isMonthOrWeekday } from './lexicon.ts';
import type { TextModel, Token } from './tokenize.ts';
import { baseName } from './base-form.ts';

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
export const EVIDENCE_ORDER: readonly PersonEvidence[] = ['role', 'speech', 'first-name', 'honorific'];

export interface Person {
  /** The name in its base form (nominative), whatever case the text used. */
  name: string;
  role: string | null;
  mentions: PersonMention[];
  evidence: PersonEvidence;
}

const NAME_SHAPE = /^\p{Lu}(?:[\p{Ll}\p{M}’'-]|\p{Lu}\p{Ll})[\p{L}\p{M}’'-]*$/u;
const INITIAL = /^\p{Lu}$/u;
const NAME_PARTICLES = new Set([
  'bin',
  'ibn',
  'al',
  'de',
  'van',
  'von',
  'der',
  'da',
  'di',
  'le',
  'la',
  'бин',
  'ибн',
  'аль',
  'эль',
  // European particles as Russian copy writes them ("Урсула фон дер Ляйен", "Лула да Силва").
  'фон',
  'дер',
  'де',
  'ван',
  'да',
  'ди',
  'ла',
  'ле',
  'дель',
]);

/** English and Russian role words are never names, whatever the text's language. */
const isRoleWord = (lower: string): boolean =>
  EN_ROLE_TITLES.has(lower) ||
  EN_ROLE_MODIFIERS.has(lower) ||
  EN_HONORIFICS.has(lower) ||
  RU_ROLE_TITLES.has(lower);

/** A particle ("bin", "фон"), or two ("фон дер"), with more of the name after it. */
function particleBeforeName(
  tokens: readonly Token[],
  k: number,
  isNameToken: (i: number) => boolean,
): boolean {
  if (!NAME_PARTICLES.has(tokens[k]?.lower ?? '')) return false;
  return isNameToken(k + 1) || (NAME_PARTICLES.has(tokens[k + 1]?.lower ?? '') && isNameToken(k + 2));
}

/** Names keep to one script: "DP World Салем" is an organisation's word, then a name. */
function scriptOf(text: string): string {
  return /\p{Script=Cyrillic}/u.test(text) ? 'cyrl' : /\p{Script=Latin}/u.test(text) ? 'latn' : 'other';
}

/** A first name, by the pack's lists, with a surname-shaped word after it where it is not a place's too. */
function firstNameBeforeSurname(cues: AnalysisCues, tokens: readonly Token[], i: number): boolean {
  const base = tokens[i]?.base ?? '';
  if (cues.names.placeFirstNames.has(base)) return true;
  if (!cues.names.surnameShape.test(tokens[i + 1]?.lower ?? '')) return false;
  // In any case: "министра Арарата Мирзояна".
  return cues.names.surnameBases(base).some((b) => cues.names.firstNames.has(b));
}

/** A known first name, not itself surname-shaped, right after a surname-shaped word. */
function nextPersonOpens(cues: AnalysisCues, tokens: readonly Token[], k: number): boolean {
  const { surnameShape, firstNames } = cues.names;
  const t = tokens[k];
  const prev = tokens[k - 1];
  if (!t || !prev || !surnameShape.test(prev.lower) || surnameShape.test(t.lower)) return false;
  return firstNames.has(t.base);
}

/**
 * A surname-shaped word after a known given name closes the name: the next word, of no surname's
 * shape, is not part of it.
 */
function surnameClosesName(cues: AnalysisCues, tokens: readonly Token[], k: number): boolean {
  const { surnameShape, firstNames } = cues.names;
  const t = tokens[k];
  const prev = tokens[k - 1];
  const given = tokens[k - 2];
  if (!t || !prev || !given || !firstNames.has(given.base)) return false;
  return surnameShape.test(prev.lower) && !surnameShape.test(t.lower) && !firstNames.has(t.base);
}

/** Words that are never part of a person's name, however capitalised. */
function neverInName(cues: AnalysisCues, t: Token): boolean {
  if (isRoleWord(t.lower) || isMonthOrWeekday(t.lower) || cues.names.suffixedWord.test(t.text)) return true;
  if (cues.englishLexicon && isFunctionWord(t.lower)) return true;
  if (cues.names.nameOpeningAdjectives.has(t.base)) return true;
  // A verb of saying opening the sentence ("Сообщила Марина Иванова"), unless also a first name ("Said").
  if (!cues.speechVerbs.has(t.lower) || t.lower.length < 5 || cues.names.firstNames.has(t.base)) return false;
  return !(cues.englishLexicon && isFirstName(t.lower));
}

export interface PeopleScan {
  model: TextModel;
  tokens: readonly Token[];
  body: string;
  language: string;
  cues: AnalysisCues;
  blocked: Uint8Array;
  inPerson: Uint8Array;
  people: Map<string, Person>;
  /** Only spaces between two tokens of one sentence. */
  spaced: (a: number, b: number) => boolean;
  isNameToken(i: number): boolean;
  /** A first name that is also a place, with a surname after it ("Jordan Havel", "Руслан Гаджиметов"). */
  placeFirstName(i: number): boolean;
  /** How many tokens from i make a name (1–6 with initials and particles; a possessive ends it). */
  nameAt(i: number, max?: number): number;
  addPerson(
    nameFirst: number,
    nameLast: number,
    role: string | null,
    mentionStart: number,
    evidence: PersonEvidence,
    /** The token that sets the name's case (a role noun); by default the word before the mention. */
    governor?: number,
  ): void;
}

export function newPeopleScan(model: TextModel, blocked: Uint8Array): PeopleScan {
  const { tokens, body, language } = model;
  const cues = packFor(language).analysis;
  const people = new Map<string, Person>();
  const inPerson = new Uint8Array(tokens.length);
  const gap = (a: number, b: number, re: RegExp): boolean => {
    const x = tokens[a];
    const y = tokens[b];
    return (
      x !== undefined && y !== undefined && x.sentence === y.sentence && re.test(body.slice(x.end, y.start))
    );
  };
  const spaced = (a: number, b: number): boolean => gap(a, b, /^[ \t\u00a0]+$/);

  // Each token's answer is kept: the rules ask about the same tokens many times (matchPlace is not cheap).
  const nameTokenCache = new Int8Array(tokens.length);
  const isNameToken = (i: number): boolean => {
    const cached = nameTokenCache[i];
    if (cached !== undefined && cached !== 0) return cached > 0;
    const yes = readNameToken(i);
    if (i >= 0 && i < tokens.length) nameTokenCache[i] = yes ? 1 : -1;
    return yes;
  };
  const readNameToken = (i: number): boolean => {
    const t = tokens[i];
    if (!t || !t.cap || blocked[i] || !NAME_SHAPE.test(t.base)) return false;
    if (neverInName(cues, t)) return false;
    return !matchPlace(tokens, i, language);
  };
  /**
   * "Jordan", "Sofiya" before a surname: a first name, though also a place; so is any known first
   * name the gazetteer also holds ("Руслан") when a word shaped like a surname follows.
   */
  const placeFirstName = (i: number): boolean =>
    firstNameBeforeSurname(cues, tokens, i) && spaced(i, i + 1) && isNameToken(i + 1);
  /** A single capital ("K", "J." "Г."), before more of the name. */
  const initial = (i: number): boolean =>
    INITIAL.test(tokens[i]?.text ?? '') && !blocked[i] && gap(i, i + 1, /^\.?[ \t\u00a0]+$/);

  const nameAtCache = new Int8Array(tokens.length).fill(-1);
  const nameAt = (i: number, max = 3): number => {
    if (max !== 3 || i < 0 || i >= tokens.length) return readNameAt(i, max);
    const cached = nameAtCache[i] ?? -1; // i is inside the cache: checked above
    if (cached !== -1) return cached;
    const n = readNameAt(i, max);
    nameAtCache[i] = n;
    return n;
  };
  const readNameAt = (i: number, max: number): number => {
    let n = 0;
    let counted = 0;
    let initials = 0;
    while (counted < max && n < 7) {
      const k = i + n;
      const t = tokens[k];
      if (!t) break;
      if (
        n > 0 &&
        !(spaced(k - 1, k) || (initials > 0 && initial(k - 1) && gap(k - 1, k, /^\.[ \t\u00a0]+$/)))
      )
        break;
      if (n > 0 && tokens[k - 1]?.possessive) break;
      if (n > 0 && scriptOf(t.text) !== scriptOf(tokens[i]?.text ?? '')) break;
      // "İlham Əliyev Rəşad Məmmədovla": after a first name and a surname, a first name opens the next person.
      if (counted >= 2 && nextPersonOpens(cues, tokens, k)) break;
      // "Fərid Abbasov Koçun namizədliyi": a given name and a surname make the name; a word of no
      // surname's shape after them is another person's or another name's, not a third part.
      if (counted >= 2 && surnameClosesName(cues, tokens, k)) break;
      if (initial(k) && (initial(k + 1) || isNameToken(k + 1))) {
        n++;
        initials++;
      } else if (n > 0 && particleBeforeName(tokens, k, isNameToken)) n++;
      // "al-Rashid", "аль-Хамад": the article joined to the last name by a hyphen.
      else if (
        n > 0 &&
        !blocked[k] &&
        /^(?:al|el|ad|ar|as|ash|at|az|an|аль|эль)-\p{Lu}\p{Ll}/u.test(t.text)
      ) {
        n++;
        counted++;
      } else if (isNameToken(k) || (n === 0 && placeFirstName(k))) {
        n++;
        counted++;
      } else break;
    }
    // A name does not end in an initial or a particle.
    while (n > 0 && (initial(i + n - 1) || NAME_PARTICLES.has(tokens[i + n - 1]?.lower ?? ''))) n--;
    return initials > 0 && counted === 0 ? 0 : n;
  };

  const addPerson = personAdder(model, people, inPerson);

  return {
    model,
    tokens,
    body,
    language,
    cues,
    blocked,
    inPerson,
    people,
    spaced,
    isNameToken,
    placeFirstName,
    nameAt,
    addPerson,
  };
}

/** Adds a mention of the person named by tokens nameFirst..nameLast, in the name's base form. */
function personAdder(
  model: TextModel,
  people: Map<string, Person>,
  inPerson: Uint8Array,
): PeopleScan['addPerson'] {
  const { tokens, body, language } = model;
  return (nameFirst, nameLast, role, mentionStart, evidence, governor = mentionStart - 1) => {
    const b = tokens[nameLast];
    const s = tokens[mentionStart];
    if (!b || !s || nameLast < nameFirst) return;
    for (let k = nameFirst; k <= nameLast; k++) if (inPerson[k]) return;
    const written = tokens.slice(nameFirst, nameLast + 1).map((t, i, all) => {
      if (i === all.length - 1) return t.base;
      return INITIAL.test(t.text) && body[t.end] === '.' ? `${t.text}.` : t.text;
    });
    const g = tokens[governor];
    const name = baseName(written, language, g?.sentence === s.sentence ? g.lower : null).join(' ');
    const p = people.get(name) ?? { name, role: null, mentions: [], evidence };
    if (p.role === null && role !== null) p.role = role;
    if (EVIDENCE_ORDER.indexOf(evidence) < EVIDENCE_ORDER.indexOf(p.evidence)) p.evidence = evidence;
    p.mentions.push({ start: s.start, end: b.end, text: body.slice(s.start, b.end), nameFirst, nameLast });
    people.set(name, p);
    for (let k = nameFirst; k <= nameLast; k++) inPerson[k] = 1;
  };
}
