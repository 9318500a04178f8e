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

describe('a role opening the sentence before a participle', () => {
  it("gives the participle's quote to the role's holder, not the outlet named in the clause", () => {
    expect(
      speakers(
        'Energy Minister Lars Holm spoke in parliament on Monday. The minister dismissed a report by the weekly Nordic Ledger that the mine would close, calling it “pure invention”.',
        'en',
      ),
    ).toEqual(['Lars Holm']);
    expect(
      speakers(
        'Transport Minister Ilse Berg opened the bridge. The minister later rejected criticism from the daily Baltic Courier, describing the delays as “entirely normal”.',
        'en',
      ),
    ).toEqual(['Ilse Berg']);
  });

  it('keeps the first named speaker when no role opens the sentence', () => {
    expect(
      speakers(
        'Lars Holm spoke in parliament. Critics in the weekly Nordic Ledger attacked the plan, calling it “pure invention”.',
        'en',
      ),
    ).not.toContain('Lars Holm');
  });
});
