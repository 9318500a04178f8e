/**
 * Who the subject of a speech verb is, from its words [first, last]: a pronoun's person or group,
 * a person, organisation or capital named in it, a role's holder ("the foreign minister"), the
 * institution behind "the statement" or "the ministry", a group of sources, or — when none of these
 * — the subject's own words, cut to the name they open with ("Varga журналистам" → "Varga").
 */
import type { Gender } from '../languages/analysis-cues.ts';
import type { OrgMention } from './orgs.ts';
import type { Person } from './people.ts';
import { tokenAtOrAfter } from './tokenize.ts';
import {
  entityNear,
  gapHas,
  orgEntity,
  personEntity,
  placeEntity,
  phraseAt,
  type Entity,
  type SpeakerIndex,
  type SpeakerVia,
  CASE_SUFFIX,
} from './speaker-index.ts';
import {
  countriesIn,
  describedPerson,
  fullNameBySurname,
  genderOf,
  isRoleHead,
  lastRoleHolder,
  roleHolder,
} from './coreference.ts';
import { pronounPerson, roleAntecedent } from './speaker-main-subject.ts';
import { groupSpeaker, pronounGroup } from './speaker-groups.ts';
import { sourceSpeaker } from './speaker-sources.ts';
import {
  GENERIC_PERSONS,
  INSTITUTION_NOUNS,
  PROFESSION_ROLES,
  ROLE_ANAPHORS,
  STATEMENT_NOUNS,
} from '../languages/data/speech.ts';

export const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'this',
  'that',
  'in',
  'в',
]);
/** Determiners a literal subject is written without ("our Kazakh partners" → "Kazakh partners"). */
const LEADING = new Set([...DETERMINERS, 'our', 'my', 'your']);
const as = (e: Entity | null, via: SpeakerVia): Entity | null => (e ? { ...e, via } : null);

/** Stems of the nouns for a statement, in any case ("açıqlamada", "məlumatında", "сообщении"). */
const STATEMENT_STEMS =
  /^(?:statement|communiqu|açıqlama|məlumat|bəyanat|hesabat|müraciət|заявлени|сообщени|коммюнике)/u;
const OWNER_GAP = /^[ \t\u00a0]+$|^[’']s[ \t\u00a0]+$/u;

/**
 * The organisation owning a statement written before in the paragraph: "Nazirliyinin yaydığı
 * açıqlamada", "the ministry's statement", "AzerTelecom said in a statement", "в сообщении
 * Минэнерго", "a statement from the agency".
 */
function statementOwner(ix: SpeakerIndex, end: number, paragraph: number): Entity | null {
  const { tokens, body } = ix;
  const plain = (a: number, b: number): boolean =>
    OWNER_GAP.test(body.slice(tokens[a]?.end ?? 0, tokens[b]?.start ?? 0));
  for (let k = end - 1; k >= 0 && tokens[k]?.paragraph === paragraph; k--) {
    const t = tokens[k];
    if (!t || ix.quoted[k] || !STATEMENT_STEMS.test(t.lower)) continue;
    for (let j = k - 1; j >= k - 4 && j >= 0 && plain(j, j + 1); j--) {
      const o = ix.orgAt.get(j);
      if (o && o.last === j) return orgEntity(ix, o);
    }
    for (let j = k + 1; j <= k + 2 && plain(j - 1, j); j++) {
      const o = ix.orgAt.get(j);
      if (o && o.first === j) return orgEntity(ix, o);
      if (!['from', 'by', 'of'].includes(tokens[j]?.lower ?? '')) break;
    }
  }
  return null;
}

/**
 * The institution a "statement" belongs to: the source cited in the paragraph, else the owner of a
 * statement named there, else the last organisation.
 */
export function statementSource(ix: SpeakerIndex, offset: number, paragraph: number): Entity | null {
  const { tokens } = ix;
  let according: Entity | null = null;
  let lastInParagraph: Entity | null = null;
  let lastAnywhere: Entity | null = null;
  const end = tokenAtOrAfter(tokens, offset);
  for (let k = 0; k < end; k++) {
    const t = tokens[k];
    if (!t || ix.quoted[k]) continue;
    if (t.paragraph === paragraph) {
      for (const words of ix.cues.attribution.sourceBefore) {
        if (!phraseAt(ix, k, words)) continue;
        const e = entityNear(ix, k + words.length, 5);
        if (e) according = e;
      }
    }
    const o = ix.orgAt.get(k);
    if (o && o.first === k) {
      lastAnywhere = orgEntity(ix, o);
      if (t.paragraph === paragraph) lastInParagraph = lastAnywhere;
    }
  }
  return according ?? statementOwner(ix, end, paragraph) ?? lastInParagraph ?? lastAnywhere;
}

function lastOrgBefore(ix: SpeakerIndex, offset: number, noun: string | null): OrgMention | null {
  for (let i = ix.ctx.orgs.length - 1; i >= 0; i--) {
    const o = ix.ctx.orgs[i];
    if (o && o.start < offset && (noun === null || o.name.toLowerCase().includes(noun))) return o;
  }
  return null;
}

/** A pronoun standing alone as the subject. */
function pronounSubject(ix: SpeakerIndex, k: number, verbGender: Gender | null): Entity | null | undefined {
  const lower = ix.tokens[k]?.lower ?? '';
  const cue = ix.cues.attribution;
  if (cue.personPronouns.has(lower)) return pronounPerson(ix, k, cue.personPronouns.get(lower) ?? verbGender);
  if (cue.groupPronouns.has(lower)) {
    const group = pronounGroup(ix, k);
    if (group) return group;
    const org = lastOrgBefore(ix, ix.tokens[k]?.start ?? 0, null);
    return org ? as(orgEntity(ix, org), 'guess') : null;
  }
  if (cue.institutionPronouns.has(lower)) {
    const org = lastOrgBefore(ix, ix.tokens[k]?.start ?? 0, null);
    return org ? as(orgEntity(ix, org), 'pronoun') : null;
  }
  return undefined;
}

/** "the minister", "the foreign minister", "подчеркнула дипломат", "nazir": the role's holder. */
function roleSubject(
  ix: SpeakerIndex,
  first: number,
  last: number,
  verbGender: Gender | null,
): Entity | null {
  const { tokens } = ix;
  const b = tokens[last];
  if (!b || !(isRoleHead(ix, b.lower) || ROLE_ANAPHORS.has(b.lower) || GENERIC_PERSONS.has(b.lower)))
    return null;
  // "На вопрос … о конкуренции с Китаем японский министр ответил": a long run with no comma before
  // the verb ends with the subject; the role is its last words, lower case, up to three of them.
  if (last - first > 4) {
    let from = last;
    const modifier = (k: number): boolean =>
      !tokens[k]?.cap &&
      (ix.placeAt.has(k) ||
        ix.cues.roles.modifiers.has(tokens[k]?.lower ?? '') ||
        isRoleHead(ix, tokens[k]?.lower ?? ''));
    while (from > last - 2 && modifier(from - 1) && !gapHas(ix, from - 1, from, /[^ \t\u00a0]/u)) from--;
    first = from;
  }
  // Only a role on its own ("the foreign minister", "the Moldovan minister"), not a longer phrase
  // with a name in it; a country's name or adjective narrows the holder (roleHolder).
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    const plain =
      !t?.cap || isRoleHead(ix, t.lower) || ix.cues.roles.modifiers.has(t.lower) || ix.placeAt.has(k);
    if (!t || (k > first && !plain)) return null;
  }
  if (last - first > 4) return null;
  const holder = roleHolder(ix, first, last, verbGender);
  if (holder?.via === 'anaphor') return holder;
  // "Вице-министр назвал … «…», — подчеркнул чиновник": the person the sentence before is about.
  const subject = roleAntecedent(ix, first, b.lower, verbGender);
  if (subject) return subject;
  if (holder) return holder;
  // A profession with no holder by its head: the previous quote's speaker, if the gender fits.
  if (PROFESSION_ROLES.has(b.lower)) {
    const previous = ix.previous?.person;
    return previous && (verbGender === null || genderOf(ix, previous) !== (verbGender === 'f' ? 'm' : 'f'))
      ? personEntity(previous, 'guess')
      : null;
  }
  return ROLE_ANAPHORS.has(b.lower)
    ? lastRoleHolder(ix, b.start, verbGender, countriesIn(ix, first, last - 1))
    : null;
}

/** A name with a case ending after a hyphen or apostrophe ("Report-a", "APA-ya"): an addressee, not a subject. */
const SUFFIXED_NAME = new RegExp(`^\\p{Lu}[\\p{L}\\p{N}.]*${CASE_SUFFIX.source}`, 'u');

/** The person a lone surname (perhaps inflected) names: "Гвазава", "Pokorná", "Nəbiyevin". */
export function personBySurname(ix: SpeakerIndex, k: number): Entity | null {
  const t = ix.tokens[k];
  if (!t?.cap) return null;
  const forms = new Set([t.base, ...ix.cues.names.surnameBases(t.base)].map((w) => w.toLowerCase()));
  let found: Entity | null = null;
  let byFirst: Entity | null = null;
  for (const m of ix.mentions) {
    if (m.start >= t.start && found) break;
    const words = m.person.name.toLowerCase().split(/\s+/);
    if (words.length < 2) continue;
    if (forms.has(words[words.length - 1] ?? '')) found = personEntity(m.person);
    // Family name first ("Lyu Xaytao", "Хан Дон Сук"): the first word, when no surname fits.
    else if (forms.has(words[0] ?? '')) byFirst = personEntity(m.person);
  }
  return found ?? byFirst;
}

/**
 * The first unit of a subject followed by other words (after an inverted verb, or before a final
 * one): a pronoun, a role ("министр журналистам" → the minister), or a capitalised name cut before
 * an addressee ("Kapanadze jurnalistlərə", "Elşad Məmmədli APA-ya").
 */
function leadingUnit(
  ix: SpeakerIndex,
  a: number,
  end: number,
  verbGender: Gender | null,
): Entity | null | undefined {
  const { tokens } = ix;
  const t = tokens[a];
  if (!t) return null;
  const pronoun = pronounSubject(ix, a, verbGender);
  if (pronoun !== undefined) return pronoun;
  for (let h = a; h <= end && h < a + 3; h++) {
    const w = tokens[h]?.lower ?? '';
    if (isRoleHead(ix, w) || ROLE_ANAPHORS.has(w)) {
      const role = roleSubject(ix, a, h, verbGender);
      if (role) return role;
      break;
    }
    if (!ix.cues.roles.modifiers.has(w) && !ix.cues.roles.titles.has(w)) break;
  }
  return undefined;
}

/** The subject's own words, cut to the capitalised name they open with, if any. */
function literalSubject(ix: SpeakerIndex, first: number, last: number, cut: boolean): Entity {
  const { tokens, body } = ix;
  let end = last;
  while (end > first && ix.cues.attribution.subjectAdverbs.has(tokens[end]?.lower ?? '')) end--;
  let a = first;
  while (a < end && LEADING.has(tokens[a]?.lower ?? '')) a++;
  // "Ceyhun Bayramov jurnalistlərə …", "(сказал) Варга журналистам": the name, not the words after it.
  if (tokens[a]?.cap) {
    let e = a;
    while (
      e < end &&
      tokens[e + 1]?.cap &&
      !ix.orgAt.has(e + 1) &&
      !SUFFIXED_NAME.test(tokens[e + 1]?.base ?? '') &&
      /^[ \t\u00a0]+$/.test(body.slice(tokens[e]?.end ?? 0, tokens[e + 1]?.start ?? 0))
    )
      e++;
    if (e < end && (e > a || cut)) end = e;
    if (end - a <= 1) {
      const person = personBySurname(ix, end) ?? fullNameBySurname(ix, end);
      if (person) return person;
    }
  }
  const head = tokens[end];
  if (head && ix.cues.attribution.groupNouns.has(head.lower))
    return { speaker: groupSpeaker(ix, end), country: null, via: 'group', literal: true };
  // "– mənbə bildirib", "the source said": the source as first written in full.
  if (head && end - a <= 1) {
    const source = sourceSpeaker(ix, end);
    if (source) return source;
  }
  // "the hydrologist said": a lower-case noun describing someone named before.
  if (head && !head.cap && end - a <= 2) {
    const described = describedPerson(ix, end);
    if (described) return described;
  }
  const text = body.slice(tokens[a]?.start ?? 0, tokens[end]?.end ?? 0);
  return { speaker: text, country: null, via: 'literal', literal: true };
}

/** "Замглавы МИД назвал", "the head of the agency said": a role opening the subject, its organisation after it. */
function holderBeforeOrg(
  ix: SpeakerIndex,
  first: number,
  last: number,
  verbGender: Gender | null,
): Entity | null {
  for (let k = first; k <= last && k < first + 3; k++) {
    if (!isRoleHead(ix, ix.tokens[k]?.lower ?? '')) continue;
    // "chief engineer", "executive director": the role's head is its last role word.
    while (k < last && isRoleHead(ix, ix.tokens[k + 1]?.lower ?? '') && !ix.orgAt.has(k + 1)) k++;
    for (let j = k + 1; j <= last; j++)
      if (ix.orgAt.has(j)) return roleHolder(ix, first, k, verbGender, last);
    return null;
  }
  return null;
}

/**
 * "DTA sədri", "assosiasiya prezidenti", "the agency's chief": a role written after its
 * organisation (the last words of the subject) stands for the person holding it, when the article
 * names one; the organisation's words help pick the holder.
 */
function holderAfterOrg(
  ix: SpeakerIndex,
  first: number,
  last: number,
  verbGender: Gender | null,
): Entity | null {
  const { tokens } = ix;
  let head = last;
  while (head > first && ix.cues.attribution.subjectAdverbs.has(tokens[head]?.lower ?? '')) head--;
  if (ix.orgAt.has(head) || ix.personAt.has(head) || !isRoleHead(ix, tokens[head]?.lower ?? '')) return null;
  // The role's words run back to the organisation: "Xidmətin baş direktoru", "agency's chief".
  let k = head - 1;
  while (
    k >= first &&
    !ix.orgAt.has(k) &&
    (isRoleHead(ix, tokens[k]?.lower ?? '') || ix.cues.roles.modifiers.has(tokens[k]?.lower ?? ''))
  )
    k--;
  const o = ix.orgAt.get(k);
  if (!o || k < first || gapHas(ix, k, k + 1, /[,;:()—–]/u)) return null;
  const holder = roleHolder(ix, Math.max(first, o.first), head, verbGender);
  return holder?.person ? holder : null;
}

/** Words between a role and the institution it heads ("head of the agency"). */
const OF_WORDS = new Set(['of', 'the', 'its']);

/**
 * "глава ведомства", "the head of the agency", "the ministry's chief": a role with a common noun
 * for its institution stands for the person holding it, when the article names one.
 */
function holderOfInstitution(
  ix: SpeakerIndex,
  first: number,
  last: number,
  verbGender: Gender | null,
): Entity | null {
  const { tokens, cues } = ix;
  const institution = (k: number): boolean => {
    const t = tokens[k];
    return (
      !!t &&
      !t.cap &&
      (cues.orgs.anaphors.has(t.lower) ||
        cues.orgs.agencyNouns.has(t.lower) ||
        INSTITUTION_NOUNS.has(t.lower))
    );
  };
  for (let h = first; h <= last && h < first + 3; h++) {
    const w = tokens[h]?.lower ?? '';
    if (!isRoleHead(ix, w)) {
      if (DETERMINERS.has(w) || cues.roles.modifiers.has(w)) continue;
      return null;
    }
    let k = h + 1;
    while (k < last && OF_WORDS.has(tokens[k]?.lower ?? '')) k++;
    if (k !== last || !institution(last)) return null;
    const holder = roleHolder(ix, first, h, verbGender);
    return holder?.person ? holder : null;
  }
  return null;
}

/**
 * One person, one entity: a shorter name that a longer one of the article ends or opens with
 * ("Al Mazrouei" → "Hamad bin Rashid Al Mazrouei", "Liu" → "Liu Jian Guo"), when only one does.
 */
function namesake(ix: SpeakerIndex, p: Person): Person {
  const fuller = ix.ctx.people.filter(
    (q) => q !== p && (q.name.endsWith(` ${p.name}`) || q.name.startsWith(`${p.name} `)),
  );
  return fuller.length === 1 && fuller[0] ? fuller[0] : p;
}

/**
 * A name written in the dative ("… Kiyevdəki səfirliyinə", "Mustafayevə"): the name's last word and
 * a dative ending. An addressee, never the speaker.
 */
function inDative(ix: SpeakerIndex, k: number, name: string): boolean {
  const re = ix.cues.attribution.dativeEnding;
  if (!re) return false;
  const written = ix.tokens[k]?.lower ?? '';
  const base = (name.split(/\s+/).pop() ?? '').toLowerCase();
  return written.length > base.length && written.startsWith(base) && re.test(written.slice(base.length));
}

/** Resolve the subject tokens [first, last] of a speech verb; `verbGender` is what the verb tells. */
export function resolveSubject(
  ix: SpeakerIndex,
  first: number,
  last: number,
  verbGender: Gender | null = null,
  /** The subject follows its verb: words after a one-word name are the verb's ("сказал Варга журналистам"). */
  cut = false,
): Entity | null {
  const { tokens } = ix;
  // "Nazir həmçinin qeyd edib": an adverb before the verb is no part of its subject.
  while (last > first && ix.cues.attribution.subjectAdverbs.has(tokens[last]?.lower ?? '')) last--;
  const a = tokens[first];
  const b = tokens[last];
  if (!a || !b) return null;
  if (first === last) {
    const pronoun = pronounSubject(ix, first, verbGender);
    if (pronoun !== undefined) return pronoun;
  }
  for (let k = last; k >= first; k--) {
    const p = ix.personAt.get(k);
    // Whom the words were addressed to ("Mustafayevə") is not who said them.
    if (p && inDative(ix, k, p.name)) continue;
    // A person known by a surname alone ("Ms Pokorná"): the full name if it is written somewhere.
    if (p) return (!p.name.includes(' ') && fullNameBySurname(ix, k)) || personEntity(namesake(ix, p));
  }
  const holder = holderBeforeOrg(ix, first, last, verbGender) ?? holderAfterOrg(ix, first, last, verbGender);
  if (holder) return holder;
  for (let k = last; k >= first; k--) {
    const o = ix.orgAt.get(k);
    if (o && !inDative(ix, o.last, o.name)) return orgEntity(ix, o);
  }
  // "Azərbaycan naziri": the role's holder, not the country complementing it.
  const role = roleSubject(ix, first, last, verbGender) ?? holderOfInstitution(ix, first, last, verbGender);
  if (role) return role;
  for (let k = first; k <= last; k++) {
    const pl = ix.placeAt.get(k);
    if (pl && pl.via !== 'demonym' && last - first <= 1) return placeEntity(ix, pl);
  }
  if (cut && last > first) {
    const unit = leadingUnit(ix, first, last, verbGender);
    if (unit !== undefined) return unit;
  }
  if (STATEMENT_NOUNS.has(b.lower)) return as(statementSource(ix, a.start, a.paragraph), 'statement');
  // "говорится в сообщении агентства": a statement owned by an institution named by a common noun.
  const owner = tokens[last]?.lower ?? '';
  const orgNoun = ix.cues.orgs.anaphors.has(owner) || ix.cues.orgs.agencyNouns.has(owner);
  if (orgNoun && last > first && STATEMENT_NOUNS.has(tokens[last - 1]?.lower ?? ''))
    return as(statementSource(ix, a.start, a.paragraph), 'institution');
  const bareNoun = ix.cues.attribution.bareInstitutionNoun;
  if (INSTITUTION_NOUNS.has(b.lower) && (bareNoun || DETERMINERS.has(tokens[last - 1]?.lower ?? ''))) {
    // "nazirlikdən" names an organisation whose name has "Nazirliyi" in it.
    const org = lastOrgBefore(ix, a.start, bareNoun ? bareNoun(b.lower) : b.lower);
    if (org) return as(orgEntity(ix, org), 'institution');
    return as(statementSource(ix, a.start, a.paragraph), 'institution');
  }
  return literalSubject(ix, first, last, cut);
}
