/**
 * Coreference for speakers: who a pronoun ("he", "она", "o"), a group pronoun ("they" after
 * "diplomatic sources") or a role ("the foreign minister", "министр", "nazir") stands for.
 *
 * A pronoun is the last person named outside quotations whose gender fits (from the pronoun, the
 * name's form, or the lexicon's first names); it is sure when that person is in the same or the
 * previous sentence and no other fitting person was named there. A role is its holder: the person
 * whose written role has the role's head and most of its words, named earlier (sure when only one
 * fits) or, failing that, later in the article (a guess).
 */
import type { Gender } from '../languages/analysis-cues.ts';
import type { Person } from './people.ts';
import { tagsOf } from './lexicon.ts';
import { isFiniteVerb } from './lexicon.ts';
import { personEntity, type Entity, type SpeakerIndex } from './speaker-index.ts';
import { tokenAtOrAfter } from './tokenize.ts';
import { ATTRIBUTION_GLUE, GROUP_QUANTIFIERS } from '../languages/data/speech.ts';

/** Sentences back a pronoun's antecedent may be and still count as near. */
const NEAR_SENTENCES = 1;
/** Sentences back a group pronoun looks for its group. */
const GROUP_SENTENCES = 4;
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'some',
  'several',
  'two',
  'three',
]);

const genders = new WeakMap<Person, Gender | null>();

/** A person's gender from the name's form (pack) or, for English text, the lexicon's first names. */
export function genderOf(ix: SpeakerIndex, p: Person): Gender | null {
  if (genders.has(p)) return genders.get(p) ?? null;
  const g = readGender(ix, p);
  genders.set(p, g);
  return g;
}

function readGender(ix: SpeakerIndex, p: Person): Gender | null {
  const byForm = ix.cues.attribution.personGender(
    p.name,
    p.role,
    p.mentions.map((m) => m.text),
  );
  if (byForm) return byForm;
  if (!ix.cues.englishLexicon) return null;
  const tags = tagsOf((p.name.split(/\s+/)[0] ?? '').toLowerCase());
  if (tags.includes('FemaleName')) return 'f';
  if (tags.includes('MaleName')) return 'm';
  return null;
}

const fits = (g: Gender | null, want: Gender | null): boolean => want === null || g === null || g === want;

/**
 * The person a pronoun at token k stands for. When the last fitting person was named inside the
 * previous quote's own sentences ("said Varga, who met Holt"), the pronoun carries on that quote's
 * speaker instead.
 */
export function lastPersonFor(ix: SpeakerIndex, k: number, want: Gender | null): Entity | null {
  const prefer = ix.previous;
  const at = ix.tokens[k];
  if (!at) return null;
  let found: { person: Person; sentence: number } | null = null;
  let rival = false;
  for (let i = ix.mentions.length - 1; i >= 0; i--) {
    const m = ix.mentions[i];
    if (!m || m.start >= at.start || m.quoted) continue;
    const sentence = ix.tokens[m.token]?.sentence ?? -1;
    if (!fits(genderOf(ix, m.person), want)) continue;
    if (!found) {
      found = { person: m.person, sentence };
      continue;
    }
    if (m.person !== found.person && sentence >= at.sentence - NEAR_SENTENCES) rival = true;
    if (sentence < at.sentence - NEAR_SENTENCES) break;
  }
  // "Катарский дипломат также сообщил … Он назвал": a role standing for its holder as a later subject.
  const byRole = roleSubjectBefore(ix, k, want);
  if (byRole && (!found || byRole.sentence > found.sentence)) return personEntity(byRole.person, 'pronoun');
  if (prefer && fits(genderOf(ix, prefer.person), want) && found && found.person !== prefer.person) {
    if (found.sentence >= prefer.from && found.sentence <= prefer.to)
      return personEntity(prefer.person, 'pronoun');
  }
  if (!found) return null;
  const near = found.sentence >= at.sentence - NEAR_SENTENCES && !rival;
  return personEntity(found.person, near ? 'pronoun' : 'guess');
}

/**
 * A sentence opening with a role written with a country ("Катарский дипломат также проинформировал
 * …", "The Turkish minister added …"), in the pronoun's sentence or the one before: the role's holder,
 * when the country picks one. A role alone says too little to stand between a pronoun and a name.
 */
function roleSubjectBefore(
  ix: SpeakerIndex,
  k: number,
  want: Gender | null,
): { person: Person; sentence: number } | null {
  const { tokens } = ix;
  const at = tokens[k];
  if (!at) return null;
  let best: { person: Person; sentence: number } | null = null;
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j];
    if (!t || t.sentence < at.sentence - 1) break;
    if (tokens[j - 1]?.sentence === t.sentence || ix.quoted[j]) continue;
    // j opens a sentence: up to two words (a country's adjective among them) before a role head.
    for (let h = j; h <= j + 2 && h < k; h++) {
      if (!isRoleHead(ix, tokens[h]?.lower ?? '')) continue;
      if (ix.personAt.has(h + 1) || countriesIn(ix, j, h - 1).size === 0) break;
      const holder = roleHolder(ix, j, h, want);
      if (holder?.person && holder.via === 'anaphor')
        best ??= { person: holder.person, sentence: t.sentence };
      break;
    }
  }
  return best;
}

/**
 * A group noun at j: plural ("sources"), or in the form a number takes ("два источника", "iki mənbə")
 * after one ("два", "iki").
 */
function isGroupHead(ix: SpeakerIndex, j: number): boolean {
  const nouns = ix.cues.attribution.groupNouns;
  const w = ix.tokens[j]?.lower ?? '';
  if (nouns.has(w)) return true;
  const before = ix.tokens[j - 1]?.lower ?? '';
  const counted =
    GROUP_QUANTIFIERS.has(before) ||
    /^\d+$/.test(before) ||
    GROUP_QUANTIFIERS.has(ix.tokens[j - 2]?.lower ?? '');
  if (!counted || w.length < 4) return false;
  return nouns.has(`${w}lar`) || nouns.has(`${w}lər`) || [...nouns].some((n) => sameRoleWord(n, w));
}

/** "they said": the group of speakers named last ("Diplomatic sources"), within a few sentences. */
export function pronounGroup(ix: SpeakerIndex, k: number): Entity | null {
  const at = ix.tokens[k];
  if (!at) return null;
  for (let j = k - 1; j >= 0; j--) {
    const t = ix.tokens[j];
    if (!t || t.sentence < at.sentence - GROUP_SENTENCES) break;
    if (ix.quoted[j] || !isGroupHead(ix, j)) continue;
    return { speaker: groupPhrase(ix, j), country: null, via: 'group', literal: true };
  }
  return pluralSubject(ix, k);
}

/** "The rebels seized the town. … they said": a plural noun opening a recent sentence, as written. */
function pluralSubject(ix: SpeakerIndex, k: number): Entity | null {
  const { tokens, body } = ix;
  const plural = ix.cues.attribution.pluralNoun;
  const at = tokens[k];
  if (!plural || !at) return null;
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j];
    if (!t || t.sentence < at.sentence - 2) break;
    if (!ix.cues.englishLexicon) {
      const found = openingPlural(ix, j, plural);
      if (found) return found;
      continue;
    }
    const counted = GROUP_QUANTIFIERS.has(t.lower);
    if ((t.lower !== 'the' && !counted) || tokens[j - 1]?.sentence === t.sentence || ix.quoted[j]) continue;
    for (let h = j + 1; h <= j + 2; h++) {
      const w = tokens[h];
      if (!w || w.cap || w.sentence !== t.sentence) break;
      // A country's adjective may open the group ("Российские перевозчики"), never name it.
      if (!plural.test(w.lower) || ix.placeAt.has(h)) continue;
      // "Two members of the Chinese delegation, who …": a counted group as written, with its "of".
      const speaker = counted ? body.slice(t.start, tokens[ofPhraseEnd(ix, h)]?.end ?? w.end) : w.text;
      return { speaker, country: null, via: 'group', literal: true };
    }
  }
  return null;
}

/** The last token of an "of" phrase after a group's noun ("members of the Chinese delegation"), else the head. */
function ofPhraseEnd(ix: SpeakerIndex, head: number): number {
  const { tokens } = ix;
  if (tokens[head + 1]?.lower !== 'of') return head;
  let end = head;
  for (let k = head + 1; k <= head + 5; k++) {
    const t = tokens[k];
    if (!t || ix.quoted[k] || !/^[ \t\u00a0]+$/.test(ix.body.slice(tokens[k - 1]?.end ?? 0, t.start))) break;
    if (ix.cues.speechVerbs.has(t.lower) || (!t.cap && isFiniteVerb(t.lower) && k > head + 2)) break;
    end = k;
  }
  return end > head + 1 ? end : head;
}

/**
 * A plural noun opening the sentence at j, after at most one adjective, where no article marks it
 * ("Российские перевозчики, с которыми …", "Трейдеры, на которых …"): the group as written.
 */
function openingPlural(ix: SpeakerIndex, j: number, plural: RegExp): Entity | null {
  const { tokens } = ix;
  const t = tokens[j];
  if (!t || tokens[j - 1]?.sentence === t.sentence || ix.quoted[j]) return null;
  const adjective = ix.cues.attribution.pluralAdjective;
  for (let h = j; h <= j + 1; h++) {
    const w = tokens[h];
    if (!w || w.sentence !== t.sentence || ix.personAt.has(h) || ix.orgAt.has(h)) break;
    if (h > j && /[^ \t\u00a0]/u.test(ix.body.slice(tokens[h - 1]?.end ?? 0, w.start))) break;
    // A country's adjective may open the group ("Российские перевозчики"), never name it.
    if (plural.test(w.lower) && !ix.placeAt.has(h))
      return { speaker: ix.body.slice(t.start, w.end), country: null, via: 'group', literal: true };
    if (!adjective?.test(w.lower)) break;
  }
  return null;
}

/** A group noun with the modifiers written before it ("Western diplomatic sources"). */
export function groupPhrase(ix: SpeakerIndex, head: number): string {
  const { tokens, body } = ix;
  let first = head;
  while (first > 0 && head - first < 2) {
    const prev = tokens[first - 1];
    if (!prev || prev.sentence !== tokens[head]?.sentence || ix.quoted[first - 1]) break;
    if (!/^[ \t\u00a0]+$/.test(body.slice(prev.end, tokens[first]?.start ?? prev.end))) break;
    // "Two industry sources", "два источника", "iki mənbə": the group's number is part of it as written.
    if (GROUP_QUANTIFIERS.has(prev.lower) || /^\d+$/.test(prev.lower)) {
      first--;
      break;
    }
    if (DETERMINERS.has(prev.lower) || /\d/.test(prev.lower) || ix.cues.speechVerbs.has(prev.lower)) break;
    if (ix.personAt.has(first - 1) || ix.orgAt.has(first - 1)) break;
    if (ix.cues.englishLexicon && !tagsOf(prev.lower).includes('Adjective') && isFiniteVerb(prev.lower))
      break;
    if (ix.cues.attribution.conjunctions.has(prev.lower) || ATTRIBUTION_GLUE.has(prev.lower)) break;
    // "adını açıqlamayan hərbi mənbələr", "Brüsseldəki mənbələr": a clause about the group or the
    // place it is in is no part of its name as written.
    if (ix.cues.attribution.groupClauseWord?.test(prev.lower)) break;
    const place = ix.placeAt.get(first - 1);
    if (place && place.via !== 'demonym') break;
    first--;
  }
  return body.slice(tokens[first]?.start ?? 0, tokens[groupPlaceEnd(ix, head)]?.end ?? 0);
}

/**
 * A group named by its bare noun ("– deyə mənbələr qeyd edib", "the sources said") stands for the
 * group written in full with that noun a few sentences before ("Sektordakı mənbələr").
 */
export function groupSpeaker(ix: SpeakerIndex, head: number): string {
  const own = groupPhrase(ix, head);
  const at = ix.tokens[head];
  if (!at || own.includes(' ')) return own;
  for (let j = head - 1; j >= 0; j--) {
    const t = ix.tokens[j];
    if (!t || t.sentence < at.sentence - GROUP_SENTENCES) break;
    if (ix.quoted[j] || t.lower !== at.lower) continue;
    const fuller = groupPhrase(ix, j);
    if (fuller.includes(' ')) return fuller;
  }
  return own;
}

/** The last token of where a group is, written after it by a common noun ("источники в отрасли"), else the head. */
function groupPlaceEnd(ix: SpeakerIndex, head: number): number {
  const { tokens, body, cues } = ix;
  const prep = tokens[head + 1];
  if (!prep || !cues.attribution.groupPlacePrepositions?.has(prep.lower)) return head;
  let end = head;
  for (let k = head + 1; k <= head + 3; k++) {
    const t = tokens[k];
    if (!t || ix.quoted[k] || !/^[ \t\u00a0]+$/.test(body.slice(tokens[k - 1]?.end ?? 0, t.start))) break;
    if (k > head + 1 && (cues.speechVerbs.has(t.lower) || cues.places.cues.finiteVerb.test(t.lower))) break;
    // Where by a common noun ("в отрасли"), not by a place's name ("в Ташкенте"): a place is no part of the group.
    if (t.cap) break;
    end = k;
  }
  return end > head + 1 ? end : head;
}

/**
 * Two forms of one role word: equal but for a short case ending ("министра" ~ "министр", "naziri" ~
 * "nazir", "главы" ~ "глава"), never a longer word sharing a stem ("ministry" ≁ "minister",
 * "nazirliyi" ≁ "nazir").
 */
export function sameRoleWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 2) return false;
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return (
    common >= Math.max(4, Math.min(a.length, b.length) - 1) && Math.max(a.length, b.length) - common <= 2
  );
}

/** Is this word a role head ("minister", "министр", "naziri")? */
export function isRoleHead(ix: SpeakerIndex, lower: string): boolean {
  const { roles } = ix.cues;
  if (roles.titles.has(lower)) return true;
  return roles.titleStems.some(
    (s) => !s.includes(' ') && lower.startsWith(s) && lower.length - s.length <= 3,
  );
}

/** Countries named by places and demonyms among tokens [first, last] ("турецким", "Государства Катар"). */
export function countriesIn(ix: SpeakerIndex, first: number, last: number): Set<string> {
  const out = new Set<string>();
  for (let k = first; k <= last; k++) {
    const c = ix.placeAt.get(k)?.entry.country;
    if (c) out.add(c);
  }
  return out;
}

const personCountries = new WeakMap<Person, Set<string>>();
/** The countries a person's written roles name ("посол Государства Катар …" → QA). */
function countriesOf(ix: SpeakerIndex, p: Person): Set<string> {
  const known = personCountries.get(p);
  if (known) return known;
  const out = new Set<string>();
  for (const m of p.mentions)
    for (const c of countriesIn(ix, tokenAtOrAfter(ix.tokens, m.start), m.nameFirst - 1)) out.add(c);
  // A role written after the name ("Лавров, глава МИД России") is not in the mention.
  for (const pl of ix.ctx.places)
    if (p.role?.includes(pl.text) && pl.entry.country) out.add(pl.entry.country);
  personCountries.set(p, out);
  return out;
}

/** A role word and the words it abbreviates ("замглавы" → "заместитель главы"), lower case. */
function roleWords(ix: SpeakerIndex, lower: string): readonly string[] {
  return ix.cues.roles.abbreviations?.get(lower) ?? [lower];
}

/**
 * The holder of the role written in tokens [first, head] ("the foreign minister"): people whose
 * role has the head, ranked by how many of the role's other words their role has too. A country
 * written with the role ("турецкий министр", "Катарский дипломат") picks the holder whose role
 * names it, even under another head ("турецким коллегой"), and rules out another country's.
 * `gender` narrows the holders when the verb tells it ("сказала министр").
 */
export function roleHolder(
  ix: SpeakerIndex,
  first: number,
  head: number,
  gender: Gender | null,
): Entity | null {
  const { tokens } = ix;
  const h = tokens[head];
  if (!h) return null;
  const [headWord = h.lower, ...headRest] = roleWords(ix, h.lower);
  const words = [
    ...tokens
      .slice(first, head)
      .map((t) => t.lower)
      .filter((w) => !DETERMINERS.has(w) && w.length > 2),
    ...headRest,
  ];
  const wanted = countriesIn(ix, first, head - 1);
  let best: { person: Person; score: number; before: boolean; at: number }[] = [];
  let bestScore = -1;
  for (const p of ix.ctx.people) {
    if (!p.role || !fits(genderOf(ix, p), gender)) continue;
    const roleWords = p.role.toLowerCase().split(/[\s,]+/);
    const theirs = wanted.size ? countriesOf(ix, p) : new Set<string>();
    const sameCountry = [...wanted].some((c) => theirs.has(c));
    if (wanted.size && theirs.size && !sameCountry) continue;
    if (!sameCountry && !roleWords.some((w) => sameRoleWord(w, headWord))) continue;
    const score =
      words.filter((w) => roleWords.some((r) => sameRoleWord(r, w))).length + (sameCountry ? 1 : 0);
    const before = p.mentions.filter((m) => m.start < h.start);
    const entry = {
      person: p,
      score,
      before: before.length > 0,
      at: before.length ? (before[before.length - 1]?.start ?? 0) : (p.mentions[0]?.start ?? 0),
    };
    if (score > bestScore) {
      best = [entry];
      bestScore = score;
    } else if (score === bestScore) best.push(entry);
  }
  const earlier = best.filter((b) => b.before).sort((a, b) => b.at - a.at);
  const pick = earlier[0];
  // Sure only with one holder, and one whose role has the words written with it ("турецкий министр").
  const sure = earlier.length === 1 && (words.length === 0 || bestScore > 0);
  if (pick) return personEntity(pick.person, sure ? 'anaphor' : 'guess');
  const later = best.sort((a, b) => a.at - b.at)[0];
  return later ? personEntity(later.person, 'guess') : null;
}

/**
 * A generic role ("the diplomat", "дипломат") with no holder by its head: the previous quote's
 * speaker when that quote was in this or the previous sentence ("«…», — заявил Петров. «…», —
 * добавил дипломат"), else the last person with a role, else the previous speaker further back.
 */
export function lastRoleHolder(
  ix: SpeakerIndex,
  offset: number,
  gender: Gender | null,
  /** Countries written with the role ("российский министр"): another country's official is not its holder. */
  countries: ReadonlySet<string> = new Set(),
): Entity | null {
  const fitsCountry = (p: Person): boolean => {
    if (!countries.size) return true;
    const theirs = countriesOf(ix, p);
    return !theirs.size || [...countries].some((c) => theirs.has(c));
  };
  const previous = ix.previous && fitsCountry(ix.previous.person) ? ix.previous : null;
  const sentence = Math.min(ix.tokens[tokenAtOrAfter(ix.tokens, offset)]?.sentence ?? 0, ix.quoteSentence);
  if (previous && previous.to >= sentence - 1 && fits(genderOf(ix, previous.person), gender))
    return personEntity(previous.person, 'guess');
  let found: Person | null = null;
  for (const m of ix.mentions) {
    if (m.start >= offset) break;
    if (!m.quoted && m.person.role !== null && fits(genderOf(ix, m.person), gender) && fitsCountry(m.person))
      found = m.person;
  }
  if (!found && previous && fits(genderOf(ix, previous.person), gender)) found = previous.person;
  return found ? personEntity(found, 'guess') : null;
}

/** One surname in two cases ("Гвазава" ~ "Гвазавы", "Nəbiyev" ~ "Nəbiyevin"): a shared stem, short endings. */
export function sameSurname(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  if (Math.min(x.length, y.length) < 4) return false;
  let common = 0;
  while (common < x.length && x[common] === y[common]) common++;
  return common >= Math.min(x.length, y.length) - 2 && Math.max(x.length, y.length) - common <= 3;
}

const NAME_WORD = /^\p{Lu}[\p{L}\p{M}’'-]*$/u;
/** An Arabic article written onto a surname ("al-", "el-", "Al-"), absent when the surname stands alone. */
const NAME_PARTICLE = /^(?:al|el|ad|as|ash|at|ar|az|an)[-‘’']/iu;
const INITIAL = /^\p{Lu}$/u;

/** A word that may stand in a name before its surname: a capitalised word or an initial, not a role. */
function givenNameAt(ix: SpeakerIndex, j: number): boolean {
  const t = ix.tokens[j];
  if (!t || !(NAME_WORD.test(t.text) || INITIAL.test(t.text)) || t.possessive) return false;
  const { roles } = ix.cues;
  if (isRoleHead(ix, t.lower) || roles.modifiers.has(t.lower) || roles.honorifics.has(t.lower)) return false;
  if (ix.orgAt.has(j) || ix.cues.speechVerbs.has(t.lower)) return false;
  return !(ix.cues.englishLexicon && tagsOf(t.lower).some((g) => g === 'Determiner' || g === 'Preposition'));
}

/**
 * The full name a lone surname stands for, as first written in the article ("Sadıqlı deyib" → the
 * "Nərgiz Sadıqlı" named before; "Гвазава" → "Нодар Гвазава" from "Нодара Гвазавы"): one to three
 * given names or initials on the same line before a word of the same surname.
 */
export function fullNameBySurname(ix: SpeakerIndex, k: number): Entity | null {
  const { tokens, body } = ix;
  const surname = tokens[k];
  if (!surname?.cap) return null;
  const own = surname.base.replace(NAME_PARTICLE, '');
  for (let j = 1; j < tokens.length; j++) {
    const t = tokens[j];
    // "Samir al-Khatib" … "Khatib said": the surname is written with its article the first time.
    const particle = NAME_PARTICLE.test(t?.text ?? '');
    if (!t || j === k || ix.quoted[j] || !(t.cap || particle)) continue;
    if (!sameSurname(t.base.replace(NAME_PARTICLE, ''), own)) continue;
    let first = j;
    while (
      first > 0 &&
      j - first < 3 &&
      givenNameAt(ix, first - 1) &&
      tokens[first - 1]?.sentence === t.sentence &&
      /^[ \t\u00a0]+$|^\.[ \t\u00a0]*$/u.test(
        body.slice(tokens[first - 1]?.end ?? 0, tokens[first]?.start ?? 0),
      )
    )
      first--;
    if (first === j) continue;
    const written = tokens.slice(first, j + 1).map((x, i, all) => (i === all.length - 1 ? x.base : x.text));
    // Initials keep their full stops ("Р. К. Менон").
    const words = ix.cues.names.baseName(written).map((w) => (INITIAL.test(w) ? `${w}.` : w));
    return { speaker: words.join(' '), country: null, via: 'named' };
  }
  return null;
}

/** The words before a speech verb are its object clause ("… olduğunu qeyd edib"), not its subject. */
export function isObjectClause(ix: SpeakerIndex, last: number): boolean {
  const cue = ix.cues.attribution.droppedSubject;
  return !!cue && cue.objectClause.test(ix.tokens[last]?.lower ?? '');
}
