/**
 * A quotation cut by its attribution with no marks closed ("«…, — сказал X. — …»"): two quotes of
 * one speaker. Sentences written for this test, not taken from the gold articles.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';

const quotes = (body: string, language: string): { text: string; speaker: string | null }[] =>
  analyze({ body, language, published: '2026-12-07', timezone: 'UTC' }).quotes.map((q) => ({
    text: body.slice(q.start, q.end),
    speaker: q.speaker,
  }));

describe('a quotation cut by its attribution', () => {
  it('splits a Russian one at ", — verb … . —" and gives both parts the speaker', () => {
    const body =
      'Порт в Туапсе закрыли на ремонт.\n\n«Причалы не выдержали зимы, — рассказал журналистам директор порта Олег Савин. — Работы займут два месяца».';
    expect(quotes(body, 'ru')).toEqual([
      { text: 'Причалы не выдержали зимы,', speaker: 'Олег Савин' },
      { text: 'Работы займут два месяца', speaker: 'Олег Савин' },
    ]);
  });

  it('splits one that runs on into the next paragraph, with a present-tense verb', () => {
    const body =
      'Завод открылся в марте.\n\n«Мы делаем моторы для катеров, — объясняет инженер Ирина Котова. — Спрос растёт каждый год.\n\n«Через год мы удвоим выпуск».';
    const found = quotes(body, 'ru');
    expect(found.map((q) => q.speaker)).toEqual(['Ирина Котова', 'Ирина Котова']);
    expect(found[0]?.text).toBe('Мы делаем моторы для катеров,');
    expect(found[1]?.text.startsWith('Спрос растёт')).toBe(true);
  });

  it('splits an Azerbaijani one cut by "– … deyir. –"', () => {
    const body =
      'Bazarda qiymətlər qalxıb.\n\n“Un bahalaşıb, çörək də bahalaşacaq, – dəyirman sahibi Rəşad Quliyev deyir. – Başqa yol yoxdur.”';
    expect(quotes(body, 'az')).toEqual([
      { text: 'Un bahalaşıb, çörək də bahalaşacaq,', speaker: 'Rəşad Quliyev' },
      { text: 'Başqa yol yoxdur.', speaker: 'Rəşad Quliyev' },
    ]);
  });

  it("keeps a speaker's own dashes: no speech verb between them, no cut", () => {
    const body =
      'Савин говорил долго.\n\n«Груз пришёл, — а документы нет. — Так мы и живём», — сказал Олег Савин.';
    expect(quotes(body, 'ru')).toEqual([
      { text: 'Груз пришёл, — а документы нет. — Так мы и живём', speaker: 'Олег Савин' },
    ]);
  });
});
