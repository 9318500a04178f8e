/**
 * Matches of a date parser that are no date: "now", part of a word, durations ("for six weeks",
 * "в течение трёх часов", "after three hours of talks"), vague and counted spans ("the past few
 * days", "последние два года"), horizons and counts from a moment of the story ("через год", "a
 * month after", "ten years ago"), and scores read as clock ranges ("a 0–3 defeat").
 */

import type { Tense } from './date-calendar.ts';

const AFTER_DURATION =
  /^(?:after|после|спустя)\s+(?:\d+|a|an|one|two|three|four|five|six|several|a few|few|двух|трёх|трех|четырёх|четырех|пяти|шести|семи|восьми|девяти|десяти|двенадцати|нескольких|многих|одного|полутора)\s+\S*\s*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|секунд\p{L}*|минут\p{L}*|час\p{L}*|дн\p{L}*|суток|недел\p{L}*|месяц\p{L}*|лет)(?!\p{L})/iu;
const VAGUE_SPAN =
  /\b(?:(?:the\s+)?(?:past|last|recent|coming|next)\s+(?:few|several|couple\s+of)\s+|recent\s+)(?:days|weeks|months|years)\b|последние\s+(?:дни|недели|месяцы|годы)/iu;
/**
 * A count of calendar units with no calendar point of its own: "the last five years", "the next three
 * years", "последние два года", "ближайшие десять лет" measure a stretch of time, not a date.
 */
const COUNT_WORD =
  '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|several|a few|few|couple of|' +
  'два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|пятнадцать|двадцать|тридцать|несколько|пару)';
const COUNT_UNIT =
  '(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|секунд\\p{L}*|минут\\p{L}*|час\\p{L}*|дн\\p{L}*|недел\\p{L}*|месяц\\p{L}*|лет|года?|десятилет\\p{L}*)';
const APPROX_WORD =
  '(?:about|around|some|nearly|almost|roughly|over|more than|less than|около|почти|более|примерно)';
const COUNTED_SPAN = new RegExp(
  `^(?:(?:the|за|в|на|в\\s+течение)\\s+)?(?:past|last|next|coming|recent|previous|following|последние|ближайшие|следующие|прошедшие|минувшие|прошлые)\\s+(?:${APPROX_WORD}\\s+)?${COUNT_WORD}\\s+${COUNT_UNIT}$`,
  'iu',
);
/**
 * A count of units measured from a moment the text tells, not from publication: "two days later",
 * "a month after", "через пять минут" (in a story), "через год" / "in ten years" (a forecast's
 * horizon) and "ten years ago" (a rough past) give no date a reader can use. Days and weeks from now
 * ("через два дня", "two days ago") still do.
 */
const COUNT_FROM_STORY = new RegExp(
  `^${COUNT_WORD}?\\s*${COUNT_UNIT}\\s+(?:later|after|before|earlier|спустя|позже|раньше)$`,
  'iu',
);
const LONG_OR_CLOCK_UNIT =
  '(?:seconds?|minutes?|hours?|months?|years?|decades?|секунд\\p{L}*|минут\\p{L}*|час\\p{L}*|месяц\\p{L}*|лет|года?|десятилет\\p{L}*)';
const HORIZON = new RegExp(
  `^(?:через|спустя)\\s+(?:${COUNT_WORD}\\s+)?${LONG_OR_CLOCK_UNIT}$|^(?:in\\s+)?(?:${COUNT_WORD}\\s+)?(?:minutes?|hours?|seconds?)(?:\\s+(?:later|ago))?$|^${COUNT_WORD}\\s+(?:years?|decades?|лет|года?|десятилет\\p{L}*)\\s+(?:ago|назад)$`,
  'iu',
);
/** A modifier read alone ("последней", "last"): no unit, so no date. */
const LONE_MODIFIER = /^(?:last|next|past|previous|последн\p{L}*|прошл\p{L}*|следующ\p{L}*|ближайш\p{L}*)$/iu;
const DURATION_LEAD = /^(for|within|over|during the past|during the last)\b/i;
const DURATION_UNIT = /\b(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b/i;
/** A match that is no date: "now", part of a word, a duration or a vague span. */
export function notADate(body: string, text: string, start: number): boolean {
  const end = start + text.length;
  if (/^\s*(?:now|сейчас|теперь|hazırda|indi)\s*$/iu.test(text)) return true;
  // "the industry of tomorrow", "the world of today": an age, not a day.
  if (
    /^\s*(?:today|tomorrow)\s*$/iu.test(text) &&
    /\bof\s+$/iu.test(body.slice(Math.max(0, start - 4), start))
  )
    return true;
  // "a 0–3 defeat", "на 10–14 дней": two bare numbers joined by a dash are a score or a count; a
  // clock range is written with minutes, a clock word or a day ("10:00–14:00", "с 10 до 14 часов").
  if (/^\s*\d{1,2}\s*[–—-]\s*\d{1,2}\s*$/u.test(text)) return true;
  // Inside a word: "май" in "генерал-майор".
  const trimmedEnd = start + text.replace(/[\s,.;]+$/u, '').length;
  if (/[\p{L}-]/u.test(body[start - 1] ?? ' ') || /\p{L}/u.test(body[trimmedEnd] ?? ' ')) return true;
  if (DURATION_LEAD.test(text.trim())) return true;
  const trimmed = text.trim().replace(/[\s,.;]+$/u, '');
  if (COUNTED_SPAN.test(trimmed) || COUNT_FROM_STORY.test(trimmed) || HORIZON.test(trimmed)) return true;
  if (LONE_MODIFIER.test(trimmed)) return true;
  // "за последние пять лет": chrono may start after the preposition and the modifier.
  if (
    new RegExp(`^(?:${APPROX_WORD}\\s+)?${COUNT_WORD}\\s+${COUNT_UNIT}$`, 'iu').test(trimmed) &&
    /(?:past|last|next|coming|последние|ближайшие|следующие)\s+(?:\p{L}+\s+)?$/iu.test(
      body.slice(Math.max(0, start - 24), start),
    )
  )
    return true;
  // "after three hours of talks", "после трёх часов переговоров": how long, not when.
  if (AFTER_DURATION.test(text.trim())) return true;
  // "более двухсот лет назад": how long ago was not read, so no date either.
  if (/^(?:лет|years|days|дней)\s+(?:назад|ago)$/iu.test(text.trim())) return true;
  // "the past few days", "in recent weeks": a vague span, not a date.
  if (VAGUE_SPAN.test(text) || VAGUE_SPAN.test(body.slice(Math.max(0, start - 12), end))) return true;
  // "в течение трёх часов", "на протяжении недели": durations.
  if (
    /(?:в\s+)?течение|протяжении/iu.test(text) ||
    /(?:в\s+течение|на\s+протяжении)\s*$/iu.test(body.slice(Math.max(0, start - 20), start))
  )
    return true;
  // "for six weeks" is a duration; "scheduled for March 3" is a date.
  if (
    DURATION_UNIT.test(text) &&
    /\b(for|lasting|lasted|over)\s+$/i.test(body.slice(Math.max(0, start - 10), start))
  )
    return true;
  // "built in ten years", "in two decades": a count of long units is how long or a vague span.
  if (
    /^(?:in\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few)\s+(?:years?|decades?|months?)$/iu.test(
      text.trim(),
    ) &&
    (/^in\s/iu.test(text.trim()) || /\bin\s+$/iu.test(body.slice(Math.max(0, start - 4), start)))
  )
    return true;
  return false;
}

/** "today", "сегодня", "bu gün" alone. */
const TODAY = /^(?:today|сегодня|bu\s*gün)$/iu;
/** "this year", "в этом году", "bu il" alone (not "bu ilin mart ayında", which names a month). */
const THIS_YEAR = /^(?:this\s+year|(?:в\s+)?(?:этом|текущем|нынешнем)\s+году|(?:bu|cari)\s+il(?:də)?)$/iu;
/** A figure: digits, or a count in words ("hundreds", "сотни", "yüzlərlə"). */
const FIGURE =
  /\d|\b(?:hundreds|thousands|millions|dozens)\b|(?<!\p{L})(?:сотн\p{L}*|тысяч\p{L}*|десятк\p{L}*|yüzlərlə|minlərlə|onlarla)(?!\p{L})/iu;

/**
 * The current day or year named as "nowadays" or as the period of a figure, not as the date of an
 * act: "Today the money is on the table", "Сегодня здесь работают 40 инженеров" (a present state),
 * "inflation this year is 5 %", "выручка в этом году превысит $6 млн", "ticarət bu il 30 faiz
 * artıb", "we expect a record this year". A day or year with a past act and no figure stays an event
 * ("Qərar bu gün qəbul olunub", "has grown by a third this year").
 */
export function currentPeriodIsNoDate(expression: string, sentence: string, tense: Tense): boolean {
  const e = expression.trim();
  if (TODAY.test(e)) return tense === 'present';
  if (THIS_YEAR.test(e)) return tense !== 'past' || FIGURE.test(sentence);
  return false;
}
