/**
 * Event lines end with their clause (issue 13: "event lines cut mid-clause"): a comma after a date
 * that closes its clause ends the description; a date set off by commas on both sides is crossed.
 * Sentences written for these tests.
 */
import { describe as group, expect, it } from 'vitest';
import { describe } from './describe.ts';
import { tokenize } from './tokenize.ts';

const run = (text: string, expression: string) => {
  const start = text.indexOf(expression);
  return describe(tokenize(text, 'en'), start, start + expression.length);
};

group('a description stops at the end of the date’s clause', () => {
  it('does not run on past a comma that closes a relative clause', () => {
    expect(
      run('The mayor, who arrived in Gyumri on Friday, pledged new funds for the hospital.', 'on Friday'),
    ).toBe('mayor arrived in Gyumri');
    expect(
      run(
        'Health Minister Ana Toma, who landed in Chisinau on Sunday, said the clinics would reopen.',
        'on Sunday',
      ),
    ).toBe('Health Minister Ana Toma landed in Chisinau');
    expect(
      run('The envoy, who travelled to Bern on Tuesday, warned that the talks could stall.', 'on Tuesday'),
    ).toBe('envoy travelled to Bern');
  });

  it('still crosses a date set off by commas on both sides (near miss)', () => {
    expect(run('The ferry line reopened, on Monday, to Turkmenbashi.', 'on Monday')).toBe(
      'ferry line reopened to Turkmenbashi',
    );
  });
});
