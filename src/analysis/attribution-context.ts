/**
 * A quote with no attribution of its own and no quote before it to carry on ("Carla Diaz spoke
 * for an hour.\n\n“The road will be rebuilt …”"): its speaker is the one the sentences before it
 * were about — the subject of their last speech verb, else the first person of the nearest
 * sentence naming one — in its paragraph or the one before. A guess, read at `continuation`.
 */
import type { QuoteSpan } from './quotes.ts';
import { sentenceAt, tokenAtOrAfter } from './tokenize.ts';
import { personEntity, type Entity, type SpeakerIndex } from './speaker-index.ts';
import { subjectOfVerb } from './attribution-before.ts';

/** The speaker of the text before quote q, within its paragraph and the previous one. */
export function contextSpeaker(ix: SpeakerIndex, q: QuoteSpan): Entity | null {
  const { tokens, model } = ix;
  const at = tokenAtOrAfter(tokens, q.openAt);
  const here = tokens[at]?.paragraph ?? tokens[at - 1]?.paragraph ?? -1;
  // The quote's own sentence was read for an attribution already: what it says is not said by its
  // other people ("Holt was warned that “…”").
  const own = sentenceAt(model, q.openAt)?.index ?? 0;
  for (let s = own - 1; s >= 0; s--) {
    const span = model.sentences[s];
    if (!span || span.paragraph < here - 1) break;
    const from = tokenAtOrAfter(tokens, span.start);
    const to = Math.min(at, tokenAtOrAfter(tokens, span.end));
    let first: Entity | null = null;
    for (let k = to - 1; k >= from; k--) {
      if (ix.quoted[k]) continue;
      const t = tokens[k];
      if (t && ix.cues.speechVerbs.has(t.lower)) {
        const found = subjectOfVerb(ix, k, from, to);
        if (found?.entity && !found.entity.literal) return { ...found.entity, via: 'continuation' };
      }
      const p = ix.personAt.get(k);
      if (p) first = personEntity(p, 'continuation');
    }
    if (first) return first;
  }
  return null;
}
