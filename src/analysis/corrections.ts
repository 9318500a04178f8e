import { z } from 'zod';
import type { AnalysisResult, EventFact, QuoteFact } from './types.ts';

/**
 * An editor's corrections to a reading. They are stored apart from the machine's result and
 * applied on top of it every time it is read, so they survive re-analysis and always win.
 * Entities are named by their name; quotes by their first eight words; events by expression+iso.
 * What a correction adds or changes is marked `edited` (and fully confident): it counts as
 * approved for readers (review.ts).
 */
const entityKind = z.enum(['people', 'places', 'orgs', 'equipment']);
const isoValue = z
  .string()
  .regex(
    /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?(\/\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?)?$/,
    'must be YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM or a range A/B',
  );
const name = z.string().trim().min(1).max(300);

export const correctionSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('rename'), kind: entityKind, from: name, to: name }),
  z.object({ op: z.literal('merge'), kind: entityKind, names: z.array(name).min(2), into: name }),
  z.object({ op: z.literal('drop'), kind: entityKind, name }),
  z.object({ op: z.literal('drop-quote'), text8: name }),
  z.object({ op: z.literal('drop-event'), expression: name, iso: z.string().min(4).max(40) }),
  z.object({ op: z.literal('set-speaker'), text8: name, speaker: name.nullable() }),
  z.object({ op: z.literal('set-role'), name, role: z.string().trim().max(300).nullable() }),
  z.object({
    op: z.literal('set-event'),
    expression: name,
    iso: z.string().min(4).max(40),
    /** The description as the machine wrote it, when one expression dates two events. */
    match: z.string().trim().min(1).max(300).optional(),
    newIso: isoValue.optional(),
    description: z.string().trim().min(1).max(200).optional(),
  }),
  z.object({ op: z.literal('add-person'), name, role: z.string().trim().max(300).nullable().default(null) }),
  z.object({ op: z.literal('add-place'), name, type: z.enum(['country', 'city', 'region']) }),
  z.object({ op: z.literal('add-org'), name }),
  z.object({
    op: z.literal('add-event'),
    expression: name,
    iso: isoValue,
    description: z.string().trim().min(1).max(200),
  }),
]);
export type Correction = z.infer<typeof correctionSchema>;

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const EDITED = { edited: true, confidence: 1 } as const;

export function applyCorrections(machine: AnalysisResult, corrections: Correction[]): AnalysisResult {
  const r: AnalysisResult = structuredClone(machine);
  for (const c of corrections) {
    switch (c.op) {
      case 'rename': {
        const list = r[c.kind] as { name: string; mentions: string[] }[];
        for (const item of list) if (same(item.name, c.from)) Object.assign(item, { name: c.to }, EDITED);
        for (const q of r.quotes) if (q.speaker && same(q.speaker, c.from)) q.speaker = c.to;
        break;
      }
      case 'merge': {
        const list = r[c.kind] as { name: string; mentions: string[] }[];
        const parts = list.filter((i) => c.names.some((n) => same(n, i.name)));
        const [keep, ...rest] = parts;
        if (!keep) break;
        keep.name = c.into;
        keep.mentions = [...new Set(parts.flatMap((p) => p.mentions))];
        Object.assign(keep, EDITED);
        (r as unknown as Record<string, unknown>)[c.kind] = list.filter((i) => !rest.includes(i));
        for (const q of r.quotes) {
          const speaker = q.speaker;
          if (speaker && c.names.some((n) => same(n, speaker))) q.speaker = c.into;
        }
        break;
      }
      case 'drop':
        (r as unknown as Record<string, unknown>)[c.kind] = (r[c.kind] as { name: string }[]).filter(
          (i) => !same(i.name, c.name),
        );
        break;
      case 'drop-quote':
        r.quotes = r.quotes.filter((q) => !same(q.text8, c.text8));
        break;
      case 'drop-event':
        r.events = r.events.filter((e) => !(same(e.expression, c.expression) && e.iso === c.iso));
        break;
      case 'set-speaker':
        r.quotes = r.quotes.map((q): QuoteFact =>
          same(q.text8, c.text8) ? { ...q, speaker: c.speaker, ...EDITED } : q,
        );
        break;
      case 'set-role':
        for (const p of r.people) if (same(p.name, c.name)) Object.assign(p, { role: c.role }, EDITED);
        break;
      case 'set-event':
        r.events = r.events.map((e): EventFact =>
          same(e.expression, c.expression) &&
          e.iso === c.iso &&
          (c.match === undefined || same(e.description, c.match))
            ? {
                ...e,
                iso: c.newIso ?? e.iso,
                description: c.description ?? e.description,
                kind: (c.newIso ?? e.iso).includes('/') && e.kind !== 'dateline' ? 'period' : e.kind,
                ...EDITED,
              }
            : e,
        );
        break;
      case 'add-person':
        if (!r.people.some((p) => same(p.name, c.name)))
          r.people.push({ name: c.name, role: c.role, mentions: [], ...EDITED });
        break;
      case 'add-place':
        if (!r.places.some((p) => same(p.name, c.name)))
          r.places.push({ name: c.name, type: c.type, via: 'name', mentions: [], ...EDITED });
        break;
      case 'add-org':
        if (!r.orgs.some((o) => same(o.name, c.name))) r.orgs.push({ name: c.name, mentions: [], ...EDITED });
        break;
      case 'add-event': {
        const e: EventFact = {
          expression: c.expression,
          iso: c.iso,
          description: c.description,
          kind: c.iso.includes('/') ? 'period' : 'event',
          start: -1,
          ...EDITED,
        };
        r.events.push(e);
        break;
      }
    }
  }
  return r;
}
