/**
 * The newsroom's gate on a reading: every item has a stable key, editors approve items by key,
 * and readers see an item only as the site's `storyFacts` setting allows — `review`: approved
 * items; `auto`: approved items and those at or above AUTO_THRESHOLD; `off`: nothing. An item
 * an editor added or corrected counts as approved. Quotes reach readers only as exact
 * substrings of the article's text. Pure.
 *
 * Keys name what a reader would see, so an approval lasts exactly as long as that holds:
 *   person:<base-form slug>[@<role>]   place:<slug>   org:<slug>   equipment:<slug>
 *   quote:<speaker slug>:<normalised text>   event:<iso>:<normalised description>
 *   conflict:<about>:<parties and means>
 * (normalised text: case, quotation marks, punctuation and spacing folded, then hashed).
 * A re-reading that finds the same item gives the same key, so it stays approved; a changed
 * speaker, date, description or role is a new key and waits for review.
 */
import type { StoryFactsMode } from '../domain/site.ts';
import { slugify } from '../lib/slug.ts';
import { AUTO_THRESHOLD } from './confidence.ts';
import type {
  AnalysisResult,
  ConflictFact,
  EquipmentFact,
  EventFact,
  OrgFact,
  PersonFact,
  PlaceFact,
  QuoteFact,
  Reviewable,
} from './types.ts';

export type ItemKind = 'person' | 'place' | 'org' | 'equipment' | 'quote' | 'event' | 'conflict';

/** Case, quotation marks, punctuation and spacing folded: what a reader would call "the same words". */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\u0307/g, '')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** FNV-1a, 64 bits as hex: short keys for long texts (collisions within one article are not a concern). */
function hash(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= BigInt(byte);
    h = BigInt.asUintN(64, h * 0x100000001b3n);
  }
  return h.toString(16).padStart(16, '0');
}

const slugOr = (s: string | null) => (s ? slugify(s) || normaliseText(s) : '-');

export function personKey(p: Pick<PersonFact, 'name' | 'role'>): string {
  return `person:${slugOr(p.name)}${p.role ? `@${hash(normaliseText(p.role))}` : ''}`;
}
export const placeKey = (p: Pick<PlaceFact, 'name'>): string => `place:${slugOr(p.name)}`;
export const orgKey = (o: Pick<OrgFact, 'name'>): string => `org:${slugOr(o.name)}`;
export const equipmentKey = (e: Pick<EquipmentFact, 'name'>): string => `equipment:${slugOr(e.name)}`;
export function quoteKey(q: Pick<QuoteFact, 'speaker' | 'full_text'>): string {
  return `quote:${slugOr(q.speaker)}:${hash(normaliseText(q.full_text))}`;
}
export function eventKey(e: Pick<EventFact, 'iso' | 'description'>): string {
  return `event:${e.iso}:${hash(normaliseText(e.description))}`;
}
export function conflictKey(c: ConflictFact): string {
  const claims = c.claims.map((x) => `${normaliseText(x.by)}=${normaliseText(x.means)}`).sort();
  return `conflict:${slugOr(c.about)}:${hash(claims.join('|'))}`;
}

/** Every item of a reading with its kind and key, in the reading's order. */
export function itemsOf(r: AnalysisResult): { kind: ItemKind; key: string; item: Reviewable }[] {
  return [
    ...r.people.map((item) => ({ kind: 'person' as const, key: personKey(item), item })),
    ...r.places.map((item) => ({ kind: 'place' as const, key: placeKey(item), item })),
    ...r.orgs.map((item) => ({ kind: 'org' as const, key: orgKey(item), item })),
    ...r.equipment.map((item) => ({ kind: 'equipment' as const, key: equipmentKey(item), item })),
    ...r.quotes.map((item) => ({ kind: 'quote' as const, key: quoteKey(item), item })),
    ...r.events.map((item) => ({ kind: 'event' as const, key: eventKey(item), item })),
    ...(r.conflicts ?? []).map((item) => ({ kind: 'conflict' as const, key: conflictKey(item), item })),
  ];
}

export interface Gate {
  mode: StoryFactsMode;
  /** Keys editors approved for this article. */
  approved: ReadonlySet<string>;
  /** Editors hid the machine's reading of this article from readers. */
  hidden: boolean;
}

export const isApproved = (key: string, item: Reviewable, approved: ReadonlySet<string>): boolean =>
  item.edited === true || approved.has(key);

/** Whether readers may see an item under the gate. */
export function isShown(key: string, item: Reviewable, gate: Gate): boolean {
  if (gate.mode === 'off' || gate.hidden) return false;
  if (isApproved(key, item, gate.approved)) return true;
  return gate.mode === 'auto' && (item.confidence ?? 0) >= AUTO_THRESHOLD;
}

/** The words of a quote as readers get them: each part must stand in the text exactly as written. */
export function exactQuote(q: QuoteFact, body: string): QuoteFact | null {
  const parts = q.parts?.length ? q.parts : [q.full_text];
  const kept = parts.map((p) => p.trim()).filter((p) => p !== '' && body.includes(p));
  const [only, ...more] = kept;
  if (kept.length !== parts.length || only === undefined) return null;
  if (more.length) return { ...q, parts: kept };
  const { parts: _single, ...rest } = q;
  return { ...rest, full_text: only };
}

/**
 * What readers may see of a reading, or null when nothing: the gate applied item by item, quotes
 * and claims kept only when they are exact substrings of `body`.
 */
export function readerView(r: AnalysisResult, gate: Gate, body: string): AnalysisResult | null {
  if (gate.mode === 'off' || gate.hidden) return null;
  const shown = <T extends Reviewable>(items: readonly T[], key: (x: T) => string): T[] =>
    items.filter((x) => isShown(key(x), x, gate));
  const view: AnalysisResult = {
    people: shown(r.people, personKey),
    places: shown(r.places, placeKey),
    orgs: shown(r.orgs, orgKey),
    equipment: shown(r.equipment, equipmentKey),
    quotes: shown(r.quotes, quoteKey).flatMap((q) => exactQuote(q, body) ?? []),
    events: shown(r.events, eventKey),
    conflicts: shown(r.conflicts ?? [], conflictKey).flatMap((c) => {
      const claims = c.claims.filter((x) => body.includes(x.text));
      return claims.length >= 2 && new Set(claims.map((x) => x.means)).size > 1 ? [{ ...c, claims }] : [];
    }),
  };
  const empty = itemsOf(view).length === 0;
  return empty ? null : view;
}
