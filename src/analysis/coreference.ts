/**
 * Coreference for speakers: who a pronoun ("he", "она", "o") or a role ("the foreign minister",
 * "министр", "nazir") stands for; groups ("they") are read in speaker-groups.ts.
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
import { personEntity, type Entity, type SpeakerIndex } from './speaker-index.ts';
import { tokenAtOrAfter } from './tokenize.ts';
import { sameRoleWord } from './role-words.ts';

export { sameRoleWord };

/** Sentences back a pronoun's antecedent may be and still count as near. */
const NEAR_SENTENCES = 1;
/** Words before a noun that are not part of a name or group (shared with speaker-groups.ts). */
export const DETERMINERS = new Set([
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
/**
 * Words that make a role a subordinate one ("deputy minister", "замминистра", "nazir müavini"): a
 * role written without one is not its holder's ("the minister" is not the deputy), nor the reverse.
 */
const SUBORDINATE =
  /^(?:deputy|vice|vice-\S+|assistant|заместитель|заместителя|зам|замглавы|замминистра|вице-\S+|müavini|müavin|müavinin)$/u;
const subordinate = (words: readonly string[]): boolean => words.some((w) => SUBORDINATE.test(w));
/** What the role's own head adds to a holder's score: more than a country alone. */
const HEAD_WEIGHT = 2;

export function roleHolder(
  ix: SpeakerIndex,
  first: number,
  head: number,
  gender: Gender | null,
  /** The last token of the role's complement ("глава японского МИД"): its country picks the holder too. */
  through: number = head,
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
  for (const c of countriesIn(ix, head + 1, through)) wanted.add(c);
  const written = [h.lower, ...words, ...tokens.slice(head + 1, through + 1).map((t) => t.lower)];
  const writtenLower = subordinate(written);
  let best: { person: Person; score: number; before: boolean; at: number; byHead: boolean }[] = [];
  let bestScore = -1;
  for (const p of ix.ctx.people) {
    if (!p.role || !fits(genderOf(ix, p), gender)) continue;
    const roleWords = p.role.toLowerCase().split(/[\s,]+/);
    const theirs = wanted.size ? countriesOf(ix, p) : new Set<string>();
    const sameCountry = [...wanted].some((c) => theirs.has(c));
    if (wanted.size && theirs.size && !sameCountry) continue;
    if (!sameCountry && !roleWords.some((w) => sameRoleWord(w, headWord))) continue;
    // "the minister" is not the deputy minister, nor the reverse; a "diplomat" may be either.
    const byHead = roleWords.some((w) => sameRoleWord(w, headWord));
    // The role's own head outweighs a country alone ("the chief engineer of a Chinese company" is the
    // engineer, not a Chinese minister).
    const score =
      words.filter((w) => roleWords.some((r) => sameRoleWord(r, w))).length +
      (sameCountry ? 1 : 0) +
      (byHead ? HEAD_WEIGHT : 0) -
      (byHead && subordinate(roleWords) !== writtenLower ? 1 : 0);
    const before = p.mentions.filter((m) => m.start < h.start);
    const entry = {
      person: p,
      byHead,
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
  // Sureness counts only the written words and country, not the head every holder by head shares.
  const evidence = bestScore - (best.some((b) => b.byHead) ? HEAD_WEIGHT : 0);
  const sure = earlier.length === 1 && (words.length === 0 ? evidence >= 0 : evidence > 0);
  if (pick) return personEntity(pick.person, sure ? 'anaphor' : 'guess');
  const later = best.sort((a, b) => a.at - b.at)[0];
  return later ? personEntity(later.person, 'guess') : null;
}

/** Words of a description set off after a name: ", a hydrologist at the institute," (up to the next stop). */
const APPOSITION = /^,[ \t\u00a0]+([^,.;:!?()“”«»"]{2,80})/u;

/**
 * The person a common noun stands for ("the hydrologist said", "сказала гидролог", "hidroloq
 * bildirib"), when no role list knows it: the one named before with that word in a description set
 * off after the name ("Sofia Lind, a hydrologist at …") or written right before it ("hydrologist
 * Sofia Lind"). Sure when only one person fits.
 */
export function describedPerson(ix: SpeakerIndex, k: number): Entity | null {
  const { tokens, body } = ix;
  const noun = tokens[k];
  if (!noun || noun.cap || noun.lower.length < 4) return null;
  const holders = new Set<Person>();
  let last: Person | null = null;
  for (const m of ix.mentions) {
    if (m.start >= noun.start) break;
    if (m.quoted) continue;
    const mention = m.person.mentions.find((x) => x.start === m.start);
    const after = mention ? (APPOSITION.exec(body.slice(mention.end, mention.end + 90))?.[1] ?? '') : '';
    const before = tokens[m.token - 1];
    const words = after.toLowerCase().split(/\s+/);
    if (before && before.sentence === tokens[m.token]?.sentence) words.push(before.lower);
    if (!words.some((w) => sameRoleWord(w, noun.lower))) continue;
    holders.add(m.person);
    last = m.person;
  }
  if (!last) return null;
  return personEntity(last, holders.size === 1 ? 'anaphor' : 'guess');
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
