/**
 * The scored choice among speaker candidates: the weights' order, unresolved words against a
 * speaker carried on, corroboration, and the margin that keeps narrow choices below auto. The
 * sentences are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';
import { AUTO_THRESHOLD, quoteConfidence } from './confidence.ts';
import { chooseSpeaker, SURE_MARGIN, unresolvedSort, type Candidate, type Road } from './speaker-choice.ts';
import type { Entity, SpeakerVia } from './speaker-index.ts';

const entity = (speaker: string, via: SpeakerVia): Entity => ({ speaker, via, country: null });
const cand = (
  road: Road,
  speaker: string,
  via: SpeakerVia,
  unresolved?: Candidate['unresolved'],
): Candidate => ({
  road,
  entity: entity(speaker, via),
  text: road === 'carried' || road === 'context' ? null : speaker,
  ...(unresolved ? { unresolved } : {}),
});
const read = (body: string, language: string) =>
  analyze({ body, language, published: '2026-12-07', timezone: 'UTC' }).quotes;

describe('chooseSpeaker', () => {
  it('prefers the written attribution after the quote to one before it and to inferred ones', () => {
    const c = chooseSpeaker(
      [
        cand('after', 'Ana Lis', 'named'),
        cand('before', 'Ole Berg', 'named'),
        cand('carried', 'Ole Berg', 'named'),
      ],
      null,
    );
    expect(c?.candidate.entity.speaker).toBe('Ana Lis');
  });

  it('lets a speaker carried on beat words that resolved to nobody', () => {
    const c = chooseSpeaker(
      [cand('after', 'coach', 'literal', 'words'), cand('carried', 'Ana Lis', 'named')],
      null,
    );
    expect(c?.candidate.road).toBe('carried');
  });

  it('keeps an unnamed source or a missed name as written over an inferred speaker', () => {
    for (const sort of ['name', 'source'] as const) {
      const c = chooseSpeaker(
        [cand('after', 'a port official', 'literal', sort), cand('context', 'Ana Lis', 'continuation')],
        null,
      );
      expect(c?.candidate.road).toBe('after');
    }
  });

  it('counts only written roads as corroboration', () => {
    const c = chooseSpeaker(
      [
        cand('after', 'Timur Sadiq', 'literal', 'name'),
        cand('before', 'Ana Lis', 'guess'),
        cand('context', 'Ana Lis', 'continuation'),
      ],
      null,
    );
    expect(c?.candidate.entity.speaker).toBe('Timur Sadiq');
  });

  it('reports the margin over the best rival, infinite when all agree', () => {
    const agree = chooseSpeaker(
      [cand('after', 'Ana Lis', 'named'), cand('carried', 'Ana Lis', 'named')],
      null,
    );
    expect(agree?.margin).toBe(Infinity);
    const close = chooseSpeaker(
      [cand('before', 'Ana Lis', 'guess'), cand('next', 'Ole Berg', 'named')],
      null,
    );
    expect(close?.margin).toBeLessThan(SURE_MARGIN);
  });

  it('returns null with no candidates', () => {
    expect(chooseSpeaker([], null)).toBeNull();
  });
});

describe('unresolvedSort', () => {
  const sources = new Set(['source', 'diplomat', 'источник', 'mənbə']);
  it('tells names, unnamed sources and other words apart', () => {
    expect(unresolvedSort('Kestrel Freight', sources)).toBe('name');
    expect(unresolvedSort('Vüsal Ağazadə', sources)).toBe('name');
    expect(unresolvedSort('Western diplomat in Oslo', sources)).toBe('source');
    expect(unresolvedSort('источник в министерстве', sources)).toBe('source');
    expect(unresolvedSort('coach', sources)).toBe('words');
    expect(unresolvedSort('He declined to', sources)).toBe('words');
    expect(unresolvedSort('тренер в интервью журналу', sources)).toBe('words');
  });
});

describe('quote confidence from the margin', () => {
  it('caps a narrowly chosen speaker below the auto threshold', () => {
    expect(quoteConfidence('full', 'Ana Lis', 'named', 0.4)).toBeLessThan(AUTO_THRESHOLD);
    expect(quoteConfidence('full', 'Ana Lis', 'named', SURE_MARGIN)).toBeGreaterThanOrEqual(AUTO_THRESHOLD);
    expect(quoteConfidence('full', 'Ana Lis', 'named')).toBeGreaterThanOrEqual(AUTO_THRESHOLD);
  });
});

describe('a profession noun with no holder is the speaker before it', () => {
  it('en: "the coach wrote" carries on the named coach', () => {
    const q = read(
      'On Sunday the club parted with its coach, Ivo Marek. “I gave everything here,” Marek said. “The players deserve better,” the coach wrote later.',
      'en',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Ivo Marek', 'Ivo Marek']);
  });

  it('ru: "заявил борец в интервью" is the wrestler named before', () => {
    const q = read(
      'В понедельник борец Тимур Алиев ответил на обвинения. «Я ничего не нарушал», — заявил борец в интервью каналу «Спорт».',
      'ru',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Тимур Алиев']);
  });

  it('near miss: a profession the person named before does not hold describes someone else', () => {
    const q = read(
      'Мэр города Карл Берг осмотрел реку. «Каждый сухой год хуже прежнего», — сказал гидролог.',
      'ru',
    );
    expect(q[0]?.speaker).not.toBe('Карл Берг');
  });

  it('near miss: an unnamed source as written stays the speaker', () => {
    const q = read(
      'Minister Ana Lis met the delegation on Monday. “Nothing was signed,” a Western diplomat in Oslo said.',
      'en',
    );
    expect(q[0]?.speaker).toMatch(/diplomat/);
  });

  it('near miss: a name the people step did not read stays the speaker (az)', () => {
    const q = read(
      'Nazir Vüsal Həsənli layihəni təqdim edib. "İş vaxtında bitəcək", - deyə Kestrel Freight bildirib.',
      'az',
    );
    expect(q[0]?.speaker).not.toBe('Vüsal Həsənli');
  });
});
