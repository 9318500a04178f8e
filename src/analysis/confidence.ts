/**
 * How sure the analyser is of each item, 0–1, read from the evidence each step recorded — never a
 * constant per kind. With the site setting `storyFacts: auto`, items at or above AUTO_THRESHOLD
 * reach readers without review; below it they wait for an editor like everything in `review`.
 *
 *   people     a role written with the full name .90 · a full name next to a speech verb .80 ·
 *              a known first name .70 · an honorific and a surname .60; −.10 when the base form
 *              had to be guessed from an inflected name alone; +.05 when named again later
 *   places     by name, named twice or more .90 · by name once .80 · a capital for its government
 *              .75 · only through a demonym ("Ukrainian") .60; −.10 when the name was read from a
 *              case ending alone ("в Чиланзаре")
 *   orgs       a ministry, armed forces, outlet or known body .85 · a capitalised name read from
 *              its shape .70; +.05 when named again
 *   equipment  a known system .85 · a generic item from the word list .75 · a vessel read from its
 *              context .60 · a bare class noun .55
 *   quotes     speaker named next to the speech verb .90 (a partial quote .85) · an institution
 *              ("the ministry said") or a statement's source .80 · a pronoun whose person is in the
 *              same or previous sentence with no rival, or a role ("the minister") with one holder
 *              named before .80 · a capital as government .75 · the previous speaker carried on
 *              .55 · a weak road — a pronoun further back or with a rival, a role's holder that is
 *              ambiguous or named only later, "they" for a group, the other side's claim — .50 ·
 *              an unresolved subject .40 · no speaker / a scare-quoted term .10; at most .60 when
 *              the chosen speaker's score beat a rival's by less than SURE_MARGIN (speaker-choice.ts)
 *   events     a full date with its year .90 · a year or years .80 · day and month, year inferred
 *              .80 · a relative day .70 · a weekday .70 · a bare time tied to another event .65 ·
 *              a vague period .55; −.15 when the description had to be cut
 *   conflicts  the weakest of its claims' parties: a quote's speaker .85 · "<Demonym> officials"
 *              .75 · an organisation in the sentence .70 · one earlier in the paragraph .50
 */
import type { SpeakerVia } from './attribution.ts';
import { SURE_MARGIN } from './speaker-choice.ts';
import type { DateBasis } from './dates.ts';
import type { EquipmentSort } from './equipment.ts';
import type { OrgKind } from './orgs.ts';
import type { PersonEvidence } from './people.ts';
import type { ClaimFact, PlaceVia, QuoteKind } from './types.ts';

/** Items at or above this are shown without review when the site runs `storyFacts: auto`. */
export const AUTO_THRESHOLD = 0.75;

const round = (x: number): number => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;

export function personConfidence(p: {
  evidence: PersonEvidence;
  /** The base form differs from every full form written (it was inferred from an inflected one). */
  guessedBase: boolean;
  mentions: number;
}): number {
  const base = { role: 0.9, speech: 0.8, 'first-name': 0.7, honorific: 0.6 }[p.evidence];
  return round(base - (p.guessedBase ? 0.1 : 0) + (p.mentions > 1 ? 0.05 : 0));
}

export function placeConfidence(via: PlaceVia, mentions: number, guessed = false): number {
  if (via === 'demonym') return 0.6;
  if (via === 'metonym') return 0.75;
  // A name read from a case ending alone ("в Чиланзаре") may have the wrong nominative.
  return round((mentions > 1 ? 0.9 : 0.8) - (guessed ? 0.1 : 0));
}

export function orgConfidence(kinds: readonly OrgKind[], mentions: number): number {
  const known = kinds.some((k) => k !== 'named');
  return round((known ? 0.85 : 0.7) + (mentions > 1 ? 0.05 : 0));
}

export function equipmentConfidence(sorts: readonly EquipmentSort[]): number {
  if (sorts.includes('system')) return 0.85;
  if (sorts.includes('generic')) return 0.75;
  if (sorts.includes('vessel')) return 0.6;
  return 0.55;
}

export function quoteConfidence(
  kind: QuoteKind,
  speaker: string | null,
  via: SpeakerVia | undefined,
  /** The chosen speaker's score over the best rival's; a narrow win is a weak road. */
  margin = Infinity,
): number {
  if (kind === 'term' || speaker === null || via === undefined) return 0.1;
  const base = viaConfidence(kind, via);
  return margin < SURE_MARGIN ? Math.min(base, NARROW) : base;
}

/** The most a narrowly chosen speaker is worth: below the auto threshold. */
const NARROW = 0.6;

function viaConfidence(kind: QuoteKind, via: SpeakerVia): number {
  switch (via) {
    case 'named':
      return kind === 'partial' ? 0.85 : 0.9;
    case 'institution':
    case 'statement':
      return 0.8;
    case 'place':
      return 0.75;
    case 'anaphor':
    case 'pronoun':
      return 0.8;
    case 'continuation':
      return 0.55;
    case 'guess':
    case 'group':
    case 'claim':
      return 0.5;
    case 'literal':
      return 0.4;
  }
}

export function eventConfidence(basis: DateBasis, completeDescription: boolean): number {
  const base = {
    explicit: 0.9,
    year: 0.8,
    'inferred-year': 0.8,
    relative: 0.7,
    weekday: 0.7,
    anchored: 0.65,
    vague: 0.55,
  }[basis];
  return round(base - (completeDescription ? 0 : 0.15));
}

export function conflictConfidence(claims: readonly ClaimFact[]): number {
  const of = { speaker: 0.85, officials: 0.75, sentence: 0.7, paragraph: 0.5 } as const;
  return claims.length ? Math.min(...claims.map((c) => of[c.via ?? 'paragraph'])) : 0;
}
