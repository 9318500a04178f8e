import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from './types.ts';
import { applyCorrections, correctionSchema } from './corrections.ts';

const machine: AnalysisResult = {
  people: [
    { name: 'Anna Keller', role: 'Foreign Minister', mentions: ['Foreign Minister Anna Keller', 'Keller'] },
    { name: 'A. Keller', role: null, mentions: ['A. Keller'] },
    { name: 'Jordan Smith', role: null, mentions: ['Jordan'] },
  ],
  places: [{ name: 'Baku', type: 'city', via: 'name', mentions: ['Baku'] }],
  orgs: [{ name: 'MFA', mentions: ['MFA'] }],
  quotes: [
    {
      text8: 'We will not back down',
      full_text: 'We will not back down',
      speaker: 'A. Keller',
      attribution: 'she said',
      kind: 'full',
      start: 0,
      end: 21,
    },
    {
      text8: 'red line',
      full_text: 'red line',
      speaker: null,
      attribution: null,
      kind: 'term',
      start: 30,
      end: 38,
    },
  ],
  events: [
    { expression: 'on Tuesday', iso: '2025-11-18', description: 'Keller spoke', kind: 'event', start: 40 },
  ],
  equipment: [],
};

describe('applyCorrections', () => {
  it('merges, renames, fixes speakers, drops and adds — and leaves the machine result untouched', () => {
    const r = applyCorrections(machine, [
      correctionSchema.parse({
        op: 'merge',
        kind: 'people',
        names: ['Anna Keller', 'A. Keller'],
        into: 'Anna Keller',
      }),
      correctionSchema.parse({ op: 'rename', kind: 'orgs', from: 'MFA', to: 'Ministry of Foreign Affairs' }),
      correctionSchema.parse({ op: 'drop', kind: 'people', name: 'Jordan Smith' }),
      correctionSchema.parse({ op: 'set-speaker', text8: 'red line', speaker: 'Anna Keller' }),
      correctionSchema.parse({ op: 'drop-event', expression: 'on Tuesday', iso: '2025-11-18' }),
      correctionSchema.parse({
        op: 'add-event',
        expression: 'on Monday',
        iso: '2025-11-17',
        description: 'Talks began',
      }),
      correctionSchema.parse({ op: 'add-place', name: 'Ganja', type: 'city' }),
    ]);
    expect(r.people).toEqual([
      {
        name: 'Anna Keller',
        role: 'Foreign Minister',
        mentions: ['Foreign Minister Anna Keller', 'Keller', 'A. Keller'],
        edited: true,
        confidence: 1,
      },
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Anna Keller', 'Anna Keller']);
    expect(r.orgs[0]!.name).toBe('Ministry of Foreign Affairs');
    expect(r.events.map((e) => e.iso)).toEqual(['2025-11-17']);
    expect(r.places.map((p) => p.name)).toEqual(['Baku', 'Ganja']);
    expect(machine.people).toHaveLength(3);
    // What an editor made or changed is marked (it counts as approved); the rest is not.
    expect(r.places.map((p) => p.edited ?? false)).toEqual([false, true]);
    expect(r.quotes.map((q) => q.edited ?? false)).toEqual([false, true]);
    expect(r.events[0]).toMatchObject({ edited: true, confidence: 1 });
  });

  it('sets a person’s role and corrects an event’s date and description', () => {
    const r = applyCorrections(machine, [
      correctionSchema.parse({ op: 'set-role', name: 'jordan smith', role: 'Spokesman' }),
      correctionSchema.parse({
        op: 'set-event',
        expression: 'on Tuesday',
        iso: '2025-11-18',
        newIso: '2025-11-18/2025-11-19',
        description: 'Keller spoke at the talks',
      }),
    ]);
    expect(r.people.find((p) => p.name === 'Jordan Smith')).toMatchObject({
      role: 'Spokesman',
      edited: true,
    });
    expect(r.events).toEqual([
      {
        expression: 'on Tuesday',
        iso: '2025-11-18/2025-11-19',
        description: 'Keller spoke at the talks',
        kind: 'period',
        start: 40,
        edited: true,
        confidence: 1,
      },
    ]);
    // One expression dating two events: the machine's description says which.
    const twice: AnalysisResult = {
      ...machine,
      events: [
        {
          expression: 'on Tuesday',
          iso: '2025-11-18',
          description: 'Keller spoke',
          kind: 'event',
          start: 40,
        },
        { expression: 'on Tuesday', iso: '2025-11-18', description: 'Talks ended', kind: 'event', start: 90 },
      ],
    };
    const one = applyCorrections(twice, [
      correctionSchema.parse({
        op: 'set-event',
        expression: 'on Tuesday',
        iso: '2025-11-18',
        match: 'talks ended',
        description: 'The talks ended without a deal',
      }),
    ]);
    expect(one.events.map((e) => e.description)).toEqual(['Keller spoke', 'The talks ended without a deal']);
    expect(
      correctionSchema.safeParse({ op: 'set-event', expression: 'x', iso: '2025', newIso: 'soon' }).error
        ?.issues[0]?.path,
    ).toEqual(['newIso']);
  });

  it('refuses malformed corrections with the field named', () => {
    const bad = correctionSchema.safeParse({
      op: 'add-event',
      expression: 'soon',
      iso: 'next week',
      description: 'x',
    });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.path).toEqual(['iso']);
    expect(correctionSchema.safeParse({ op: 'explode' }).success).toBe(false);
  });
});
