import { describe as group, expect, it } from 'vitest';
import { describe, describeEvent, eventsOnce } from './describe.ts';
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

  it('keeps a Russian or Azerbaijani clause whole: a time or a decimal is not a boundary, no dangling preposition', () => {
    const ru = 'Церемония открытия намечена на 1 декабря, сообщили в министерстве.';
    const mr = tokenize(ru, 'ru');
    expect(describeEvent(mr, ru.indexOf('1 декабря'), ru.indexOf(',')).text).toBe(
      'Церемония открытия намечена',
    );
    const az = 'Hökmün saat 11:00-da elan olunacağı gözlənilir.';
    const ma = tokenize(az, 'az');
    const at = az.indexOf('saat');
    expect(describeEvent(ma, at, at + 'saat 11:00'.length).text).toBe('Hökmün elan olunacağı gözlənilir');
    const dec = 'Şirkət 2024-cü ildə 1,5 milyard kubmetr qaz ixrac edib.';
    const md = tokenize(dec, 'az');
    const y = dec.indexOf('2024');
    expect(describeEvent(md, y, y + '2024-cü ildə'.length).text).toBe(
      'Şirkət 1,5 milyard kubmetr qaz ixrac edib',
    );
  });

  it('lists an event told twice with the same date and clause once', () => {
    const events = [
      { iso: '2025-11-18', description: 'ministers met' },
      { iso: '2025-11-18', description: 'Ministers met' },
      { iso: '2025-11-18', description: 'ministers signed a deal' },
      { iso: '2025-11-19', description: 'ministers met' },
    ];
    expect(eventsOnce(events)).toEqual([events[0], events[2], events[3]]);
  });
});
