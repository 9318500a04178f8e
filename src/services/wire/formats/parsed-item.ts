/** One item of a feed or agency file as its format states it, before it is stored. */
export interface ParsedWireItem {
  /** The item's identity in its source: RSS guid (else link), Atom id, ninjs uri, NewsML-G2 guid. */
  guid: string;
  headline: string;
  slugline: string | null;
  /** The body as HTML (not yet sanitised) or, when `bodyIsHtml` is false, plain text. */
  body: string;
  bodyIsHtml: boolean;
  url: string | null;
  /** The item's own language, when it states one. */
  language: string | null;
  byline: string | null;
  located: string | null;
  subjects: string[];
  publishedAt: Date | null;
  /** The item as received (its XML element or JSON object), kept unchanged. */
  original: string;
}

/** What reading a file or feed gives, item by item: an item, or why one item was refused. */
export type WireEntry = { item: ParsedWireItem } | { error: string };

export const MAX_GUID_CHARS = 500;

/** A date as feeds write it (RFC 822 or ISO 8601), null when absent; throws on nonsense. */
export function feedDate(value: string, field: string): Date | null {
  const v = value.trim();
  if (!v) return null;
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) throw new Error(`${field}: "${v.slice(0, 60)}" is not a date`);
  return d;
}

/** Checks what every item needs and names what is missing. */
export function checked(item: ParsedWireItem): ParsedWireItem {
  if (!item.guid) throw new Error('no guid/id: the item cannot be stored once');
  if (item.guid.length > MAX_GUID_CHARS) throw new Error(`guid: longer than ${MAX_GUID_CHARS} characters`);
  if (!item.headline) throw new Error('no headline');
  return item;
}

/** Names an item in messages: its id if it has one, else its position. */
export const itemLabel = (guid: string, position: string): string =>
  guid ? `item ${JSON.stringify(guid.slice(0, 120))}` : position;
