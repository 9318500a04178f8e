/**
 * A quote inside a quote: the other side's claim ("claims about the alleged ‘…’"), the subject of a
 * speech verb before it inside the outer quote ("our Kazakh partners came to us and said, ‘…’"), or
 * the outer speaker introducing their own words ("Our message to Moscow is short: ‘…’").
 */
import type { QuoteSpan } from './quotes.ts';
import { demonymCountry } from './gazetteer.ts';
import { isFiniteVerb } from './lexicon.ts';
import { sentenceAt, tokenAtOrAfter } from './tokenize.ts';
import { gapHas, type Entity, type SpeakerIndex } from './speaker-index.ts';
import { resolveSubject } from './speaker-subject.ts';
import { CLAIM_NOUNS, FIRST_PERSON, RU_ADVERBS } from '../languages/data/speech.ts';

/** Words opening a clause before its subject ("When the team told us"). */
const CLAUSE_OPENERS = new Set([
  'when',
  'and',
  'but',
  'then',
  'as',
  'if',
  'after',
  'before',
  'because',
  'и',
  'а',
  'но',
  'когда',
]);
const CLAUSE_STOPS = /[.,;:!?“”«»"‘’()—–]/;

function isClauseVerb(ix: SpeakerIndex, lower: string): boolean {
  return (
    ix.cues.speechVerbs.has(lower) || (ix.cues.englishLexicon && isFiniteVerb(lower)) || RU_ADVERBS.has(lower)
  );
}

/** The speaker of nested quote q inside a quote said by `outer`. */
export function nestedSpeaker(
  ix: SpeakerIndex,
  q: QuoteSpan,
  outer: Entity | null,
): { entity: Entity; text: string } | null {
  const { tokens, body } = ix;
  const parent = ix.quotes[q.parent];
  if (!parent) return null;
  const s = sentenceAt(ix.model, q.openAt);
  const from = tokenAtOrAfter(tokens, Math.max(parent.start, s?.start ?? parent.start));
  const to = tokenAtOrAfter(tokens, q.openAt);
  for (let v = to - 1; v >= from; v--) {
    const t = tokens[v];
    if (!t || !ix.cues.speechVerbs.has(t.lower)) continue;
    // The clause's subject: from the clause start to the first verb ("our Kazakh partners came").
    let first = v;
    while (first - 1 >= from && !gapHas(ix, first - 1, first, CLAUSE_STOPS)) first--;
    while (first < v && CLAUSE_OPENERS.has(tokens[first]?.lower ?? '')) first++;
    let last = first;
    while (last + 1 < v && !isClauseVerb(ix, tokens[last + 1]?.lower ?? '')) last++;
    if (first >= v) return null;
    const entity = resolveSubject(ix, first, last);
    if (!entity) return null;
    return { entity, text: body.slice(tokens[first]?.start ?? t.start, t.end) };
  }
  const intro = body.slice(tokens[from]?.start ?? q.openAt, q.openAt);
  if (outer && /:\s*$/.test(intro)) {
    for (let k = from; k < to; k++) {
      if (FIRST_PERSON.has(tokens[k]?.lower ?? '')) return { entity: outer, text: intro.trim() };
    }
  }
  return null;
}

/** A nested quote given as the other side's claim: "claims about the alleged ‘…’". */
export function nestedClaim(
  ix: SpeakerIndex,
  q: QuoteSpan,
  outer: Entity | null,
): { speaker: string; text: string } | null {
  const { tokens, body } = ix;
  const to = tokenAtOrAfter(tokens, q.openAt);
  for (let k = to - 1; k >= Math.max(0, to - 6); k--) {
    const t = tokens[k];
    if (!t || !CLAIM_NOUNS.has(t.lower)) continue;
    const text = body.slice(t.start, q.openAt).trim();
    // The party: the last "the <Demonym> side" written before the quotation, not the speaker's own.
    const parent = ix.quotes[q.parent];
    const limit = tokenAtOrAfter(tokens, parent ? parent.openAt : q.openAt);
    for (let j = limit - 1; j > 0; j--) {
      const side = tokens[j];
      if (!side || ix.quoted[j] || (side.base !== 'side' && side.base !== 'sides')) continue;
      const code = demonymCountry(tokens, j - 1, ix.model.language);
      if (code === null || (outer && outer.country === code)) continue;
      return { speaker: `${tokens[j - 1]?.base ?? ''} side (${t.lower})`, text };
    }
    return null;
  }
  return null;
}
