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

/** A person's gender from the name's form (pack) or, for English text, the lexicon's first names. */
export function genderOf(ix: SpeakerIndex, p: Person): Gender | null {
  const byForm = ix.cues.attribution.nameGender(p.name);
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
export function pronounPerson(ix: SpeakerIndex, k: number, want: Gender | null): Entity | null {
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
  if (prefer && fits(genderOf(ix, prefer.person), want) && found && found.person !== prefer.person) {
    if (found.sentence >= prefer.from && found.sentence <= prefer.to)
      return personEntity(prefer.person, 'pronoun');
  }
  if (!found) return null;
  const near = found.sentence >= at.sentence - NEAR_SENTENCES && !rival;
  return personEntity(found.person, near ? 'pronoun' : 'guess');
}

/** "they said": the group of speakers named last ("Diplomatic sources"), within a few sentences. */
export function pronounGroup(ix: SpeakerIndex, k: number): Entity | null {
  const at = ix.tokens[k];
  if (!at) return null;
  for (let j = k - 1; j >= 0; j--) {
    const t = ix.tokens[j];
    if (!t || t.sentence < at.sentence - GROUP_SENTENCES) break;
    if (ix.quoted[j] || !ix.cues.attribution.groupNouns.has(t.lower)) continue;
    return { speaker: groupPhrase(ix, j), country: null, via: 'group', literal: true };
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
    if (DETERMINERS.has(prev.lower) || /\d/.test(prev.lower) || ix.cues.speechVerbs.has(prev.lower)) break;
    if (ix.personAt.has(first - 1) || ix.orgAt.has(first - 1)) break;
    if (ix.cues.englishLexicon && !tagsOf(prev.lower).includes('Adjective') && isFiniteVerb(prev.lower))
      break;
    if (ix.cues.attribution.conjunctions.has(prev.lower)) break;
    first--;
  }
  return body.slice(tokens[first]?.start ?? 0, tokens[head]?.end ?? 0);
}

/** Lower-case stem for comparing inflected role words ("министра" ~ "министр", "naziri" ~ "nazir"). */
const stem = (w: string): string => w.toLowerCase().slice(0, Math.max(4, w.length - 2));

/** Is this word a role head ("minister", "министр", "naziri")? */
export function isRoleHead(ix: SpeakerIndex, lower: string): boolean {
  const { roles } = ix.cues;
  if (roles.titles.has(lower)) return true;
  return roles.titleStems.some(
    (s) => !s.includes(' ') && lower.startsWith(s) && lower.length - s.length <= 3,
  );
}

/**
 * The holder of the role written in tokens [first, head] ("the foreign minister"): people whose
 * role has the head, ranked by how many of the role's other words their role has too.
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
  const headStem = stem(h.lower);
  const words = tokens
    .slice(first, head)
    .map((t) => t.lower)
    .filter((w) => !DETERMINERS.has(w) && w.length > 2)
    .map(stem);
  let best: { person: Person; score: number; before: boolean; at: number }[] = [];
  let bestScore = -1;
  for (const p of ix.ctx.people) {
    if (!p.role || !fits(genderOf(ix, p), gender)) continue;
    const roleWords = p.role
      .toLowerCase()
      .split(/[\s,]+/)
      .map(stem);
    if (!roleWords.some((w) => w.startsWith(headStem) || headStem.startsWith(w))) continue;
    const score = words.filter((w) => roleWords.some((r) => r.startsWith(w) || w.startsWith(r))).length;
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
  if (pick) return personEntity(pick.person, earlier.length === 1 ? 'anaphor' : 'guess');
  const later = best.sort((a, b) => a.at - b.at)[0];
  return later ? personEntity(later.person, 'guess') : null;
}

/**
 * A generic role ("the diplomat", "дипломат") with no holder by its head: the last person with a
 * role, else the previous quote's speaker ("«…», — заявил Петров. «…», — добавил дипломат").
 */
export function lastRoleHolder(ix: SpeakerIndex, offset: number, gender: Gender | null): Entity | null {
  let found: Person | null = null;
  for (const m of ix.mentions) {
    if (m.start >= offset) break;
    if (!m.quoted && m.person.role !== null && fits(genderOf(ix, m.person), gender)) found = m.person;
  }
  const previous = ix.previous?.person;
  if (!found && previous && fits(genderOf(ix, previous), gender)) found = previous;
  return found ? personEntity(found, 'guess') : null;
}
