/**
 * What the attribution steps look speakers up in, built once per article: which person,
 * organisation or place each token belongs to, every person mention in order, and which tokens are
 * quoted (a speaker's own words, never the writer's subject).
 */
import type { QuoteSpan } from './quotes.ts';
import type { Person } from './people.ts';
import type { OrgMention } from './orgs.ts';
import type { PlaceMention } from './places.ts';
import { countryName, demonymCountry } from './gazetteer.ts';
import { tokenAtOrAfter, type TextModel, type Token } from './tokenize.ts';
import { packFor } from '../languages/index.ts';
import { orgHeadAnaphors } from './speaker-org-anaphors.ts';
import type { AnalysisCues } from '../languages/analysis-cues.ts';

/**
 * How a quote's speaker was found; its confidence is read from this (confidence.ts). The weak
 * roads are told apart from the sure ones: a pronoun or role whose holder is near and the only
 * candidate (`pronoun`, `anaphor`) against one further away, ambiguous or named only later (`guess`).
 */
export type SpeakerVia =
  | 'named'
  | 'institution'
  | 'statement'
  | 'place'
  | 'anaphor'
  | 'pronoun'
  | 'guess'
  | 'group'
  | 'continuation'
  | 'claim'
  | 'literal';

export interface Entity {
  speaker: string;
  via: SpeakerVia;
  /** Country the speaker belongs to, when known (for "the other side"). */
  country: string | null;
  /** Only the subject's words: no person, organisation or place was found in them. */
  literal?: boolean;
  /** The person, when the speaker is one. */
  person?: Person;
}

/** An attribution found: its speaker (null when unresolved) and the words as written. */
export interface Found {
  entity: Entity | null;
  text: string;
}

export interface AttributionContext {
  people: readonly Person[];
  orgs: readonly OrgMention[];
  places: readonly PlaceMention[];
}

export interface PersonRef {
  person: Person;
  /** First token of the mention's name. */
  token: number;
  start: number;
  /** Inside a quotation: named by the speaker, not by the writer. */
  quoted: boolean;
}

export interface SpeakerIndex {
  model: TextModel;
  tokens: readonly Token[];
  body: string;
  cues: AnalysisCues;
  quotes: readonly QuoteSpan[];
  ctx: AttributionContext;
  personAt: Map<number, Person>;
  /** Every person mention, in text order. */
  mentions: PersonRef[];
  orgAt: Map<number, OrgMention>;
  placeAt: Map<number, PlaceMention>;
  /** 1 for tokens inside a top-level quotation. */
  quoted: Uint8Array;
  /** The last quote's speaker when a person, and the sentences its quote and attribution span. */
  previous: { person: Person; from: number; to: number } | null;
  /** The sentence the quote being attributed opens in (its attribution may be sentences later). */
  quoteSentence: number;
}

export function buildSpeakerIndex(
  model: TextModel,
  quotes: readonly QuoteSpan[],
  ctx: AttributionContext,
): SpeakerIndex {
  const { tokens } = model;
  const quoted = new Uint8Array(tokens.length);
  for (const q of quotes) {
    if (q.depth > 0) continue;
    for (
      let k = tokenAtOrAfter(tokens, q.start);
      k < tokens.length && (tokens[k]?.start ?? Infinity) < q.end;
      k++
    )
      quoted[k] = 1;
  }
  const personAt = new Map<number, Person>();
  const mentions: PersonRef[] = [];
  for (const p of ctx.people) {
    for (const m of p.mentions) {
      for (let k = tokenAtOrAfter(tokens, m.start); k <= m.nameLast; k++) personAt.set(k, p);
      mentions.push({ person: p, token: m.nameFirst, start: m.start, quoted: quoted[m.nameFirst] === 1 });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const orgAt = new Map<number, OrgMention>();
  for (const o of ctx.orgs) for (let k = o.first; k <= o.last; k++) orgAt.set(k, o);
  const placeAt = new Map<number, PlaceMention>();
  for (const p of ctx.places) placeAt.set(p.tokenIndex, p);
  const cues = packFor(model.language).analysis;
  const taken = (k: number): boolean => orgAt.has(k) || personAt.has(k) || placeAt.has(k);
  for (const o of orgHeadAnaphors(model, ctx.orgs, cues, taken)) orgAt.set(o.first, o);
  return {
    model,
    tokens,
    body: model.body,
    cues,
    quotes,
    ctx,
    personAt,
    mentions,
    orgAt,
    placeAt,
    quoted,
    previous: null,
    quoteSentence: 0,
  };
}

/**
 * A case ending after a hyphen or apostrophe ("Report-a", "APA-ya", "Trend-in", "AFP-dən"): dative,
 * genitive, accusative, locative, ablative. Only these: a hyphenated given name ("Hye-jin",
 * "Sang-woo") is part of the name.
 */
export const CASE_SUFFIX = /[-'’](?:[yn]?[aə]|n?[ıiuü]n?|y[ıiuü]|[dt][aə]n?)$/u;
/** A name's last word with a case ending: an addressee, not the name. */
const ADDRESSEE = new RegExp(`\\s\\p{Lu}[\\p{L}\\p{N}.]*${CASE_SUFFIX.source}`, 'u');

export function personEntity(p: Person, via: SpeakerVia = 'named'): Entity {
  return { speaker: p.name.replace(ADDRESSEE, ''), country: null, via, person: p };
}

/** The country an organisation's name opens with ("Georgian Foreign Ministry" → GE). */
function countryOfName(name: string, language: string): string | null {
  const word = name.split(/\s+/)[0] ?? '';
  const t: Token = {
    index: 0,
    start: 0,
    end: word.length,
    text: word,
    base: word,
    lower: word.toLowerCase(),
    cap: true,
    possessive: false,
    sentence: 0,
    paragraph: 0,
  };
  return demonymCountry([t], 0, language);
}

export function orgEntity(ix: SpeakerIndex, o: OrgMention): Entity {
  return {
    speaker: o.name,
    country: countryOfName(o.name, ix.model.language),
    via: o.anaphor ? 'institution' : 'named',
  };
}

export function placeEntity(ix: SpeakerIndex, pl: PlaceMention): Entity {
  const place = pl.written ?? pl.entry;
  if (place.type === 'city' && place.capital) {
    return {
      speaker: `${place.name} (${countryName(place.country, ix.model.language)})`,
      country: place.country,
      via: 'place',
    };
  }
  return { speaker: pl.entry.name, country: pl.entry.country || null, via: 'place' };
}

/** The person, organisation or (not a demonym) place token k belongs to. */
export function entityAt(ix: SpeakerIndex, k: number): Entity | null {
  const p = ix.personAt.get(k);
  if (p) return personEntity(p);
  const o = ix.orgAt.get(k);
  if (o) return orgEntity(ix, o);
  const pl = ix.placeAt.get(k);
  if (pl && pl.via !== 'demonym') return placeEntity(ix, pl);
  return null;
}

/** The first person, organisation or place within `span` tokens from k. */
export function entityNear(ix: SpeakerIndex, k: number, span: number): Entity | null {
  for (let j = k; j < k + span && j < ix.tokens.length; j++) {
    const e = entityAt(ix, j);
    if (e) return e;
  }
  return null;
}

/** The text between two tokens holds one of these characters (punctuation between them). */
export function gapHas(ix: SpeakerIndex, a: number, b: number, re: RegExp): boolean {
  return re.test(ix.body.slice(ix.tokens[a]?.end ?? 0, ix.tokens[b]?.start ?? 0));
}

/** Does the word sequence `words` start at token k? */
export function phraseAt(ix: SpeakerIndex, k: number, words: readonly string[]): boolean {
  return words.every((w, i) => ix.tokens[k + i]?.lower === w);
}
