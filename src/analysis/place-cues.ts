/**
 * Places not in the gazetteer, read from grammar cues: "the village of X", "X province", "Gulf of X",
 * "Шебекинском округе" → Шебекинский округ, "село X", "X kəndi", "X rayonunda".
 */
import type { PlaceType } from './types.ts';
import type { TextModel, Token } from './tokenize.ts';
import { isMonthOrWeekday } from './lexicon.ts';
import { packFor } from '../languages/index.ts';
import { gap } from './place-metonym.ts';

/** Capitalised words from token i on, joined by spaces or hyphens within one sentence. */
export function capitalRun(tokens: readonly Token[], i: number, max = 3): Token[] {
  const run: Token[] = [];
  for (let k = i; k < tokens.length && run.length < max; k++) {
    const t = tokens[k];
    if (!t || !t.cap || /^\p{Lu}{2,}$/u.test(t.base) || isMonthOrWeekday(t.lower)) break;
    const prev = run[run.length - 1];
    if (prev && (t.start - prev.end > 1 || t.sentence !== prev.sentence || prev.possessive)) break;
    run.push(t);
  }
  return run;
}

/** A place not in the gazetteer, read from the words around it; returns the tokens it spans. */
export function cuePlace(
  model: TextModel,
  i: number,
): {
  name: string;
  type: PlaceType;
  first: Token;
  last: Token;
  length: number;
  /** Read from a case ending alone: the nominative is a guess. */
  guessed?: boolean;
} | null {
  const { tokens, language } = model;
  const cues = packFor(language).analysis.places.cues;
  const t = tokens[i];
  if (!t || !t.cap) return null;
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  const sameSentence = (a: Token | undefined): a is Token => a !== undefined && a.sentence === t.sentence;
  // Each language's cue words; another language's are empty and find nothing.
  return englishCue() ?? russianCue() ?? azerbaijaniCue() ?? riverByShape();

  /** "Amudərya", "Амударьи", "Zarafshondarya": a Central Asian river by its "-darya" ending, in the nominative. */
  function riverByShape(): ReturnType<typeof cuePlace> {
    if (!t) return null;
    const m = /^(\p{Lu}\p{Ll}{2,})(dərya|darya|дарь)(?:sı|nın|ya|da|dan|nı|[яиеюй]|ей)?$/u.exec(t.base);
    if (!m?.[1] || !m[2]) return null;
    const name = `${m[1]}${m[2] === 'дарь' ? 'дарья' : m[2]}`;
    return { name, type: 'region', first: t, last: t, length: 1 };
  }

  function englishCue(): ReturnType<typeof cuePlace> {
    if (!t) return null;
    const run = capitalRun(tokens, i);
    const last = run[run.length - 1];
    if (!last) return null;
    const next = tokens[last.index + 1];
    const text = model.body.slice(t.start, last.end);
    // "the village of Dioknisi"
    if (sameSentence(prev) && prev.lower === 'of' && sameSentence(prev2)) {
      if (cues.settlementBefore.has(prev2.lower) && !prev2.cap)
        return { name: text, type: 'city', first: t, last, length: run.length };
    }
    if (next && next.sentence === t.sentence && next.start - last.end === 1) {
      if (cues.regionAfter.has(next.lower) && !next.cap && !last.possessive)
        return { name: text, type: 'region', first: t, last, length: run.length };
      if (cues.featureAfter.has(next.lower) && next.cap && !last.possessive)
        return { name: `${text} ${next.base}`, type: 'region', first: t, last: next, length: run.length + 1 };
    }
    return null;
  }
  function russianCue(): ReturnType<typeof cuePlace> {
    if (!t) return null;
    // "в селе Тамга", "сёл Тамга и Барскоон"
    const settlementBefore =
      (sameSentence(prev) && cues.settlementWord.test(prev.lower)) ||
      (sameSentence(prev) &&
        prev.lower === 'и' &&
        sameSentence(prev2) &&
        prev2.cap &&
        cues.settlementWord.test(tokens[i - 3]?.lower ?? ''));
    if (settlementBefore && !/[,;:()«»]/.test(gap(model.body, prev, t)))
      return { name: t.base, type: 'city', first: t, last: t, length: 1 };
    // "Шебекинском округе" → "Шебекинский округ"
    const next = tokens[i + 1];
    const noun = next && next.sentence === t.sentence ? cues.regionNouns[next.lower] : undefined;
    const adj = cues.regionAdjective.exec(t.base);
    if (next && noun && adj && /ск|цк|зк/u.test(t.base.slice(0, adj.index))) {
      const stem = t.base.slice(0, adj.index);
      const ending = noun.gender === 'f' ? 'ая' : /[кгхжшщч]$/u.test(stem) ? 'ий' : 'ый';
      return { name: `${stem}${ending} ${noun.nom}`, type: 'region', first: t, last: next, length: 2 };
    }
    return obliqueCue();
  }
  /**
   * "в Чиланзаре", "из Кёльна": one capitalised word right after a place preposition, in the case it
   * governs, standing alone (no capitalised word after it, not in quote marks, not an acronym).
   */
  function obliqueCue(): ReturnType<typeof cuePlace> {
    if (!t || !cues.obliquePlace || !sameSentence(prev) || gap(model.body, prev, t) !== ' ') return null;
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.base) || /[«“"„]/u.test(model.body[t.start - 1] ?? '')) return null;
    const next = tokens[i + 1];
    if (next && next.cap && next.sentence === t.sentence && next.start - t.end <= 1) return null;
    const nominative = cues.obliquePlace(prev.lower, t.lower);
    if (!nominative) return null;
    const name = `${t.base.charAt(0)}${nominative.slice(1)}`;
    return { name, type: 'city', first: t, last: t, length: 1, guessed: true };
  }
  function azerbaijaniCue(): ReturnType<typeof cuePlace> {
    if (!t) return null;
    const next = tokens[i + 1];
    if (!next || next.sentence !== t.sentence || next.cap || next.start - t.end !== 1) return null;
    if (cues.settlementAfter.test(next.lower))
      return { name: t.base, type: 'city', first: t, last: t, length: 1 };
    if (cues.regionNounAfter.test(next.lower))
      return { name: t.base, type: 'region', first: t, last: t, length: 1 };
    return null;
  }
}
