/**
 * Attribution in the sentence after a quote, opened by words that point back at it: "“…”. Bu
 * barədə APA-ya açıqlamasında … Ramil Zeynalov deyib.", "“…”. Bunu jurnalistlərə … bildirib." The
 * pack names the opening words (attribution.nextSentence); the subject is read as for any verb.
 */
import type { QuoteSpan } from './quotes.ts';
import { tokenAtOrAfter } from './tokenize.ts';
import { itemAt } from './item-at.ts';
import { gapHas, phraseAt, type Found, type SpeakerIndex } from './speaker-index.ts';
import { resolveSubject } from './speaker-subject.ts';

export function attributionNextSentence(ix: SpeakerIndex, q: QuoteSpan, limit: number): Found | null {
  const { tokens, body, cues } = ix;
  const j0 = tokenAtOrAfter(tokens, q.closeAt + 1);
  const t0 = tokens[j0];
  if (!t0 || t0.start >= limit) return null;
  const gap = body.slice(q.closeAt + 1, t0.start);
  // The next sentence of the same paragraph.
  if (!/^\s*[.!?…]\s*$/u.test(gap) || gap.includes('\n')) return null;
  const words = cues.attribution.nextSentence.find((w) => phraseAt(ix, j0, w));
  if (!words) return null;
  const first = j0 + words.length;
  let v = -1;
  for (let k = first; k < tokens.length && tokens[k]?.sentence === t0.sentence; k++) {
    const t = itemAt(tokens, k);
    if (t.start >= limit) break;
    if (cues.speechVerbs.has(t.lower)) v = k;
  }
  // "«…». Об этом (в понедельник) заявил глава комитета Андрей Котов": the subject after the verb.
  if (!cues.attribution.verbFinal) return subjectAfterVerb(ix, first, limit, t0.start);
  if (v <= first) return null;
  let last = v - 1;
  while (last > first && cues.attribution.verbParts.has(tokens[last]?.lower ?? '')) last--;
  const verb = itemAt(tokens, v);
  const entity = resolveSubject(ix, first, last, cues.attribution.verbGender(verb.lower));
  if (!entity || entity.literal) return null;
  return { entity, text: body.slice(t0.start, verb.end) };
}

/** The first speech verb from `first` in its sentence and the subject after it, up to a stop. */
function subjectAfterVerb(ix: SpeakerIndex, first: number, limit: number, start: number): Found | null {
  const { tokens, body, cues } = ix;
  const sentence = tokens[first]?.sentence;
  let v = first;
  while (tokens[v]?.sentence === sentence && (tokens[v]?.start ?? limit) < limit) {
    if (cues.speechVerbs.has(tokens[v]?.lower ?? '')) break;
    // Words before the verb that name someone are its subject ("Об этом Котов заявил").
    if (ix.personAt.has(v) || ix.orgAt.has(v)) {
      const entity = resolveSubject(ix, v, v);
      return entity ? { entity, text: body.slice(start, tokens[v]?.end ?? start) } : null;
    }
    v++;
  }
  const verb = tokens[v];
  if (!verb || verb.sentence !== sentence || !cues.speechVerbs.has(verb.lower)) return null;
  let e = v + 1;
  while (tokens[e]?.sentence === sentence && e <= v + 8 && !gapHas(ix, e - 1, e, /[.,;:!?()]/)) e++;
  if (e === v + 1) return null;
  const entity = resolveSubject(ix, v + 1, e - 1, cues.attribution.verbGender(verb.lower), true);
  return entity && !entity.literal ? { entity, text: body.slice(start, tokens[e - 1]?.end ?? start) } : null;
}
