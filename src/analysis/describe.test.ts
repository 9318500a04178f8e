import { describe as group, expect, it } from 'vitest';
import { describe } from './describe.ts';
import { tokenize } from './tokenize.ts';

const run = (text: string, expression: string, language = 'en') => {
  const start = text.indexOf(expression);
  return describe(tokenize(text, language), start, start + expression.length);
};

group('describe', () => {
  it('takes the verb nearest the date with its subject and object', () => {
    expect(
      run(
        'The court ordered the release of 12 Georgian sailors detained in Poti on May 3 as a goodwill gesture.',
        'on May 3',
      ),
    ).toBe('12 Georgian sailors detained in Poti');
  });

  it('uses the next clause when the date stands alone', () => {
    expect(
      run('Earlier, on May 3, the Armenian Foreign Ministry summoned the Georgian envoy.', 'on May 3'),
    ).toBe('Armenian Foreign Ministry summoned Georgian envoy');
  });

  it('gives a participle after a comma the noun phrase before it', () => {
    expect(
      run(
        'They invoked the Treaty on Good Neighbourliness, signed in Tbilisi on May 3, 2019.',
        'May 3, 2019',
      ),
    ).toBe('Treaty on Good Neighbourliness signed in Tbilisi');
  });

  it('stays under 80 characters and does not end on a function word', () => {
    const d = run(
      'On Monday the Georgian Deputy Defence Minister announced the immediate purchase of additional armoured vehicles for the northern brigades of the national guard.',
      'On Monday',
    );
    expect(d.length).toBeLessThanOrEqual(80);
    expect(d).toMatch(/^Georgian Deputy Defence Minister announced/);
    expect(d).not.toMatch(/\b(of|the|for)$/);
  });

  it('shortens the clause for other languages', () => {
    expect(run('Встреча прошла 14 ноября в Москве.', '14 ноября', 'ru')).toBe('Встреча прошла в Москве');
  });
});
