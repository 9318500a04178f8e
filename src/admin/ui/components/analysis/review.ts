import type { Reading } from '../../../../contract/analysis.ts';
import { t } from '../../i18n.ts';

/** The kinds of what a reading finds, and the review state of each item, as the analysis panel lists them. */

export type EntityKind = 'people' | 'places' | 'orgs' | 'equipment';
export type ReviewItem = Reading['items'][number];
export type ItemKind = ReviewItem['kind'];
export type Facts = Reading['facts'];

/** The entity lists, in the order the panel shows them. */
export const KINDS: EntityKind[] = ['people', 'places', 'orgs', 'equipment'];

/** The review item kind of each entity list. */
export const ITEM_KIND: Record<EntityKind, ItemKind> = {
  people: 'person',
  places: 'place',
  orgs: 'org',
  equipment: 'equipment',
};

export const kindLabel = (k: EntityKind) =>
  k === 'people'
    ? t('analysis.people')
    : k === 'places'
      ? t('analysis.places')
      : k === 'orgs'
        ? t('analysis.orgs')
        : t('analysis.equipment');

/** The review state of each item of a kind, in the order of the facts list. */
export function itemsByKind(items: ReviewItem[]): Record<ItemKind, ReviewItem[]> {
  const out: Record<ItemKind, ReviewItem[]> = {
    person: [],
    place: [],
    org: [],
    equipment: [],
    quote: [],
    event: [],
    conflict: [],
  };
  for (const i of items) out[i.kind].push(i);
  return out;
}

/** How many items wait for approval. Scare-quoted terms are not listed (readers never see them): they do not count. */
export function waitingCount(reading: Reading, review: Record<ItemKind, ReviewItem[]>): number {
  const terms = new Set(
    review.quote.filter((_, i) => reading.facts.quotes[i]?.kind === 'term').map((i) => i.key),
  );
  return reading.items.filter((i) => !i.approved && !terms.has(i.key)).length;
}

/** A correction as the API takes it (`op` and its fields: rename, drop, merge, set-speaker …). */
export type Correction = Record<string, unknown>;

/** What the lists need to show each item's review state and to correct it. */
export interface ReviewContext {
  items: Record<ItemKind, ReviewItem[]>;
  canCorrect: boolean;
  approve: (key: string) => void;
  unapprove: (key: string) => void;
  correct: (correction: Correction) => void;
}
