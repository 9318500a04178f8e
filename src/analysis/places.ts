/**
 * Step: places. Countries, cities and regions named in the text; countries only referred to by a
 * demonym ("Azerbaijani" → Azerbaijan, via demonym); capitals standing for their government
 * ("Moscow has expressed …", via metonym); hyphenated pairs ("Azerbaijan-Armenia" → both).
 */
import type { PlaceFact, PlaceVia } from './types.ts';
import { countryName, matchPlace, type PlaceEntry } from './gazetteer.ts';
import type { TextModel, Token } from './tokenize.ts';
import { EN_AUXILIARIES, EN_GOVERNMENT_VERBS, EN_POLICY_NOUNS, RU_SPEECH_VERBS } from './data/speech.ts';

export interface PlaceMention {
  entry: PlaceEntry;
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
  'в',
  'из',
  'во',
]);

/** A capital used as its government: subject of a government verb, or "Moscow’s position". */
function isMetonym(body: string, tokens: readonly Token[], i: number, language: string): boolean {
  const t = tokens[i];
  if (!t) return false;
  const prev = tokens[i - 1];
  if (prev && prev.sentence === t.sentence && LOCATIVE.has(prev.lower)) return false;
  if (t.possessive) return EN_POLICY_NOUNS.has(tokens[i + 1]?.lower ?? '');
  let j = i + 1;
  const verbs = language === 'ru' ? RU_SPEECH_VERBS : EN_GOVERNMENT_VERBS;
  while (j < tokens.length && j < i + 4) {
    const n = tokens[j];
    if (!n || n.sentence !== t.sentence) return false;
    if (/[,;:()“”"«»]/.test(body.slice(tokens[j - 1]?.end ?? n.start, n.start))) return false;
    if (verbs.has(n.lower)) return true;
    if (!EN_AUXILIARIES.has(n.lower)) return false;
    j++;
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

/** Every place mention, in text order. */
export function findPlaceMentions(model: TextModel): PlaceMention[] {
  const { tokens, body, language } = model;
  const out: PlaceMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const m = matchPlace(tokens, i, language);
    if (m) {
      const last = tokens[i + m.length - 1] ?? t;
      if (m.entry) {
        const via: PlaceVia =
          m.entry.capital && m.length === 1 && isMetonym(body, tokens, i, language) ? 'metonym' : 'name';
        pushMention(out, m.entry, via, t, last, body);
      } else if (m.demonymOf !== null) {
        const entry: PlaceEntry = {
          id: `country:${m.demonymOf}`,
          name: countryName(m.demonymOf, language),
          type: 'country',
          country: m.demonymOf,
          capital: false,
        };
        pushMention(out, entry, 'demonym', t, last, body);
      }
      i += m.length - 1;
      continue;
    }
    // Hyphenated pairs: "Azerbaijan-Armenia", "Russian-Ukrainian".
    if (t.base.includes('-')) {
      const parts = t.base.split('-');
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
        else if (pm.demonymOf !== null) {
          found.push({
            entry: {
              id: `country:${pm.demonymOf}`,
              name: countryName(pm.demonymOf, language),
              type: 'country',
              country: pm.demonymOf,
              capital: false,
            },
            via: 'demonym',
          });
        }
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
