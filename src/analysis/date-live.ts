/**
 * A live page's clock: the "Updated" line ("Updated 17:05, Wednesday, October 8", "Обновлено в 15:40
 * мск, пятница, 28 ноября", "Yenilənib: 23 noyabr, 18:30") is the page's dateline, and each entry
 * opened by a time stamp ("15:20 —", "12:30.", "09:30 –") is an event on the page's day at that time.
 * Read as bare times, stamps would take the date of whatever the entry before them mentioned.
 */
import type { TextModel } from './tokenize.ts';
import { packFor } from '../languages/index.ts';
import { inferYear, partsOfYmd, type Parts, type Ymd } from './date-calendar.ts';
import { chronoFor, type Candidate } from './date-candidates.ts';

/** "15:20 —", "12:30.", "09:30 –": a clock time opening an entry, then a dash or a full stop. */
const STAMP = /^(\d{1,2})[:.](\d{2})(?=\s*[–—-]\s|\.\s)/u;
const CLOCK = /(?<!\d)(\d{1,2})[:.](\d{2})(?!\d)/u;
/** A page is live when at least this many entries open with a time stamp. */
const MIN_STAMPS = 2;
/** The "Updated" line stands among the first paragraphs (after a headline). */
const UPDATED_WITHIN = 3;

const validClock = (h: number, m: number): boolean => h <= 23 && m <= 59;

/** The day the "Updated" line names: its day and month (year inferred backwards), else null. */
function dayOfLine(text: string, language: string, pub: Ymd): Ymd | null {
  const ref = new Date(pub.y, pub.m - 1, pub.d, 12, 0, 0);
  for (const r of chronoFor(language).parse(text, ref, { forwardDate: false })) {
    const c = r.start;
    const month = c.isCertain('month') ? c.get('month') : null;
    const day = c.isCertain('day') ? c.get('day') : null;
    if (month === null || day === null) continue;
    const year = c.isCertain('year') ? (c.get('year') ?? pub.y) : inferYear(month, day, pub, 'past');
    return { y: year, m: month, d: day };
  }
  return null;
}

export function liveCandidates(model: TextModel, pub: Ymd): Candidate[] {
  const { body, language } = model;
  const stamps: { start: number; hour: number; minute: number; text: string }[] = [];
  for (const p of model.paragraphs) {
    const m = STAMP.exec(body.slice(p.start, p.end));
    if (!m) continue;
    const hour = Number(m[1]);
    const minute = Number(m[2]);
    if (validClock(hour, minute)) stamps.push({ start: p.start, hour, minute, text: m[0] });
  }
  if (stamps.length < MIN_STAMPS) return [];
  const out: Candidate[] = [];
  let day: Ymd = pub;
  const cue = packFor(language).analysis.dates.liveUpdated;
  for (const p of cue ? model.paragraphs.slice(0, UPDATED_WITHIN) : []) {
    const line = body.slice(p.start, p.end);
    const lead = cue?.exec(line);
    if (!lead) continue;
    const text = line.slice(lead[0].length).replace(/[\s.]+$/u, '');
    const clock = CLOCK.exec(text);
    const named = dayOfLine(text, language, pub);
    if (!clock && !named) continue;
    if (named) day = named;
    const from: Parts = partsOfYmd(day);
    if (clock && validClock(Number(clock[1]), Number(clock[2]))) {
      from.hour = Number(clock[1]);
      from.minute = Number(clock[2]);
    }
    const start = p.start + lead[0].length;
    out.push({
      start,
      end: start + text.length,
      from,
      to: null,
      period: false,
      relative: false,
      text,
      dateline: true,
    });
    break;
  }
  for (const s of stamps)
    out.push({
      start: s.start,
      end: s.start + s.text.length,
      from: { ...partsOfYmd(day), hour: s.hour, minute: s.minute },
      to: null,
      period: false,
      relative: false,
      text: s.text,
    });
  return out;
}
