import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';
import { AUTO_THRESHOLD } from './confidence.ts';
import { applyCorrections, correctionSchema } from './corrections.ts';
import { eventKey, exactQuote, itemsOf, personKey, quoteKey, readerView, type Gate } from './review.ts';
import type { AnalysisResult } from './types.ts';

const read = (body: string, language = 'en') =>
  analyze({ body, language, published: '2025-11-21', timezone: 'Asia/Baku' });

const V1 =
  'Georgian Deputy Defence Minister Levan Beridze arrived in Baku on November 14. “We will not back down,” Beridze said. “The border stays shut,” he added.';
// The editor rewrites the second quote and adds a paragraph: the rest still holds.
const V2 =
  'Georgian Deputy Defence Minister Levan Beridze arrived in Baku on November 14. “We will not back down,” Beridze said. “The border stays closed for now,” he added.\n\nTalks will resume on December 2.';

describe('keys', () => {
  it('name what readers see: base-form name and role, speaker and words, date and description', () => {
    expect(personKey({ name: 'Михаил Евдокимов', role: null })).toBe('person:mikhail-evdokimov');
    expect(personKey({ name: 'Levan Beridze', role: 'Minister' })).not.toBe(
      personKey({ name: 'Levan Beridze', role: 'Deputy Minister' }),
    );
    const q = { speaker: 'Levan Beridze', full_text: '“We will not back down,”' };
    expect(quoteKey(q)).toBe(quoteKey({ speaker: 'Levan Beridze', full_text: 'we will NOT back down' }));
    expect(quoteKey(q)).not.toBe(quoteKey({ ...q, speaker: 'Anna Keller' }));
    expect(eventKey({ iso: '2025-11-14', description: 'Beridze arrived in Baku' })).toMatch(
      /^event:2025-11-14:[0-9a-f]{16}$/,
    );
    expect(eventKey({ iso: '2025-11-14', description: 'x' })).not.toBe(
      eventKey({ iso: '2025-11-15', description: 'x' }),
    );
  });

  it('survive a re-reading: approved items that still hold stay approved, changed ones wait', () => {
    const before = read(V1);
    const approved = new Set(itemsOf(before).map((i) => i.key));
    const after = read(V2);
    const status = itemsOf(after).map((i) => [i.kind, approved.has(i.key)] as const);
    const quotes = after.quotes.map((q) => [q.full_text, approved.has(quoteKey(q))]);
    expect(quotes).toEqual([
      ['We will not back down,', true],
      ['The border stays closed for now,', false],
    ]);
    expect(approved.has(personKey(after.people[0]!))).toBe(true);
    const events = after.events.map((e) => [e.iso, approved.has(eventKey(e))]);
    expect(events).toEqual([
      ['2025-11-14', true],
      ['2025-12-02', false],
    ]);
    expect(status.filter(([, ok]) => !ok).length).toBe(2);
  });
});

describe('readerView', () => {
  const reading = read(V1);
  const gate = (g: Partial<Gate>): Gate => ({ mode: 'review', approved: new Set(), hidden: false, ...g });

  it('review: shows nothing until approved, then exactly the approved items', () => {
    expect(readerView(reading, gate({}), V1)).toBeNull();
    const person = personKey(reading.people[0]!);
    const view = readerView(reading, gate({ approved: new Set([person]) }), V1)!;
    expect(view.people.map((p) => p.name)).toEqual(['Levan Beridze']);
    expect([view.places, view.quotes, view.events]).toEqual([[], [], []]);
  });

  it('auto: shows what the analyser is confident of, and approved items below the threshold', () => {
    // A quote given to "they" (a group named before) is a weak road, below the threshold.
    const text = `${V1} Officials from both sides met later. “Nothing is decided,” they said.`;
    const reading = read(text);
    const view = readerView(reading, gate({ mode: 'auto' }), text)!;
    const all = itemsOf(reading);
    const shown = new Set(itemsOf(view).map((i) => i.key));
    for (const i of all) expect(shown.has(i.key), i.key).toBe((i.item.confidence ?? 0) >= AUTO_THRESHOLD);
    const doubtful = all.find((i) => (i.item.confidence ?? 0) < AUTO_THRESHOLD && i.kind === 'quote')!;
    expect(doubtful).toBeDefined();
    const withApproval = readerView(
      reading,
      gate({ mode: 'auto', approved: new Set([doubtful.key]) }),
      text,
    )!;
    expect(itemsOf(withApproval).map((i) => i.key)).toContain(doubtful.key);
  });

  it('off, or hidden for the article: nothing, approved or not', () => {
    const everything = new Set(itemsOf(reading).map((i) => i.key));
    expect(readerView(reading, gate({ mode: 'off', approved: everything }), V1)).toBeNull();
    expect(readerView(reading, gate({ mode: 'auto', hidden: true, approved: everything }), V1)).toBeNull();
  });

  it('counts what an editor added or corrected as approved', () => {
    const corrected = applyCorrections(reading, [
      correctionSchema.parse({ op: 'add-person', name: 'Anna Keller', role: 'Foreign Minister' }),
    ]);
    expect(readerView(corrected, gate({}), V1)!.people.map((p) => p.name)).toEqual(['Anna Keller']);
  });

  it('gives readers only quotes that stand in the text exactly, multi-paragraph ones part by part', () => {
    const everything = new Set(itemsOf(reading).map((i) => i.key));
    // The reading is older than the text: the second quote was rewritten since.
    const edited = V1.replace('The border stays shut', 'The border stays closed');
    const view = readerView(reading, gate({ approved: everything }), edited)!;
    expect(view.quotes.map((q) => q.full_text)).toEqual(['We will not back down,']);
    for (const q of view.quotes) expect(edited).toContain(q.full_text);

    const body = '“First part of it.\n\n“Second part,” she said.';
    const q = {
      text8: 'First part of it. Second part,',
      full_text: 'First part of it. Second part,',
      parts: ['First part of it.', 'Second part,'],
      speaker: 'Anna Keller',
      attribution: 'she said',
      kind: 'full' as const,
      start: 1,
      end: 40,
    };
    expect(body).not.toContain(q.full_text);
    expect(exactQuote(q, body)?.parts).toEqual(['First part of it.', 'Second part,']);
    expect(exactQuote({ ...q, parts: ['First part of it.', 'Another part,'] }, body)).toBeNull();
  });

  it('keeps a conflict only with claims that stand in the text', () => {
    const r: AnalysisResult = {
      people: [],
      places: [],
      orgs: [],
      quotes: [],
      events: [],
      equipment: [],
      conflicts: [
        {
          about: 'missile',
          confidence: 0.9,
          claims: [
            { by: 'A', means: 'Patriot missile', text: 'A Patriot missile fell.', start: 0, end: 23 },
            { by: 'B', means: 'Iskander missile', text: 'An Iskander missile hit.', start: 24, end: 48 },
          ],
        },
      ],
    };
    const auto = gate({ mode: 'auto' });
    expect(readerView(r, auto, 'A Patriot missile fell. An Iskander missile hit.')?.conflicts).toHaveLength(
      1,
    );
    expect(readerView(r, auto, 'A Patriot missile fell. Something else happened.')).toBeNull();
  });
});
