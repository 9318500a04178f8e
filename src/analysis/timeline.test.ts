import { describe, expect, it } from 'vitest';
import { mergeTimeline, type TimelineInput } from './timeline.ts';

// The demo's English story: the seed and two related articles, as the analyser describes their events.
const SEED = 'seed';
const BAKU = 'baku-says';
const SUMMONS = 'summons';
const at = { [SUMMONS]: 1, [BAKU]: 2, [SEED]: 3 };
const e = (iso: string, description: string, source: keyof typeof at): TimelineInput => ({
  iso,
  description,
  source,
  publishedAt: at[source],
});
const story = [
  e('2020/2022', 'Azerbaijan-Armenia normalization based on trilateral agreements', SEED),
  e('2022', 'two countries are bound by declaration on allied interaction', BAKU),
  e('2022-02-22', 'Declaration on Allied Interaction between Russia and Azerbaijan signed in Moscow', SEED),
  e('2025-06-30/2025-07-01', '11 Russian citizens detained in Baku', SEED),
  e('2025-11-14', 'Azerbaijan’s Foreign Ministry summoned Russia’s ambassador', SUMMONS),
  e('2025-11-14', 'damage caused to Azerbaijan’s embassy in Kyiv during Russian missile strikes', SEED),
  e('2025-11-14', 'Azerbaijani Foreign Ministry summoned Russian Ambassador Mikhail Yevdokimov', SEED),
  e('2025-11-14T01:00', 'attack took place local time', SUMMONS),
  e('2025-11-14T01:00', 'strike occurred when Iskander missile landed on embassy grounds', SEED),
  e('2025-11-21', 'Mikhail Galuzin made comments during meeting with Azerbaijan’s Ambassador', SEED),
  e('2025-11-21', 'Russian officials told Azerbaijan’s ambassador in Moscow', BAKU),
  e('2025-11-22', 'Azerbaijan’s Foreign Ministry said', BAKU),
];

describe('mergeTimeline', () => {
  it('lists each event of a story once, however many articles report it', () => {
    const merged = mergeTimeline(story);
    expect(
      merged.map((m) => [m.lead.iso, m.lead.description, m.entries.map((x) => x.source).sort()]),
    ).toEqual([
      ['2020/2022', 'Azerbaijan-Armenia normalization based on trilateral agreements', [SEED]],
      [
        '2022-02-22',
        'Declaration on Allied Interaction between Russia and Azerbaijan signed in Moscow',
        [BAKU, SEED],
      ],
      ['2025-06-30/2025-07-01', '11 Russian citizens detained in Baku', [SEED]],
      [
        '2025-11-14',
        'Azerbaijani Foreign Ministry summoned Russian Ambassador Mikhail Yevdokimov',
        [SEED, SUMMONS],
      ],
      ['2025-11-14', 'damage caused to Azerbaijan’s embassy in Kyiv during Russian missile strikes', [SEED]],
      [
        '2025-11-14T01:00',
        'strike occurred when Iskander missile landed on embassy grounds',
        [SEED, SUMMONS],
      ],
      [
        '2025-11-21',
        'Mikhail Galuzin made comments during meeting with Azerbaijan’s Ambassador',
        [BAKU, SEED],
      ],
      ['2025-11-22', 'Azerbaijan’s Foreign Ministry said', [BAKU]],
    ]);
  });

  it('never merges two events of one article, nor events of different days', () => {
    const merged = mergeTimeline([
      e('2025-11-14', 'Foreign Ministry summoned the ambassador', SEED),
      e('2025-11-14', 'Foreign Ministry summoned the ambassador again', SEED),
      e('2025-11-15', 'Foreign Ministry summoned the ambassador', BAKU),
    ]);
    expect(merged).toHaveLength(3);
  });

  it('keeps apart same-day events of different articles that share only the story’s common words', () => {
    const merged = mergeTimeline([
      e('2025-11-14', 'Azerbaijan protested to Russia over the strike', SUMMONS),
      e('2025-11-14', 'Azerbaijan and Russia signed a grain deal', BAKU),
      e('2025-11-15', 'Azerbaijan and Russia held talks', SEED),
      e('2025-11-16', 'Russia and Azerbaijan exchanged notes', SEED),
    ]);
    expect(merged.filter((m) => m.lead.iso === '2025-11-14')).toHaveLength(2);
  });
});
