/**
 * A capital standing for its government ("Moscow has expressed …", "Москва и Баку проведут",
 * "asked Tbilisi and Yerevan", "Bakı … qaldıracaq") rather than for the city: by the words before it
 * (diplomacy nouns, object verbs), or as the subject of a verb of government, by the pack's cues.
 */
import type { PlaceEntry } from './gazetteer.ts';
import type { TextModel, Token } from './tokenize.ts';
import { isFunctionWord, isNoun, isVerb } from './lexicon.ts';
import { EN_AUXILIARIES, EN_GOVERNMENT_VERBS, EN_POLICY_NOUNS } from '../languages/data/speech.ts';
import { packFor } from '../languages/index.ts';

/** What isMetonym needs to know of the mention before: its reading and its token. */
export interface PreviousPlace {
  via: string;
  tokenIndex: number;
}

const LOCATIVE = new Set([
  'in',
  'at',
  'from',
  'to',
  'near',
  'of',
  'into',
  'outside',
  'inside',
  'across',
  'around',
  'via',
  'between',
  'towards',
  'toward',
  'over',
  'off',
  'в',
  'во',
  'из',
  'до',
  'под',
  'над',
  'к',
  'ко',
  'у',
  'с',
  'со',
  'от',
  'по',
  'через',
  'между',
  'около',
  'на',
  'возле',
]);

/** "message to Moscow", "talks with Yerevan", "контакты с Москвой": the capital is the government. */
const DIPLOMACY_WORDS = new Set([
  'message',
  'messages',
  'talks',
  'contacts',
  'contact',
  'relations',
  'ties',
  'dialogue',
  'negotiations',
  'agreement',
  'deal',
  'appeal',
  'letter',
  'note',
  'request',
  'matter',
  'issue',
  'raised',
  'protested',
  'signal',
  'warning',
  'контакты',
  'контактов',
  'переговоры',
  'переговоров',
  'отношения',
  'отношений',
  'диалог',
  'консультации',
  'консультаций',
]);

const EN_AUX = new Set([
  ...EN_AUXILIARIES,
  'did',
  'does',
  'do',
  'not',
  'never',
  'has',
  'have',
  'were',
  'are',
]);
/** After these a lower-case word is the verb ("did not comment", "would respond"). */
const EN_VERB_BEFORE = new Set([
  'did',
  'does',
  'do',
  'not',
  'never',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  'has',
  'have',
  'had',
]);
const EN_COPULAS = new Set(['was', 'is', 'remains', 'remained', 'seemed', 'appeared']);
const CONJUNCTIONS = new Set(['and', 'or', 'и', 'или', 'və', 'ya']);
export const gap = (body: string, a: Token | undefined, b: Token | undefined): string =>
  a && b ? body.slice(a.end, b.start) : '';

/** The token after an appositive relative clause ("Moscow, which promotes …, did not comment"). */
function skipRelativeClause(body: string, tokens: readonly Token[], j: number): number {
  const t = tokens[j];
  if (!t || !/^\s*,\s*$/.test(gap(body, tokens[j - 1], t))) return j;
  if (!['which', 'who', 'который', 'которая', 'которое'].includes(t.lower)) return j;
  for (let k = j + 1; k < tokens.length && k < j + 25; k++) {
    const n = tokens[k];
    if (!n || n.sentence !== t.sentence) return j;
    if (/,/.test(gap(body, tokens[k - 1], n))) return k;
  }
  return j;
}

/** A capital used as its government rather than as a city. */
export function isMetonym(
  model: TextModel,
  i: number,
  entry: PlaceEntry,
  previous: PreviousPlace | undefined,
): boolean {
  const { body, tokens, language } = model;
  const pack = packFor(language);
  const cues = pack.analysis.places.cues;
  const t = tokens[i];
  if (!t) return false;
  // The dateline ("BAKU, Nov 12 …", "Bakı, 14 noyabr") names the city.
  if (
    t.start - (model.paragraphs[0]?.start ?? 0) < 3 &&
    /^\s*,\s*(?:\p{L}+\.?\s+\d|\d{1,2}\s+\p{L})/u.test(body.slice(t.end, t.end + 20))
  )
    return false;
  const prev = tokens[i - 1];
  const sameSentence = prev !== undefined && prev.sentence === t.sentence;
  const prevGap = gap(body, prev, t);
  // "Tbilisi and Yerevan": a conjunct of a metonym is one too.
  if (
    sameSentence &&
    CONJUNCTIONS.has(prev.lower) &&
    previous?.via === 'metonym' &&
    previous.tokenIndex === i - 2
  )
    return true;
  if (sameSentence && !/[,;:(“”"«»—–]/.test(prevGap)) {
    if (DIPLOMACY_WORDS.has(prev.lower)) return true;
    if (LOCATIVE.has(prev.lower) || prev.lower === 'with') {
      if (!['to', 'with', 'с', 'со'].includes(prev.lower)) return false;
      for (let k = i - 2; k >= 0 && k >= i - 4; k--) {
        const w = tokens[k];
        if (!w || w.sentence !== t.sentence) break;
        if (DIPLOMACY_WORDS.has(w.lower)) return true;
      }
      return false;
    }
    if (cues.objectVerbs.has(prev.lower)) return true;
  }
  if (prev && cues.notAfter.has(prev.lower)) return false;
  if (t.possessive) return EN_POLICY_NOUNS.has(tokens[i + 1]?.lower ?? '');

  if (cues.capitalSubject === 'nominative-first') {
    // Azerbaijani: a bare (nominative) capital opening its sentence is the subject ("Bakı … qaldıracaq").
    if (t.lower !== pack.foldCase(entry.name)) return false;
    const next = tokens[i + 1];
    if (next && next.sentence === t.sentence && (next.cap || next.lower.startsWith('şəhər'))) return false;
    return !prev || prev.sentence !== t.sentence;
  }

  // Subject: [and <place>] [, which …,] aux* verb.
  let j = i + 1;
  const n0 = tokens[j];
  if (n0 && n0.sentence === t.sentence && CONJUNCTIONS.has(n0.lower) && tokens[j + 1]?.cap) {
    if (/[,;:()“”"«»]/.test(gap(body, t, n0))) return false;
    j += 2;
  }
  j = skipRelativeClause(body, tokens, j);
  if (cues.capitalSubject === 'nominative-verb') {
    // Russian: nominative only ("Москва", "Баку" indeclinable, not "Москву"), then a finite verb.
    const verbs = pack.analysis.speechVerbs;
    if (t.lower !== pack.foldCase(entry.name) && !verbs.has(tokens[i + 1]?.lower ?? '')) return false;
    for (let k = j; k < tokens.length && k < j + 3; k++) {
      const n = tokens[k];
      if (!n || n.sentence !== t.sentence || n.cap) return false;
      if (/[,;:()“”"«»]/.test(gap(body, tokens[k - 1], n)) && k > j) return false;
      if (verbs.has(n.lower) || cues.finiteVerb.test(n.lower)) return true;
      if (!cues.verbLeadIns.has(n.lower)) return false;
    }
    return false;
  }
  for (let k = j; k < tokens.length && k < j + 5; k++) {
    const n = tokens[k];
    if (!n || n.sentence !== t.sentence) return false;
    if (k > j && /[,;:()“”"«»]/.test(gap(body, tokens[k - 1], n))) return false;
    if (EN_GOVERNMENT_VERBS.has(n.lower)) return true;
    if (EN_COPULAS.has(n.lower)) {
      // "Tehran was critical" (an adjective), not "Kyiv was hit" (a passive) or "Baku is home to".
      const a = tokens[k + 1];
      if (
        a &&
        a.sentence === t.sentence &&
        !a.cap &&
        !isFunctionWord(a.lower) &&
        !isNoun(a.lower) &&
        !isVerb(a.lower) &&
        !/(?:ed|en)$/.test(a.lower)
      )
        return true;
    }
    if (EN_AUX.has(n.lower)) continue;
    const before = tokens[k - 1]?.lower ?? '';
    return (
      !n.cap && k > i + 1 && EN_VERB_BEFORE.has(before) && !isFunctionWord(n.lower) && n.lower !== 'been'
    );
  }
  return false;
}
