/**
 * "NAME, an insert about them, said …": the person opening the sentence, not an organisation or an
 * object named inside the inserts. Sentences written for this test, not taken from the gold articles.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';

const speakers = (body: string, language: string): (string | null)[] =>
  analyze({ body, language, published: '2026-12-07', timezone: 'UTC' }).quotes.map((q) => q.speaker);

describe('a subject opening the sentence before inserts', () => {
  it('passes over the employer in an apposition', () => {
    expect(
      speakers(
        'Rosa Lindqvist, an economist at Nordhavn Capital Partners, said the rate cut was “long overdue”.',
        'en',
      ),
    ).toEqual(['Rosa Lindqvist']);
  });

  it('passes over two inserts, one a relative clause naming a group', () => {
    expect(
      speakers(
        'Tomas Varga, head of research at the Danube Institute, who advised the committee, called the budget “a missed chance”.',
        'en',
      ),
    ).toEqual(['Tomas Varga']);
  });

  it('takes a name the people step may not know, with initials', () => {
    expect(
      speakers(
        'The bank kept its forecast. K. L. Brandauer, who chairs the Alpine Savers Union, said the decision was “too timid”.',
        'en',
      ),
    ).toEqual(['K. L. Brandauer']);
  });

  it('does not take an organisation or a place opening the sentence as a name', () => {
    expect(
      speakers('Astana Grain Hub, the largest exporter, said the harvest was “better than feared”.', 'en'),
    ).toEqual(['Astana Grain Hub']);
  });
});
