/**
 * Attribution in the sentence after a quote, opened by words that point back at it: "“…”. Bu
 * barədə APA-ya açıqlamasında … Ramil Zeynalov deyib.", "“…”. Bunu jurnalistlərə … bildirib." The
 * pack names the opening words (attribution.nextSentence); the subject is read as for any verb.
 */
import type { QuoteSpan } from './quotes.ts';
import { tokenAtOrAfter } from './tokenize.ts';
import { itemAt } from './item-at.ts';
import { phraseAt, type Found, type SpeakerIndex } from './speaker-index.ts';
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
  if (v <= first) return null;
  let last = v - 1;
  while (last > first && cues.attribution.verbParts.has(tokens[last]?.lower ?? '')) last--;
  const verb = itemAt(tokens, v);
  const entity = resolveSubject(ix, first, last, cues.attribution.verbGender(verb.lower));
  if (!entity || entity.literal) return null;
  return { entity, text: body.slice(t0.start, verb.end) };
}
