/**
 * The subject of a sentence's main clause, for a pronoun opening the next one ("Its chairman, X,
 * dismissed the claim by Y. “…,” he said" → X, not Y who was named last). The subject is the first
 * person named in the nominative before the main verb — a name after a preposition, with a
 * possessive or in an oblique case ("Рауфа Мамедова", "Quliyevin") is an object — or, when the
 * sentence opens with a role ("Министр назвал …", "Baş direktor …"), the person in apposition to it
 * or else the role's holder. Only a sentence whose subject is read this way overrides the last
 * person mentioned; otherwise the caller keeps that fallback.
 */
import type { Gender } from '../languages/analysis-cues.ts';
import type { Person } from './people.ts';
import type { PersonMention } from './people-scan.ts';
import { isFiniteVerb } from './lexicon.ts';
import { gapHas, personEntity, type Entity, type SpeakerIndex, type SpeakerVia } from './speaker-index.ts';
import { genderOf, isRoleHead, lastPersonFor, roleHolder, sameRoleWord } from './coreference.ts';
import { GENERIC_PERSONS } from '../languages/data/speech.ts';
import { tokenAtOrAfter } from './tokenize.ts';

/** Tokens from the sentence start the subject may be found in. */
const SUBJECT_REACH = 16;
/** Tokens from the sentence start a role may open the subject at ("При этом министр", "Its chairman"). */
const ROLE_REACH = 3;
/** Words of attribution a pronoun may follow after its quote ("», — подчеркнул он", "deyə əlavə edib"). */
const ATTRIBUTION_WORDS = 3;
/** English words after which a name is an object or sits in an adverbial phrase. */
const EN_OBLIQUE = new Set([
  'by',
  'of',
  'from',
  'with',
  'to',
  'for',
  'about',
  'against',
  'on',
  'at',
  'in',
  'than',
  'like',
  'and',
  'met',
  'meeting',
]);
/** English sentence openers whose phrase runs up to a comma before the subject ("After meeting X, Y said"). */
const EN_LEAD_CLAUSE = new Set([
  'after',
  'before',
  'when',
  'while',
  'although',
  'though',
  'as',
  'following',
  'despite',
  'if',
]);

export interface MainSubject {
  person: Person;
  via: SpeakerVia;
}

const fits = (g: Gender | null, want: Gender | null): boolean => want === null || g === null || g === want;

/** The mention of p covering token k, when its name is in the subject's case (its last word as in the base name). */
function nominativeAt(ix: SpeakerIndex, p: Person, k: number): PersonMention | null {
  const m = p.mentions.find((x) => tokenAtOrAfter(ix.tokens, x.start) <= k && k <= x.nameLast);
  const last = m ? ix.tokens[m.nameLast] : undefined;
  if (!m || !last || last.possessive) return null;
  const prev = ix.tokens[k - 1];
  const english = ix.cues.englishLexicon;
  if (english && prev && prev.sentence === last.sentence && EN_OBLIQUE.has(prev.lower)) return null;
  return p.name.split(/\s+/).includes(last.text) ? m : null;
}

/**
 * p is a word of a longer name phrase ("Deputy Infrastructure Minister X"): another person's name
 * begins within two capitalised words after it, or p's token lies inside that person's mention.
 */
function modifiesOther(ix: SpeakerIndex, p: Person, k: number, last: number): boolean {
  const covers = (o: Person, j: number): boolean =>
    o.mentions.some((m) => tokenAtOrAfter(ix.tokens, m.start) <= j && j <= m.nameFirst);
  for (let j = last + 1; j <= last + 2; j++) {
    const t = ix.tokens[j];
    if (!t?.cap || gapHas(ix, j - 1, j, /[,;:.!?()—–]/)) break;
    const other = ix.personAt.get(j);
    if (other && other !== p && other.mentions.some((m) => m.nameFirst === j)) return true;
  }
  return ix.ctx.people.some((o) => o !== p && covers(o, k));
}

/** The first token of sentence s, past an English lead clause ("After the talks, …"). */
function subjectStart(ix: SpeakerIndex, s: number): number {
  const sentence = ix.model.sentences[s];
  if (!sentence) return -1;
  const j0 = tokenAtOrAfter(ix.tokens, sentence.start);
  if (!ix.cues.englishLexicon || !EN_LEAD_CLAUSE.has(ix.tokens[j0]?.lower ?? '')) return j0;
  for (let j = j0 + 1; j < ix.tokens.length && ix.tokens[j]?.sentence === s; j++)
    if (gapHas(ix, j - 1, j, /,/)) return j;
  return -1;
}

/** The main clause's subject of sentence s when it is a person whose gender fits. */
export function mainSubject(ix: SpeakerIndex, s: number, want: Gender | null): MainSubject | null {
  const { tokens } = ix;
  const j0 = subjectStart(ix, s);
  if (j0 < 0) return null;
  const english = ix.cues.englishLexicon;
  let role = -1;
  let seen = 0;
  for (let k = j0; k < tokens.length && seen < SUBJECT_REACH; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== s) break;
    if (ix.quoted[k]) continue;
    seen++;
    const p = ix.personAt.get(k);
    if (p && ix.personAt.get(k - 1) !== p) {
      // After a role, only its apposition counts ("Its chairman, X," but not "Министр отметил, что X").
      const apposed = role < 0 || !gapHas(ix, role + 1, k, /[,;:]/) || k === role + 1;
      const m = apposed ? nominativeAt(ix, p, k) : null;
      if (m && !modifiesOther(ix, p, k, m.nameLast))
        return fits(genderOf(ix, p), want) ? { person: p, via: 'pronoun' } : null;
      continue;
    }
    if (ix.personAt.has(k)) continue;
    if (role < 0 && seen <= ROLE_REACH && isRoleHead(ix, t.lower)) {
      role = k;
      continue;
    }
    if (english && !t.cap && k > j0 && isFiniteVerb(t.lower)) break;
  }
  if (role < 0) return null;
  const holder = roleHolder(ix, j0, role, want);
  if (!holder?.person) return null;
  return { person: holder.person, via: holder.via === 'anaphor' ? 'pronoun' : 'guess' };
}

/**
 * The sentence whose subject a pronoun at k may stand for: the one before the pronoun's clause,
 * when everything before the pronoun in its sentence (and in the quote's sentences) is quoted.
 */
export function antecedentSentence(ix: SpeakerIndex, k: number): number {
  const at = ix.tokens[k];
  if (!at) return -1;
  const from = Math.min(at.sentence, ix.quoteSentence);
  let j = k - 1;
  // The attribution's own words between the quote and the pronoun ("», — подчеркнул он").
  while (j >= 0 && j >= k - ATTRIBUTION_WORDS && !ix.quoted[j] && ix.tokens[j]?.sentence === at.sentence) j--;
  if (j >= 0 && !ix.quoted[j] && ix.tokens[j]?.sentence === at.sentence) return -1;
  for (; j >= 0; j--) {
    const t = ix.tokens[j];
    if (!t || t.sentence < from) break;
    if (!ix.quoted[j]) return -1;
  }
  return from - 1;
}

/**
 * The person a pronoun at token k stands for: the previous sentence's main subject when it is a
 * person who fits, else the last fitting person mentioned (coreference.ts).
 */
export function pronounPerson(ix: SpeakerIndex, k: number, want: Gender | null): Entity | null {
  const fallback = lastPersonFor(ix, k, want);
  const s = antecedentSentence(ix, k);
  if (s < 0) return fallback;
  const subject = mainSubject(ix, s, want);
  if (!subject || !fallback?.person || subject.person === fallback.person) return fallback;
  // Another fitting person named in that sentence ("A met B. “…,” he said") keeps it a guess.
  const rival = fallback.person.mentions.some((m) => ix.tokens[m.nameFirst]?.sentence === s);
  return personEntity(subject.person, rival ? 'guess' : subject.via);
}

/**
 * The subject of a speech verb at v written without one, where the language drops it ("“…”, -
 * deyə bildirib"): the person "o" would stand for. A passive verb ("bildirilib") has none.
 */
export function droppedSubject(ix: SpeakerIndex, v: number): Entity | null {
  const cue = ix.cues.attribution.droppedSubject;
  const verb = ix.tokens[v];
  if (!cue || !verb || cue.passive.test(verb.lower)) return null;
  return pronounPerson(ix, v, null);
}

/**
 * A role as a speech verb's subject ("the deputy minister said", "подчеркнул чиновник", "qonaq
 * bildirib") standing for the main subject of the sentence before, when that subject is a person
 * whose role has the same head, or the role is one any person may be called ("the official").
 */
export function roleAntecedent(
  ix: SpeakerIndex,
  first: number,
  head: string,
  want: Gender | null,
): Entity | null {
  const s = antecedentSentence(ix, first);
  if (s < 0) return null;
  const subject = mainSubject(ix, s, want);
  if (!subject) return null;
  const role = subject.person.role?.toLowerCase().split(/[\s,]+/) ?? [];
  if (!GENERIC_PERSONS.has(head) && !role.some((w) => sameRoleWord(w, head))) return null;
  return personEntity(subject.person, subject.via);
}
