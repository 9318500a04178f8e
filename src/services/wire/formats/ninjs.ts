import { z } from 'zod';
import { checked, feedDate, itemLabel, type ParsedWireItem, type WireEntry } from './parsed-item.ts';

/** A ninjs file is read whole; larger ones are refused (an agency sends one item per file). */
export const MAX_NINJS_CHARS = 32 * 1024 * 1024;

const text = z.string().max(4 * 1024 * 1024);
const valued = z.object({
  value: text,
  contenttype: z.string().max(200).optional(),
  role: z.string().optional(),
});
const named = z.object({ name: z.string().max(500).optional(), uri: z.string().max(2000).optional() });

/** IPTC ninjs 2.x (and the 1.x names agencies still send: headline, body_html, body_text). */
export const ninjsItemSchema = z.object({
  uri: z.string().min(1, 'required').max(500),
  type: z.string().max(50).optional(),
  language: z.string().max(35).optional(),
  versioncreated: z.string().max(100).optional(),
  firstcreated: z.string().max(100).optional(),
  headlines: z.array(valued).max(50).optional(),
  headline: text.optional(),
  slugline: z.string().max(500).optional(),
  bodies: z.array(valued).max(50).optional(),
  body_html: text.optional(),
  body_text: text.optional(),
  byline: z.string().max(500).optional(),
  located: z.string().max(500).optional(),
  subject: z.array(named).max(500).optional(),
  places: z.array(named).max(500).optional(),
});
export type NinjsItem = z.infer<typeof ninjsItemSchema>;

function toItem(n: NinjsItem, original: string): ParsedWireItem {
  const headline = n.headlines?.find((h) => !h.role || h.role === 'main')?.value ?? n.headline ?? '';
  const html = n.bodies?.find((b) => b.contenttype === 'text/html')?.value ?? n.body_html;
  const plain = n.bodies?.find((b) => !b.contenttype || b.contenttype === 'text/plain')?.value ?? n.body_text;
  return checked({
    guid: n.uri,
    headline: headline.trim(),
    slugline: n.slugline?.trim() || null,
    body: html ?? plain ?? '',
    bodyIsHtml: html !== undefined,
    url: null,
    language: n.language ?? null,
    byline: n.byline?.trim() || null,
    located: n.located?.trim() || n.places?.[0]?.name || null,
    subjects: (n.subject ?? []).map((s) => s.name ?? s.uri ?? '').filter(Boolean),
    publishedAt: feedDate(
      n.firstcreated ?? n.versioncreated ?? '',
      n.firstcreated ? 'firstcreated' : 'versioncreated',
    ),
    original,
  });
}

/**
 * Reads ninjs JSON: one item, an array of items, or `{"items": [...]}`. Each item is checked by
 * the schema; one that fails becomes an error naming it (uri, else position) and the rest go on.
 */
export function* readNinjs(json: string): Generator<WireEntry> {
  if (json.length > MAX_NINJS_CHARS)
    throw new Error(`a ninjs file larger than ${MAX_NINJS_CHARS} characters`);
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (e) {
    throw new Error(`malformed JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const list: unknown[] = Array.isArray(doc)
    ? doc
    : doc && typeof doc === 'object' && 'items' in doc && Array.isArray(doc.items)
      ? (doc.items as unknown[])
      : [doc];
  for (const [i, raw] of list.entries()) {
    const uri = raw && typeof raw === 'object' && 'uri' in raw && typeof raw.uri === 'string' ? raw.uri : '';
    const label = itemLabel(uri, `item ${i + 1}`);
    const r = ninjsItemSchema.safeParse(raw);
    if (!r.success) {
      const why = r.error.issues.map((x) => `${x.path.join('.') || 'item'}: ${x.message}`).join('; ');
      yield { error: `${label}: ${why}` };
      continue;
    }
    try {
      // A file of one item keeps its text byte for byte; items of a list keep their own JSON.
      yield { item: toItem(r.data, list.length === 1 && doc === raw ? json : JSON.stringify(raw)) };
    } catch (e) {
      yield { error: `${label}: ${e instanceof Error ? e.message : String(e)}` };
    }
  }
}
