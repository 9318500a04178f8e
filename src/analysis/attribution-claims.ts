/**
 * Owners of reported words written by name after a description: "a claim by the Moscow business
 * daily Delovoy Vestnik that “…”" (the name after a place and common nouns), "утверждение партии
 * «Гражданский выбор» о том, что «…»", "“Yeni Yol” partiyasının iddiası" (a name in quote marks).
 * The name is given as written, at the weak confidence of a literal speaker.
 */
import { gapHas, type Entity, type SpeakerIndex } from './speaker-index.ts';

const NAME_WORD = /^[\p{Lu}\p{N}][\p{L}\p{M}\p{N}’'-]*$/u;
/** Tokens from the reported-words noun a quoted name may stand ("утверждение казахстанского телеграм-канала «…»"). */
const REACH = 4;

function literal(speaker: string): Entity {
  return { speaker, country: null, via: 'literal', literal: true };
}

/** A short quotation of capitalised words (a name in quote marks) covering token j, as written. */
export function quotedName(ix: SpeakerIndex, j: number): string | null {
  const t = ix.tokens[j];
  if (!t) return null;
  const q = ix.quotes.find((x) => x.depth === 0 && x.start <= t.start && t.start < x.end);
  if (!q || q.segments.length > 1) return null;
  const words = ix.body.slice(q.start, q.end).trim().split(/\s+/);
  return words.length <= 4 && words.every((w) => NAME_WORD.test(w)) ? words.join(' ') : null;
}

/**
 * A name in quote marks near the noun at k, on the side the language puts the owner (step +1 after
 * it, -1 before it), with only lower-case words between ("партии", "telegram channel").
 */
export function quotedOwner(
  ix: SpeakerIndex,
  k: number,
  step: 1 | -1,
): { entity: Entity; at: number } | null {
  const { tokens } = ix;
  const sentence = tokens[k]?.sentence;
  for (let j = k + step, n = 0; n < REACH && tokens[j]?.sentence === sentence; j += step, n++) {
    if (ix.quoted[j]) {
      const name = quotedName(ix, j);
      return name ? { entity: literal(name), at: j } : null;
    }
    const t = tokens[j];
    if (!t || t.cap || gapHas(ix, step > 0 ? j - 1 : j, step > 0 ? j : j + 1, /[.,;:!?()—–]/)) return null;
  }
  return null;
}

/**
 * "by the Moscow business daily Delovoy Vestnik": after a place owning the words, a run of
 * capitalised words that is no place after common nouns is the owner's name.
 */
export function nameAfterPlace(ix: SpeakerIndex, at: number): { entity: Entity; at: number } | null {
  const { tokens, body } = ix;
  let j = at + 1;
  while (j < at + 4 && tokens[j] && !tokens[j]?.cap && !ix.quoted[j] && !gapHas(ix, j - 1, j, /[.,;:!?()]/))
    j++;
  if (j === at + 1 || !tokens[j]?.cap || ix.placeAt.has(j) || gapHas(ix, j - 1, j, /[.,;:!?()]/)) return null;
  let e = j;
  while (e < j + 3 && tokens[e + 1]?.cap && !ix.placeAt.has(e + 1) && !gapHas(ix, e, e + 1, /\S/)) e++;
  if (e === j) return null;
  return { entity: literal(body.slice(tokens[j]?.start ?? 0, tokens[e]?.end ?? 0)), at: e };
}
