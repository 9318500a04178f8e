/**
 * Unnamed groups as speakers: who "they", "они", "onlar" stand for — the group of sources named
 * last ("diplomatic sources", "Two members of the X delegation"), as written without the clause
 * around it — and a bare group noun ("mənbələr", "the sources") for the group written in full.
 */
import { isFiniteVerb, tagsOf } from './lexicon.ts';
import type { Entity, SpeakerIndex } from './speaker-index.ts';
import { DETERMINERS, sameRoleWord } from './coreference.ts';
import { ATTRIBUTION_GLUE, GROUP_QUANTIFIERS } from '../languages/data/speech.ts';

/** Sentences back a group pronoun looks for its group. */
const GROUP_SENTENCES = 4;
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
    // "citing two sources in the federation … The sources told …  they said": the group in full.
    return { speaker: groupSpeaker(ix, j), country: null, via: 'group', literal: true };
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
  const { first, last } = groupBounds(ix, head);
  return ix.body.slice(ix.tokens[first]?.start ?? 0, ix.tokens[last]?.end ?? 0);
}

/** The tokens of a group noun's phrase as written: its modifiers before, where it is after. */
export function groupBounds(ix: SpeakerIndex, head: number): { first: number; last: number } {
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
  return { first, last: groupPlaceEnd(ix, head) };
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
  for (let k = head + 1; k <= head + 4; k++) {
    const t = tokens[k];
    if (!t || ix.quoted[k] || !/^[ \t\u00a0]+$/.test(body.slice(tokens[k - 1]?.end ?? 0, t.start))) break;
    if (k > head + 1 && (cues.speechVerbs.has(t.lower) || cues.places.cues.finiteVerb.test(t.lower))) break;
    // Where by a common noun ("в отрасли"), not by a place's name ("в Ташкенте"): a place is no part of the group.
    if (t.cap) break;
    end = k;
  }
  return end > head + 1 ? end : head;
}
