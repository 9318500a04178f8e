import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis/analyze.ts';

const events = (body: string): [string, string][] =>
  analyze({ body, language: 'ru', published: '2025-11-20', timezone: 'Europe/Moscow' }).events.map((e) => [
    e.expression,
    e.iso,
  ]);

describe('Russian spans of months', () => {
  it('reads "в X – Y" and "с X по Y" as one period', () => {
    expect(events('В феврале – мае перевозки сократились.')).toEqual([['феврале – мае', '2025-02/2025-05']]);
    expect(events('С марта по июнь порт не работал.')).toEqual([['С марта по июнь', '2025-03/2025-06']]);
  });

  it('leaves ranges of days and a single month to the other rules', () => {
    expect(events('Учения прошли с 4 по 6 ноября.')).toEqual([['с 4 по 6 ноября', '2025-11-04/2025-11-06']]);
    expect(events('В марте порт закрыли.').map((e) => e[1])).toEqual(['2025-03']);
  });
});
