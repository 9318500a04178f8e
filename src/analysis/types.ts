/**
 * The shape of an article read into facts. It is the `gold` shape of
 * test/fixtures/story-gold/FORMAT.md, so one scorer compares hand annotations with the machine's.
 * Offsets are UTF-16 code-unit offsets into the analysed body (JavaScript string indices).
 */
export interface AnalysisInput {
  body: string;
  /** BCP 47 language of the text: 'en', 'ru', 'az'. */
  language: string;
  /** Publication date, YYYY-MM-DD, in `timezone`. */
  published: string;
  timezone: string;
}

/**
 * What every item of a reading carries beside the gold shape (scorers ignore it): how sure the
 * analyser is, and whether an editor made or changed the item (then it counts as approved).
 */
export interface Reviewable {
  /** 0–1, from the evidence the analyser found (confidence.ts); editors' items are 1. */
  confidence?: number;
  /** Added or changed by an editor's correction. */
  edited?: boolean;
}

export interface PersonFact extends Reviewable {
  name: string;
  /** Role and affiliation as written ("Russian Deputy Foreign Minister"), or null. */
  role: string | null;
  mentions: string[];
}

export type PlaceType = 'country' | 'city' | 'region';
export type PlaceVia = 'name' | 'demonym' | 'metonym';

export interface PlaceFact extends Reviewable {
  name: string;
  type: PlaceType;
  via: PlaceVia;
  mentions: string[];
}

export interface OrgFact extends Reviewable {
  name: string;
  mentions: string[];
}

export interface EquipmentFact extends Reviewable {
  name: string;
  mentions: string[];
}

export type QuoteKind = 'full' | 'partial' | 'term' | 'nested';

export interface QuoteFact extends Reviewable {
  /** First 8 words of the quoted text. */
  text8: string;
  full_text: string;
  /** Resolved speaker (person's full name or institution), or null for terms. */
  speaker: string | null;
  /** The attribution as written ("the statement said"), or null. */
  attribution: string | null;
  kind: QuoteKind;
  start: number;
  end: number;
  /** A quotation running over several paragraphs: each paragraph's words as written. */
  parts?: string[];
}

export type EventKind = 'event' | 'period' | 'dateline';

export interface EventFact extends Reviewable {
  expression: string;
  /** YYYY-MM-DD, YYYY-MM-DDTHH:MM, YYYY-MM, YYYY, or a range A/B. */
  iso: string;
  description: string;
  kind: EventKind;
  start: number;
}

export interface ClaimFact {
  by: string;
  via?: 'speaker' | 'officials' | 'sentence' | 'paragraph';
  means: string;
  text: string;
  start: number;
  end: number;
}

/** Parties disagreeing about the same matter (not part of the gold shape; scorers ignore it). */
export interface ConflictFact extends Reviewable {
  about: string;
  claims: ClaimFact[];
}

export interface AnalysisResult {
  conflicts?: ConflictFact[];
  people: PersonFact[];
  places: PlaceFact[];
  orgs: OrgFact[];
  quotes: QuoteFact[];
  events: EventFact[];
  equipment: EquipmentFact[];
}

/** An annotated article: test/fixtures/story-gold/*.json. */
export interface GoldArticle {
  id: string;
  published: string;
  timezone: string;
  language: string;
  body: string;
  gold: AnalysisResult;
}
