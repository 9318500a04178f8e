import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';
import { AUTO_THRESHOLD } from './confidence.ts';

const read = (body: string, language = 'en') =>
  analyze({ body, language, published: '2025-11-21', timezone: 'Asia/Baku' });

describe('confidence comes from the evidence found', () => {
  it('rates a full name with its role above an honorific and a surname', () => {
    const r = read(
      'Georgian Deputy Defence Minister Levan Beridze arrived in Baku. Ms Keller, who chairs the mission, was there too. Beridze spoke first.',
    );
    const of = (name: string) => r.people.find((p) => p.name === name)?.confidence ?? -1;
    expect(of('Levan Beridze')).toBeGreaterThanOrEqual(AUTO_THRESHOLD);
    expect(of('Keller')).toBeLessThan(AUTO_THRESHOLD);
    expect(of('Levan Beridze')).toBeGreaterThan(of('Keller'));
  });

  it('rates a quote with a named speaker next to the verb above one given through a pronoun', () => {
    const r = read(
      '“We will not back down,” Foreign Minister Anna Keller said on Tuesday. “The border stays shut,” she added.',
    );
    const [named, pronoun] = r.quotes;
    expect(named?.confidence).toBeGreaterThanOrEqual(AUTO_THRESHOLD);
    expect(named?.confidence).toBeGreaterThan(pronoun?.confidence ?? 1);
  });

  it('keeps a pronoun whose person is near and alone above the gate, and drops the weak roads below it', () => {
    const near = read('Foreign Minister Anna Keller arrived on Tuesday. “The border stays shut,” she said.');
    expect(near.quotes[0]).toMatchObject({ speaker: 'Anna Keller' });
    expect(near.quotes[0]?.confidence).toBeGreaterThanOrEqual(AUTO_THRESHOLD);
    // Two men named in the sentence before: "he" is a guess.
    const rival = read(
      'Interior Minister Karl Weiss met Defence Minister Tom Reyes on Tuesday. “The border stays shut,” he said.',
    );
    expect(rival.quotes[0]?.confidence).toBeLessThan(AUTO_THRESHOLD);
    // The person was named three sentences back.
    const far = read(
      'Interior Minister Karl Weiss arrived on Tuesday. The talks began at noon. They ran late. Nobody left early. “The border stays shut,” he said.',
    );
    expect(far.quotes[0]).toMatchObject({ speaker: 'Karl Weiss' });
    expect(far.quotes[0]?.confidence).toBeLessThan(AUTO_THRESHOLD);
    // A role whose holder is named only later, and "they" for a group, are guesses too.
    const later = read(
      '“We are ready,” the interior minister said. Interior Minister Karl Weiss left at noon.',
    );
    expect(later.quotes[0]).toMatchObject({ speaker: 'Karl Weiss' });
    expect(later.quotes[0]?.confidence).toBeLessThan(AUTO_THRESHOLD);
    const group = read('Diplomatic sources confirmed the meeting. “Nothing is decided,” they said.');
    expect(group.quotes[0]?.confidence).toBeLessThan(AUTO_THRESHOLD);
  });

  it('rates a date with its year written above one whose year was inferred, and that above a weekday', () => {
    const r = read(
      'The treaty was signed on February 22, 2022. The envoys met on November 14. They spoke again on Tuesday.',
    );
    const of = (iso: string) => r.events.find((e) => e.iso === iso)?.confidence ?? -1;
    expect(of('2022-02-22')).toBeGreaterThan(of('2025-11-14'));
    expect(of('2025-11-14')).toBeGreaterThan(of('2025-11-18'));
  });

  it('rates a place named outright above one known only from a demonym, and doubts a base form read from a case alone', () => {
    const r = read('Ukrainian air defences were blamed. Officials in Baku and in Baku’s suburbs said so.');
    const of = (name: string) => r.places.find((p) => p.name === name)?.confidence ?? -1;
    expect(of('Baku')).toBeGreaterThan(of('Ukraine'));
    const ru = analyze({
      body: 'МИД вызвал посла России Михаила Евдокимова. Посол России Михаил Евдокимов прибыл.',
      language: 'ru',
      published: '2025-11-21',
      timezone: 'Asia/Baku',
    });
    const inflectedOnly = analyze({
      body: 'МИД вызвал посла России Михаила Евдокимова.',
      language: 'ru',
      published: '2025-11-21',
      timezone: 'Asia/Baku',
    });
    expect(ru.people[0]?.confidence).toBeGreaterThan(inflectedOnly.people[0]!.confidence!);
  });

  it('gives every item of the seed a confidence in [0, 1], and not one value for all', () => {
    const r = read(
      'Moscow has expressed “sincere regret” over the damage caused to Azerbaijan’s embassy in Kyiv during the Russian missile strikes on November 14. Russian Deputy Foreign Minister Mikhail Galuzin made the comments during a Friday meeting. Galuzin asserted that Russia targets only “legitimate military objectives.” He added that “monitoring is careful,” the ministry said.',
    );
    const all = [...r.people, ...r.places, ...r.orgs, ...r.equipment, ...r.quotes, ...r.events];
    for (const item of all) expect(item.confidence).toSatisfy((c: number) => c >= 0 && c <= 1);
    expect(new Set(all.map((i) => i.confidence)).size).toBeGreaterThan(3);
  });
});
