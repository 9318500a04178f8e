import type { SourceCitation } from '../../domain/article.ts';
import { AppError } from '../../domain/errors.ts';

/**
 * Parses an article captured as plain text in the seed's shape:
 *
 *   date 2025-11-21 + ↺ − 16 px        ← first line: the date; page chrome after it is dropped
 *   (optional headline line)
 *   paragraph … (blank-line separated; wrapped lines are joined)
 *   News.Az                            ← last line: the publisher
 *
 * Pure: text in, structure out, or an IMPORT_MALFORMED error naming the line.
 */
export interface ParsedTextArticle {
  date: { year: number; month: number; day: number; hour: number | null; minute: number | null };
  headline: string | null;
  /** At least one: an article without text is refused. */
  paragraphs: [string, ...string[]];
  publisher: string;
  sources: SourceCitation[];
  /** What the first line carried besides the date (e.g. "+ ↺ − 16 px"). */
  droppedChrome: string;
}

/** A run of non-blank lines; it has at least one. */
interface TextBlock {
  line: number;
  lines: [string, ...string[]];
}

/** A declaration, not an arrow, so that TypeScript narrows after a call to it. */
function fail(line: number, message: string): never {
  throw new AppError('IMPORT_MALFORMED', `line ${line}: ${message}`, [{ field: `line ${line}`, message }]);
}

function splitBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\s+$/u, '').replace(/^\s+/u, '');
    if (line === '') {
      current = null;
      return;
    }
    if (current) current.lines.push(line);
    else {
      current = { line: i + 1, lines: [line] };
      blocks.push(current);
    }
  });
  return blocks;
}

const DATE_LINE = /^(?:date\s*[:]?\s*)?(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?(?=\s|$)(.*)$/iu;

function parseDateLine(block: TextBlock): ParsedTextArticle['date'] & { rest: string } {
  const first = block.lines[0];
  const m = DATE_LINE.exec(first);
  if (!m)
    fail(
      block.line,
      `expected the publication date as YYYY-MM-DD (e.g. "date 2025-11-21"), found "${first.slice(0, 60)}"`,
    );
  // The pattern's first three groups are not optional: a match has them.
  const [, y = '', mo = '', d = '', h, mi, rest] = m;
  const year = Number(y),
    month = Number(mo),
    day = Number(d);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    fail(block.line, `"${y}-${mo}-${d}" is not a calendar date`);
  }
  // Hour and minute are one optional group in the pattern: both present or both absent.
  const hour = h === undefined ? null : Number(h);
  const minute = mi === undefined ? null : Number(mi);
  if (hour !== null && (hour > 23 || (minute ?? 0) > 59))
    fail(block.line, `"${h}:${mi}" is not a time of day`);
  if (block.lines.length > 1) fail(block.line + 1, 'expected a blank line after the date line');
  return { year, month, day, hour, minute, rest: (rest ?? '').trim() };
}

/** A publisher line is a short name, not a sentence: "News.Az", "Caucasus Wire". */
function looksLikePublisher(block: TextBlock): boolean {
  if (block.lines.length !== 1) return false;
  const l = block.lines[0];
  return l.length <= 60 && l.split(/\s+/).length <= 6 && !/[.!?:;,"”»…]$/u.test(l);
}

/** A headline line is one short line without closing punctuation, followed by the body. */
function looksLikeHeadline(block: TextBlock): boolean {
  if (block.lines.length !== 1) return false;
  const l = block.lines[0];
  return l.length <= 200 && !/[.!?:;,…]$/u.test(l) && l.split(/\s+/).length >= 3;
}

const UPPER = '\\p{Lu}';
const NAME = `${UPPER}[\\p{L}\\p{N}.&'’-]*(?:\\s${UPPER}[\\p{L}\\p{N}.&'’-]*){0,4}`;
/** "X reports, citing Y" / "X сообщает со ссылкой на Y" / "X Y-ə istinadən xəbər verir". */
const CITATION_PATTERNS: { re: RegExp; outlet: number; citing: number }[] = [
  { re: new RegExp(`(${NAME}) reports?,?\\s+citing\\s+([^.;]+?)\\s*[.;]`, 'gu'), outlet: 1, citing: 2 },
  { re: new RegExp(`(${NAME}),?\\s+citing\\s+([^.;]+?),?\\s+reports?\\b`, 'gu'), outlet: 1, citing: 2 },
  {
    re: new RegExp(`(${NAME}) сообщает,?\\s+со ссылкой на\\s+([^.;]+?)\\s*[.;]`, 'gu'),
    outlet: 1,
    citing: 2,
  },
  // Azerbaijani puts the cited source between outlet and verb; outlets there are one word ("APA", "News.Az").
  {
    re: new RegExp(`(${UPPER}[\\p{L}\\p{N}.&'’-]*),?\\s+([^.;,]+?)\\s+istinadən\\s+xəbər verir`, 'gu'),
    outlet: 1,
    citing: 2,
  },
];

export function findSourceCitations(paragraphs: string[]): SourceCitation[] {
  const found: SourceCitation[] = [];
  for (const p of paragraphs) {
    for (const { re, outlet, citing } of CITATION_PATTERNS) {
      for (const m of p.matchAll(re)) {
        // Both groups are required by every pattern, so a match always has them.
        const c = { outlet: (m[outlet] ?? '').trim(), citing: (m[citing] ?? '').trim(), url: null };
        if (!found.some((f) => f.outlet === c.outlet && f.citing === c.citing)) found.push(c);
      }
    }
  }
  return found;
}

export function parseTextArticle(input: string): ParsedTextArticle {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const [first, ...others] = splitBlocks(text);
  if (!first) fail(1, 'the file is empty');
  const date = parseDateLine(first);
  const last = others.at(-1);
  if (!last) fail(first.line, 'no article text after the date line');
  if (others.length < 2 || !looksLikePublisher(last)) {
    fail(
      last.line,
      `expected the publisher's name alone on the last line (e.g. "News.Az"), found "${last.lines[0].slice(0, 60)}"`,
    );
  }
  let bodyBlocks = others.slice(0, -1);
  let headline: string | null = null;
  const [top] = bodyBlocks;
  if (top && bodyBlocks.length > 1 && looksLikeHeadline(top)) {
    headline = top.lines[0];
    bodyBlocks = bodyBlocks.slice(1);
  }
  const [lead, ...more] = bodyBlocks.map((b) => b.lines.join(' '));
  // Unreachable after the checks above (a date, a body, a publisher); it gives the type its proof.
  if (lead === undefined) fail(last.line, 'no article text before the publisher line');
  const paragraphs: ParsedTextArticle['paragraphs'] = [lead, ...more];
  const publisher = last.lines[0];
  return {
    date: { year: date.year, month: date.month, day: date.day, hour: date.hour, minute: date.minute },
    headline,
    paragraphs,
    publisher,
    sources: findSourceCitations(paragraphs),
    droppedChrome: date.rest,
  };
}

/** A headline for text that has none: the first sentence, cut at a word boundary. */
export function headlineFromText(paragraph: string, max = 120): string {
  const sentence = /^(.+?[.!?])(?:\s|$)/u.exec(paragraph)?.[1] ?? paragraph;
  const trimmed = sentence.replace(/[.!?]$/u, '');
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
