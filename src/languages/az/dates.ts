/** Azerbaijani date rules: chrono parsers for day-month forms, tense by suffixes, calendar units, years. */
import type { Parser } from 'chrono-node';
import type { RelativeDateSink, Season, SeasonYear, Tense, YearSink } from '../analysis-cues.ts';
import { AZ_FUTURE_MARKERS, AZ_FUTURE_SUFFIXES } from '../data/speech.ts';
import { AZ_MONTHS, AZ_WEEKDAYS } from './data/calendar.ts';
import { azDayTimeRanges, azYearParts } from './date-spans.ts';

const azClass = (word: string): string =>
  Array.from(word)
    .map((c) => {
      const up = c === 'i' ? 'İ' : c === 'ı' ? 'I' : c.toUpperCase();
      return up === c ? c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : `[${c}${up}]`;
    })
    .join('');
const AZ_MONTH_RE = AZ_MONTHS.map(azClass).join('|');
const monthIndexAz = (s: string): number =>
  AZ_MONTHS.indexOf(s.toLocaleLowerCase('az').replace(/[^a-zəğıöşüç]+$/u, '')) + 1;
const AZ_SUFFIX = '(?:ın|in|un|ün|dan|dən|da|də|a|ə)?';
// Longer endings first: "1-dən" must not stop at "1-də".
const ORD = '(?:-?(?:ndək|nədək|nadək|dən|dan|dək|ci|cı|cu|cü|sı|si|su|sü|da|də|nə|na|i|ı|u|ü|ə|a))?';

/** A month in the genitive with a case after it ("dekabrında", "aprelindən", "iyulunadək"). */
const MONTH_CASE = '(?:ın|in|un|ün)(?:adək|ədək|dan|dən|da|də|a|ə)(?![\\p{L}])';

const isBoundary = (text: string, index: number, length: number): boolean =>
  !/[\p{L}\p{N}]/u.test(text[index - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[index + length] ?? ' ');

/** Months of a year and spans of months: "2022-ci ilin dekabrında", "yanvar–oktyabr aylarında". */
function azMonthParsers(): Parser[] {
  // "2022-ci ilin dekabrında", "2026-cı ilin aprelindən", "2023-cü ilin noyabrından bəri": a month of a year.
  const yearMonth: Parser = {
    pattern: () =>
      new RegExp(`(\\d{4})-(?:ci|cı|cu|cü)\\s+ilin\\s+(${AZ_MONTH_RE})${MONTH_CASE}(?:\\s+bəri)?`, 'u'),
    extract: (ctx, m) => {
      if (!isBoundary(ctx.text, m.index ?? 0, m[0].length)) return null;
      const month = monthIndexAz(m[2] ?? '');
      return month < 1 ? null : { year: Number(m[1]), month };
    },
  };
  // "2023-cü ilin mayından 2024-cü ilin iyulunadək": from one month to another.
  const yearMonthRange: Parser = {
    pattern: () =>
      new RegExp(
        `(\\d{4})-(?:ci|cı|cu|cü)\\s+ilin\\s+(${AZ_MONTH_RE})(?:ın|in|un|ün)(?:dan|dən)\\s+(?:(\\d{4})-(?:ci|cı|cu|cü)\\s+ilin\\s+)?(${AZ_MONTH_RE})(?:ın|in|un|ün)(?:a|ə)(?:dək|cən)`,
        'u',
      ),
    extract: (ctx, m) => {
      if (!isBoundary(ctx.text, m.index ?? 0, m[0].length)) return null;
      const month = monthIndexAz(m[2] ?? '');
      const toMonth = monthIndexAz(m[4] ?? '');
      if (month < 1 || toMonth < 1) return null;
      const year = Number(m[1]);
      return ctx.createParsingResult(
        m.index ?? 0,
        m[0],
        { year, month },
        { year: m[3] ? Number(m[3]) : year, month: toMonth },
      );
    },
  };
  // "yanvar–oktyabr aylarında": a span of months.
  const monthRange: Parser = {
    pattern: () => new RegExp(`(${AZ_MONTH_RE})\\s*[–—-]\\s*(${AZ_MONTH_RE})\\s+aylar(?:ında|ı|ının)`, 'u'),
    extract: (ctx, m) => {
      if (!isBoundary(ctx.text, m.index ?? 0, m[0].length)) return null;
      const month = monthIndexAz(m[1] ?? '');
      const toMonth = monthIndexAz(m[2] ?? '');
      if (month < 1 || toMonth < 1) return null;
      return ctx.createParsingResult(m.index ?? 0, m[0], { month }, { month: toMonth });
    },
  };
  return [yearMonthRange, yearMonth, monthRange];
}

// "saat 15:00", "saat 10:00-dan 16:00-dək": a clock time, or a span of clock times.
const AZ_TIME: Parser = {
  pattern: () =>
    /saat\s+(\d{1,2})[:.](\d{2})(?:-(?:dan|dən)\s+(?:saat\s+)?(\d{1,2})[:.](\d{2})-(?:dək|ədək|adək|nədək|nadək|yədək|yadək|cən|ya|yə|na|nə|a|ə))?/u,
  extract: (ctx, m) => {
    if (!isBoundary(ctx.text, m.index ?? 0, m[0].length)) return null;
    const from = { hour: Number(m[1]), minute: Number(m[2]) };
    if (!m[3]) return from;
    return ctx.createParsingResult(m.index ?? 0, m[0], from, { hour: Number(m[3]), minute: Number(m[4]) });
  },
};
// "cümə və şənbə günləri": two weekdays, the first to the second.
const AZ_WEEKDAY_PAIR: Parser = {
  pattern: () => {
    const names = AZ_WEEKDAYS.map((w) => azClass(w.name)).join('|');
    return new RegExp(`(${names})\\s+və\\s+(${names})\\s+günləri`, 'u');
  },
  extract: (ctx, m) => {
    if (!isBoundary(ctx.text, m.index ?? 0, m[0].length)) return null;
    const a = AZ_WEEKDAYS.find((x) => x.name === (m[1] ?? '').toLocaleLowerCase('az'));
    const b = AZ_WEEKDAYS.find((x) => x.name === (m[2] ?? '').toLocaleLowerCase('az'));
    if (!a || !b) return null;
    return ctx.createParsingResult(m.index ?? 0, m[0], { weekday: a.weekday }, { weekday: b.weekday });
  },
};

export function azParsers(): Parser[] {
  const dayMonth: Parser = {
    pattern: () =>
      new RegExp(
        `(\\d{1,2})${ORD}\\s+(${AZ_MONTH_RE})${AZ_SUFFIX}(?:\\s+(\\d{4})(?:-(?:ci|cı|cu|cü))?(?:\\s+il(?:də|in|i)?)?)?`,
        'u',
      ),
    extract: (ctx, m) => {
      if (!isBoundary(ctx.text, m.index ?? 0, m[0].length)) return null;
      const month = monthIndexAz(m[2] ?? '');
      const day = Number(m[1]);
      if (month < 1 || day < 1 || day > 31) return null;
      return m[3] ? { day, month, year: Number(m[3]) } : { day, month };
    },
  };
  const yearFirst: Parser = {
    pattern: () =>
      new RegExp(
        `(\\d{4})-(?:ci|cı|cu|cü)\\s+il(?:in)?\\s+(\\d{1,2})${ORD}\\s+(${AZ_MONTH_RE})${AZ_SUFFIX}`,
        'u',
      ),
    extract: (ctx, m) => {
      if (!isBoundary(ctx.text, m.index ?? 0, m[0].length)) return null;
      const month = monthIndexAz(m[3] ?? '');
      return month < 1 ? null : { year: Number(m[1]), month, day: Number(m[2]) };
    },
  };
  // "2022-ci il fevralın 22-də": the year first, then the month in the genitive and the day.
  const yearGenitive: Parser = {
    pattern: () =>
      new RegExp(
        `(\\d{4})-(?:ci|cı|cu|cü)\\s+il(?:in)?\\s+(${AZ_MONTH_RE})(?:ın|in|un|ün)\\s+(\\d{1,2})${ORD}`,
        'u',
      ),
    extract: (ctx, m) => {
      if (!isBoundary(ctx.text, m.index ?? 0, m[0].length)) return null;
      const month = monthIndexAz(m[2] ?? '');
      const day = Number(m[3]);
      return month < 1 || day < 1 || day > 31 ? null : { year: Number(m[1]), month, day };
    },
  };
  // "iyunun 30-dan iyulun 1-dək", "noyabrın 17-dən 21-dək": from one day to another.
  const genitiveRange: Parser = {
    pattern: () =>
      new RegExp(
        `(${AZ_MONTH_RE})(?:ın|in|un|ün)\\s+(\\d{1,2})-(?:dan|dən|ndan|ndən)\\s+(?:(${AZ_MONTH_RE})(?:ın|in|un|ün)\\s+)?(\\d{1,2})-(?:dək|ədək|adək|nədək|nadək|yədək|yadək|cən|ə|a|nə|na|yə|ya)`,
        'u',
      ),
    extract: (ctx, m) => {
      if (!isBoundary(ctx.text, m.index ?? 0, m[0].length)) return null;
      const month = monthIndexAz(m[1] ?? '');
      const toMonth = m[3] ? monthIndexAz(m[3]) : month;
      const day = Number(m[2]);
      const toDay = Number(m[4]);
      if (month < 1 || toMonth < 1 || day < 1 || day > 31 || toDay < 1 || toDay > 31) return null;
      return ctx.createParsingResult(m.index ?? 0, m[0], { month, day }, { month: toMonth, day: toDay });
    },
  };
  const genitive: Parser = {
    pattern: () => new RegExp(`(${AZ_MONTH_RE})(?:ın|in|un|ün)\\s+(\\d{1,2})${ORD}`, 'u'),
    extract: (ctx, m) => {
      if (!isBoundary(ctx.text, m.index ?? 0, m[0].length)) return null;
      const month = monthIndexAz(m[1] ?? '');
      return month < 1 ? null : { month, day: Number(m[2]) };
    },
  };
  const weekday: Parser = {
    pattern: () => new RegExp(`(${AZ_WEEKDAYS.map((w) => azClass(w.name)).join('|')})(?:\\s+(günü))?`, 'u'),
    extract: (ctx, m) => {
      if (!isBoundary(ctx.text, m.index ?? 0, m[0].length)) return null;
      const name = (m[1] ?? '').toLocaleLowerCase('az');
      const w = AZ_WEEKDAYS.find((x) => x.name === name);
      if (!w || (w.needsGunu && !m[2])) return null;
      return { weekday: w.weekday };
    },
  };
  // "avqustda", "noyabr ayında", "yanvarda": a month alone, with a case ending or "ay".
  const monthOnly: Parser = {
    pattern: () =>
      new RegExp(
        `(${AZ_MONTH_RE})(?:(?:\\s+ay(?:ında|ı|ının|dan|ına))|${MONTH_CASE}|da|də|dan|dən|a|ə|ın|in|un|ün)(?:\\s+(\\d{4}))?`,
        'u',
      ),
    extract: (ctx, m) => {
      if (!isBoundary(ctx.text, m.index ?? 0, m[0].length)) return null;
      const month = monthIndexAz(m[1] ?? '');
      if (month < 1) return null;
      return m[2] ? { month, year: Number(m[2]) } : { month };
    },
  };
  return [
    ...azMonthParsers(),
    yearFirst,
    yearGenitive,
    genitiveRange,
    dayMonth,
    genitive,
    AZ_WEEKDAY_PAIR,
    weekday,
    AZ_TIME,
    monthOnly,
  ];
}

const AZ_FUTURE_PARTICIPLE = /(?:acağ|əcəy)(?:ı|i|ını|ini|ına|inə|ından|indən)$/u;
/** The future with a personal ending: "açıqlayacağıq", "gedəcəyəm", "edəcəksiniz". */
const AZ_FUTURE_PERSONAL = /(?:acağ(?:am|ıq)|əcəy(?:əm|ik)|(?:acaq|əcək)(?:san|sən|sınız|siniz))$/u;
/**
 * A past participle before its noun ("bazar ertəsi yaydığı açıqlamada", "keçirdiyi görüşdə"):
 * a relative clause about an act already done.
 */
const AZ_PAST_PARTICIPLE = /(?:dığ|diy|duğ|düy|tığ|tiy|tuğ|tüy)(?:ı|i|u|ü)$/u;
const AZ_EXPECTING = /^(?:gözlən|gözləyir|planlaşdırıl|planlaşdırır|nəzərdə\s*tutul)/u;

// The past suffix is written -dı/-di/-du/-dü after any consonant; a word in -tı/-ti is a noun with
// its possessive ending ("şirkəti", "xidməti", "nefti"), not a verb.
const AZ_PAST =
  /(?:ıb|ib|ub|üb|dı|di|du|dü|mış|miş|muş|müş|mışdı|mişdi|mışdır|mişdir|ıbdır|ibdir|ublar|iblər|ıblar)$/u;
const AZ_PRESENT = /(?:yır|yir|yur|yür|ır|ir|ur|ür)(?:lar|lər)?$/u;

/** Azerbaijani present forms are verbs only when they are not common nouns in -ir/-ur ("sərgüzəşt"). */
const isFiniteAz = (w: string): boolean => !/(?:mir|nir|sir|zir)$/u.test(w) || w.length > 6;

/** The tense an Azerbaijani word marks by its suffix ("bildirib" past, "keçirir" present, "olacaq" future). */
export function azWordTense(w: string, cap: boolean): Tense | null {
  if (AZ_FUTURE_MARKERS.includes(w) || AZ_FUTURE_SUFFIXES.some((s) => w.endsWith(s))) return 'future';
  // Future participles ("elan olunacağı gözlənilir", "başa çatacağını") and verbs of expecting and planning.
  if (AZ_FUTURE_PARTICIPLE.test(w) || AZ_FUTURE_PERSONAL.test(w) || AZ_EXPECTING.test(w)) return 'future';
  if (cap || w.length < 4) return null;
  if (w.length >= 5 && AZ_PAST_PARTICIPLE.test(w)) return 'past';
  if (AZ_PAST.test(w)) return 'past';
  if (AZ_PRESENT.test(w) && isFiniteAz(w)) return 'present';
  return null;
}

const AZ_SEASONS: Readonly<Record<string, Season>> = {
  yaz: 'spring',
  yay: 'summer',
  payız: 'autumn',
  qış: 'winter',
};
/**
 * "2027-ci ilin payızında", "gələn ilin yazında", "bu payız", "ötən qış", "qışda": a season of a year
 * written or counted, the last/next/current one, or (in the locative alone) the one the tense points to.
 */
function azSeasons(body: string, emit: RelativeDateSink): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const push = (index: number, text: string, word: string, year: SeasonYear | null): void => {
    const season = AZ_SEASONS[word.toLocaleLowerCase('az')];
    if (!season) return;
    emit.season(index, text, season, year);
    spans.push({ start: index, end: index + text.length });
  };
  for (const m of body.matchAll(
    /(?<![\p{L}\d])(?:(\d{4})-(?:ci|cı|cu|cü)|(gələn|ötən|keçən|bu|cari|növbəti|Gələn|Ötən|Keçən|Bu|Cari|Növbəti))\s+ilin\s+(yaz|yay|payız|qış)(?:ında|ının|ına|ın|undan)(?![\p{L}])/gu,
  )) {
    const w = (m[2] ?? '').toLocaleLowerCase('az');
    const year = m[1]
      ? { year: Number(m[1]) }
      : { yearOffset: w === 'ötən' || w === 'keçən' ? -1 : w === 'bu' || w === 'cari' ? 0 : 1 };
    push(m.index, m[0], m[3] ?? '', year);
  }
  const free = (start: number, end: number): boolean => !spans.some((t) => t.start < end && start < t.end);
  for (const m of body.matchAll(
    /(?<![\p{L}])(gələn|ötən|keçən|bu|növbəti|Gələn|Ötən|Keçən|Bu|Növbəti)\s+(yaz|yay|payız|qış)(?:da|ı)?(?![\p{L}])/gu,
  )) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const w = (m[1] ?? '').toLocaleLowerCase('az');
    const which = w === 'ötən' || w === 'keçən' ? 'last' : w === 'bu' ? 'this' : 'next';
    push(m.index, m[0], m[2] ?? '', { which });
  }
  for (const m of body.matchAll(/(?<![\p{L}])(payız|qış|Payız|Qış)(?:da|ında)(?![\p{L}])/gu))
    if (free(m.index, m.index + m[0].length)) push(m.index, m[0], m[1] ?? '', null);
  return spans;
}

/** "oktyabrın sonunda", "noyabrın əvvəlində", "2023-cü ildən bəri": a part of the date, kept in its expression. */
export const AZ_PART_AFTER =
  /^\s+(?:sonunda|sonunadək|sonlarında|əvvəlində|əvvəllərində|əvvəlindən|ortasında|ortalarında|ortasınadək)(?:\s+bəri)?(?![\p{L}])|^\s+bəri(?![\p{L}])/u;

/** "ötən həftə", "gələn ay", "bu il", "gələn ildən", "dünən"; parts of years and days (date-spans.ts). */
export function azRelativeDates(body: string, emit: RelativeDateSink): void {
  const taken = [...azSeasons(body, emit), ...azYearParts(body, emit), ...azDayTimeRanges(body, emit)];
  const free = (start: number, end: number): boolean => !taken.some((t) => t.start < end && start < t.end);
  for (const m of body.matchAll(
    /(?<![\p{L}])(ötən|keçən|gələn|bu|növbəti|cari|Ötən|Keçən|Gələn|Bu|Növbəti|Cari)\s+(həftə|ay|il)(?:dən|dan|də|da|in|ki)?(?![\p{L}])/gu,
  )) {
    if (!free(m.index, m.index + m[0].length)) continue;
    // "ötən ilin eyni dövrü ilə müqayisədə": a baseline compared with, not an event.
    if (
      /^\s+(?:eyni|müvafiq|analoji|həmin)\s+dövr/u.test(
        body.slice(m.index + m[0].length, m.index + m[0].length + 24),
      )
    )
      continue;
    const w = (m[1] ?? '').toLocaleLowerCase('az');
    const offset = w === 'ötən' || w === 'keçən' ? -1 : w === 'bu' ? 0 : 1;
    const u = m[2] ?? '';
    emit.unit(m.index, m[0], offset, u === 'həftə' ? 'week' : u === 'ay' ? 'month' : 'year');
  }
  for (const m of body.matchAll(/(?<![\p{L}])(Dünən|dünən)(?![\p{L}])/gu)) emit.day(m.index, m[0], -1);
  // "bu gün" (today, not "bu günlərdə"), "srağagün" (the day before yesterday).
  for (const m of body.matchAll(/(?<![\p{L}])(?:[Bb]u\s+gün|[Bb]ugün)(?![\p{L}])/gu))
    if (free(m.index, m.index + m[0].length)) emit.day(m.index, m[0], 0);
  // "sabah" is tomorrow ("sabah saatlarında" is a time of day); capitalised mid-sentence or before a
  // capitalised word it is a name ("Sabah Kredit MMC").
  for (const m of body.matchAll(
    /(?<![\p{L}])(?:sabah(?![\p{L}])(?!\s+saatlar)|(?<=(?:^|[.!?…]\s+))Sabah(?![\p{L}])(?!\s+(?:saatlar|\p{Lu})))/gu,
  ))
    if (free(m.index, m.index + m[0].length)) emit.day(m.index, m[0], 1);
  for (const m of body.matchAll(/(?<![\p{L}])[Ss]rağagün(?![\p{L}])/gu)) emit.day(m.index, m[0], -2);
  // "ötən cümə", "keçən bazar ertəsi": the weekday before publication.
  const weekdays = AZ_WEEKDAYS.map((w) => w.name).join('|');
  for (const m of body.matchAll(
    new RegExp(`(?<![\\p{L}])(?:[Öö]tən|[Kk]eçən)\\s+(${weekdays})(?![\\p{L}])`, 'gu'),
  )) {
    const w = AZ_WEEKDAYS.find((x) => x.name === m[1]);
    if (w) emit.span(m.index, m[0], { weekday: w.weekday }, null, false);
  }
}

/** "2014–2016-cı illərdə", "2014-cü ildə". */
export function azYears(body: string, emit: YearSink): void {
  for (const m of body.matchAll(
    /(?<![\p{L}\d])((?:19|20)\d{2})\s*[–—-]\s*((?:19|20)\d{2})-(?:ci|cı|cu|cü)\s+illər(?:də|in|i)?/gu,
  )) {
    emit.year(m.index, m.index + m[0].length, Number(m[1]), Number(m[2]), m[0]);
  }
  for (const m of body.matchAll(
    /(?<![\p{L}\d])((?:19|20)\d{2})-(?:ci|cı|cu|cü)\s+il(?:də|dən|in|i)?(?![\p{L}])/gu,
  ))
    emit.year(m.index, m.index + m[0].length, Number(m[1]), null, m[0]);
}

/** The words opening a live page's update line, up to its date: "Yenilənib: 23 noyabr, 18:30". */
export const AZ_LIVE_UPDATED = /^(?:Son\s+)?[Yy]enilənib:?\s+(?:saat\s+)?/u;
