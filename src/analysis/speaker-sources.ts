/**
 * One unnamed source, introduced in full and then named again by its bare noun: "citing a source in
 * the federation … the source said", "со ссылкой на источник в федерации … — приводит портал слова
 * собеседника", "federasiyadakı mənbəyə istinadən … – mənbə bildirib". The speaker is the source as
 * first written (FORMAT.md: unnamed sources as written), with its noun in the base form.
 */
import type { Entity, SpeakerIndex } from './speaker-index.ts';
import { groupBounds } from './speaker-groups.ts';

/** Sentences back the full mention of a source may be. */
const SOURCE_SENTENCES = 8;
/** Letters a case ending may add to a source noun ("собеседника", "mənbəyə", "источнику"). */
const ENDING = 3;

/** The source noun token k is a form of ("mənbəyə" → "mənbə"), or null. */
export function sourceNounAt(ix: SpeakerIndex, k: number): string | null {
  const nouns = ix.cues.attribution.sourceNouns;
  const t = ix.tokens[k];
  if (!nouns || !t || t.cap) return null;
  if (nouns.has(t.lower)) return t.lower;
  // English nouns do not decline: "sources" is a group, not a form of "source".
  if (ix.cues.englishLexicon) return null;
  for (const n of nouns) if (t.lower.startsWith(n) && t.lower.length - n.length <= ENDING) return n;
  return null;
}

/** The source a bare source noun at k stands for, as first written with what describes it; else null. */
export function sourceSpeaker(ix: SpeakerIndex, k: number): Entity | null {
  const { tokens, body } = ix;
  const at = tokens[k];
  if (!at || !sourceNounAt(ix, k)) return null;
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j];
    if (!t || t.sentence < at.sentence - SOURCE_SENTENCES) break;
    const base = ix.quoted[j] ? null : sourceNounAt(ix, j);
    if (!base) continue;
    const bounds = groupBounds(ix, j);
    let first = bounds.first;
    const { last } = bounds;
    // Only the words right before the source that describe it ("со ссылкой на" does not).
    const modifier = ix.cues.attribution.sourceModifier;
    if (modifier) {
      first = j;
      while (first > bounds.first && modifier.test(tokens[first - 1]?.lower ?? '')) first--;
    }
    if (first === j && last === j) continue;
    const before = body.slice(tokens[first]?.start ?? t.start, t.start);
    const after = body.slice(t.end, tokens[last]?.end ?? t.end);
    return { speaker: `${before}${base}${after}`, country: null, via: 'group', literal: true };
  }
  return null;
}
