/**
 * Step: places. Countries, cities and regions named in the text; countries only referred to by a
 * demonym ("Azerbaijani" → Azerbaijan, via demonym); capitals standing for their government
 * ("Moscow has expressed …", "Москва и Баку проведут", "asked Tbilisi and Yerevan", "Bakı … qaldıracaq")
 * give their country (via metonym); hyphenated pairs ("Azerbaijan-Armenia" → both) and descriptors
 * ("Almaty-based"); places not in the gazetteer read from grammar cues: "the village of X",
 * "X province", "Gulf of X", "Шебекинском округе" → Шебекинский округ, "село X", "X kəndi",
 * "X rayonunda". The news agency in a dateline ("BAKU, Nov 12 (Caspian Wire) –") is not a place.
 */
import type { PlaceFact, PlaceType, PlaceVia } from './types.ts';
import { countryName, matchPlace, type PlaceEntry } from './gazetteer.ts';
import type { TextModel, Token } from './tokenize.ts';
import { isFunctionWord, isMonthOrWeekday, isNoun, isVerb } from './lexicon.ts';
import { EN_AUXILIARIES, EN_GOVERNMENT_VERBS, EN_POLICY_NOUNS } from '../languages/data/speech.ts';
import { packFor } from '../languages/index.ts';

export interface PlaceMention {
  /** The place the mention counts for: for a metonym, the capital's country. */
  entry: PlaceEntry;
  /** For a metonym, the capital as written ("Moscow" for Russia). */
  written?: PlaceEntry;
  via: PlaceVia;
  start: number;
  end: number;
  text: string;
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
const gap = (body: string, a: Token | undefined, b: Token | undefined): string =>
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
function isMetonym(
  model: TextModel,
  i: number,
  entry: PlaceEntry,
  previous: PlaceMention | undefined,
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

function pushMention(
  out: PlaceMention[],
  entry: PlaceEntry,
  via: PlaceVia,
  first: Token,
  last: Token,
  body: string,
): void {
  out.push({
    entry,
    via,
    start: first.start,
    end: last.end,
    text: body.slice(first.start, last.end),
    tokenIndex: first.index,
  });
}

const countryEntry = (code: string, language: string): PlaceEntry => ({
  id: `country:${code}`,
  name: countryName(code, language),
  type: 'country',
  country: code,
  capital: false,
});

/** "BAKU, Nov 12 (Caspian Wire) –": the agency's name in brackets, as a span, or null. */
function datelineAgency(body: string): { start: number; end: number } | null {
  const m = /^[^\n()]{3,60}\(([^()\n]{2,60})\)\s*[-–—]/u.exec(body);
  if (!m) return null;
  const start = m[0].indexOf('(') + 1;
  return { start, end: start + (m[1]?.length ?? 0) };
}

/** Capitalised words from token i on, joined by spaces or hyphens within one sentence. */
function capitalRun(tokens: readonly Token[], i: number, max = 3): Token[] {
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
function cuePlace(
  model: TextModel,
  i: number,
): { name: string; type: PlaceType; first: Token; last: Token; length: number } | null {
  const { tokens, language } = model;
  const cues = packFor(language).analysis.places.cues;
  const t = tokens[i];
  if (!t || !t.cap) return null;
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  const sameSentence = (a: Token | undefined): a is Token => a !== undefined && a.sentence === t.sentence;
  // Each language's cue words; another language's are empty and find nothing.
  return englishCue() ?? russianCue() ?? azerbaijaniCue();

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
    return null;
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

/** Descriptors after a place in one hyphenated word: "Almaty-based", "Baku-born". */
const HYPHEN_DESCRIPTORS = new Set(['based', 'born', 'headquartered', 'registered', 'bound', 'made', 'led']);

/** Every place mention, in text order. */
export function findPlaceMentions(model: TextModel): PlaceMention[] {
  const { tokens, body, language } = model;
  const cues = packFor(language).analysis.places.cues;
  const out: PlaceMention[] = [];
  const agency = datelineAgency(body);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (agency && t.start >= agency.start && t.end <= agency.end) continue;
    // "Gulf of Riga": the feature, not the city it is named after.
    const of = tokens[i + 1];
    if (t.cap && cues.featureBefore.has(t.lower) && of?.lower === 'of' && of.sentence === t.sentence) {
      const run = capitalRun(tokens, i + 2);
      const last = run[run.length - 1];
      if (last) {
        const name = body.slice(t.start, last.end);
        const entry: PlaceEntry = {
          id: `region:${name.toLowerCase()}`,
          name,
          type: 'region',
          country: '',
          capital: false,
        };
        pushMention(out, entry, 'name', t, last, body);
        i = last.index;
        continue;
      }
    }
    const m = matchPlace(tokens, i, language);
    if (m) {
      const last = tokens[i + m.length - 1] ?? t;
      if (m.entry) {
        let entry = m.entry;
        let via: PlaceVia = 'name';
        let end = last;
        if (
          m.entry.capital &&
          m.length === 1 &&
          m.entry.country &&
          isMetonym(model, i, m.entry, out[out.length - 1])
        ) {
          entry = countryEntry(m.entry.country, language);
          via = 'metonym';
        } else if (m.entry.type === 'region') {
          // "the Caspian coast" is a region of its own.
          const next = tokens[i + m.length];
          if (next && cues.coastWords.has(next.lower) && next.start - last.end === 1) {
            const name = body.slice(t.start, next.end);
            entry = { ...m.entry, id: `region:${name.toLowerCase()}`, name };
            end = next;
          }
        }
        pushMention(out, entry, via, t, end, body);
        if (via === 'metonym') {
          const last = out[out.length - 1];
          if (last) last.written = m.entry;
        }
        i = end.index;
      } else if (m.demonymOf !== null) {
        pushMention(out, countryEntry(m.demonymOf, language), 'demonym', t, last, body);
        i += m.length - 1;
      }
      continue;
    }
    const cue = cuePlace(model, i);
    if (cue) {
      const entry: PlaceEntry = {
        id: `${cue.type}:${cue.name.toLowerCase()}`,
        name: cue.name,
        type: cue.type,
        country: '',
        capital: false,
      };
      pushMention(out, entry, 'name', cue.first, cue.last, body);
      i = Math.max(i, cue.last.index);
      continue;
    }
    // Hyphenated pairs: "Azerbaijan-Armenia", "Russian-Ukrainian"; descriptors: "Almaty-based".
    if (t.base.includes('-')) {
      const parts = t.base.split('-');
      if (parts.length === 2 && HYPHEN_DESCRIPTORS.has(parts[1] ?? '')) parts.pop();
      const found: { entry: PlaceEntry; via: PlaceVia }[] = [];
      for (const part of parts) {
        const pt: Token = {
          ...t,
          text: part,
          base: part,
          lower: part.toLowerCase(),
          cap: /^\p{Lu}/u.test(part),
          possessive: false,
        };
        const pm = matchPlace([pt], 0, language);
        if (!pm) {
          found.length = 0;
          break;
        }
        if (pm.entry) found.push({ entry: pm.entry, via: 'name' });
        else if (pm.demonymOf !== null)
          found.push({ entry: countryEntry(pm.demonymOf, language), via: 'demonym' });
      }
      for (const f of found) pushMention(out, f.entry, f.via, t, t, body);
    }
  }
  return out;
}

/** Aggregate mentions into facts, in order of first mention. */
export function placeFacts(mentions: readonly PlaceMention[]): PlaceFact[] {
  const groups = new Map<string, PlaceMention[]>();
  for (const m of mentions) {
    const g = groups.get(m.entry.id) ?? [];
    g.push(m);
    groups.set(m.entry.id, g);
  }
  const facts: PlaceFact[] = [];
  for (const g of groups.values()) {
    const first = g[0];
    if (!first) continue;
    const via: PlaceVia = g.some((m) => m.via === 'name')
      ? 'name'
      : g.some((m) => m.via === 'metonym')
        ? 'metonym'
        : 'demonym';
    const shown = g.filter((m) => (via === 'demonym' ? m.via === 'demonym' : m.via !== 'demonym'));
    facts.push({
      name: first.entry.name,
      type: first.entry.type,
      via,
      mentions: [...new Set(shown.map((m) => m.text))],
    });
  }
  return facts;
}

export function places(model: TextModel): PlaceFact[] {
  return placeFacts(findPlaceMentions(model));
}
