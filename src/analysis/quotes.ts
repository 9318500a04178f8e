/**
 * Step: quoted spans. Pairs curly “ ”, straight " ", guillemets « » and low-high „ “ quotes, with
 * single ‘ ’ (or ' ') nested inside double ones; follows a quotation across paragraphs when the
 * opening mark repeats at each paragraph start. Classifies each span as full (a whole quoted
 * sentence), partial (quoted words inside the writer's sentence), term (a scare-quoted term such as
 * so-called “special military operation”) or nested (a quote inside a quote).
 */
import type { QuoteKind } from './types.ts';
import { lowerFor, type Span, type TextModel } from './tokenize.ts';
import { splitInterrupted } from './quotes-interrupted.ts';
import { TERM_MARKERS, TERM_MARKERS_AFTER } from '../languages/data/speech.ts';

import type { QuoteSpan } from './quote-span.ts';

export type { QuoteSpan };

type Mark = '“' | '”' | '„' | '«' | '»' | '"' | '‘' | '’' | "'";

interface Open {
  mark: Mark;
  /** The mark that closes it. */
  closer: readonly string[];
  openAt: number;
  segments: Span[];
  segStart: number;
  depth: number;
  id: number;
}

const DOUBLE_OPENERS = new Set(['“', '„', '«', '"']);
const WORDCHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * The marks that close an opening mark. Copy mixes styles: a quotation opened with a straight mark
 * and closed with a curly one (or the reverse), or closed with the opening-style mark ("“…“").
 */
function closersFor(mark: Mark): readonly string[] {
  switch (mark) {
    case '«':
      return ['»'];
    case '„':
      return ['“', '”'];
    case '“':
      return ['”', '"', '“'];
    case '"':
      return ['"', '”', '“'];
    case '‘':
      return ['’'];
    case "'":
      return ["'"];
    default:
      return [];
  }
}

/** Marks of one family: a quotation running on may reopen each paragraph with any of them. */
function sameFamily(open: Mark, ch: string): boolean {
  if (open === '«') return ch === '«';
  return ch === '“' || ch === '"' || ch === '„';
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TERM_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])((?:(?:the|a|an|its|his|her|their|this|these)\\s+)?(?:${[...TERM_MARKERS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|')}))\\s*$`,
  'iu',
);

/** Find quoted spans in a body, paragraph by paragraph. */
export function findQuotes(model: TextModel): QuoteSpan[] {
  const { body, paragraphs } = model;
  const raw: { open: Open; closeAt: number; parent: number }[] = [];
  let nextId = 0;
  const stack: Open[] = [];

  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    if (!p) continue;
    let i = p.start;
    // A quotation running on from the previous paragraph: skip the repeated opening mark.
    const top = stack[0];
    if (stack.length > 0 && top) {
      const ch = body[i] ?? '';
      if (sameFamily(top.mark, ch)) {
        top.segStart = i + 1;
        i++;
      }
    }
    for (; i < p.end; i++) {
      const ch = body[i] as Mark;
      if (!'“”„«»"‘’\''.includes(ch)) continue;
      const prev = body[i - 1] ?? ' ';
      const next = body[i + 1] ?? ' ';
      const cur = stack[stack.length - 1];
      // Closing the innermost open quote?
      // An opening-style mark closes only where a closing one would stand: after a word, before none.
      // A straight opening mark may be closed by one in the opening style too ("…тендера“).
      const guarded = cur?.mark === '“' || cur?.mark === '"';
      const closes = ch !== '“' || !guarded || (!/\s/.test(prev) && !WORDCHAR.test(next));
      if (cur && cur.closer.includes(ch) && closes) {
        const isSingle = ch === '’' || ch === "'";
        // An apostrophe inside a word ("Ukraine’s") does not close a single quote.
        if (!isSingle || !WORDCHAR.test(next)) {
          if (!(ch === '"' && WORDCHAR.test(next) && /\s/.test(prev))) {
            stack.pop();
            cur.segments.push({ start: cur.segStart, end: i });
            const parent = stack[stack.length - 1];
            raw.push({ open: cur, closeAt: i, parent: parent ? parent.id : -1 });
            continue;
          }
        }
      }
      // Opening?
      const atWordStart = !WORDCHAR.test(prev);
      if (DOUBLE_OPENERS.has(ch) && atWordStart && !/\s/.test(next)) {
        // A straight mark inside a straight quotation opens a nested one only where an opening mark
        // stands: after a space, before a word ("Biz "Bakı-Tbilisi-Qars" xətti ilə …").
        if (ch === '"' && stack.some((s) => s.mark === '"') && !(/\s/.test(prev) && WORDCHAR.test(next)))
          continue;
        stack.push({
          mark: ch,
          closer: closersFor(ch),
          openAt: i,
          segments: [],
          segStart: i + 1,
          depth: stack.length,
          id: nextId++,
        });
        continue;
      }
      if ((ch === '‘' || (ch === "'" && stack.length > 0)) && atWordStart && !/\s/.test(next)) {
        stack.push({
          mark: ch,
          closer: closersFor(ch),
          openAt: i,
          segments: [],
          segStart: i + 1,
          depth: stack.length,
          id: nextId++,
        });
      }
    }
    // End of paragraph: a top-level quotation runs on only if the next paragraph opens with its mark.
    const following = paragraphs[pi + 1];
    const outer = stack[0];
    const runsOn =
      outer &&
      following &&
      sameFamily(outer.mark, body[following.start] ?? '') &&
      DOUBLE_OPENERS.has(outer.mark);
    if (runsOn) {
      // Nested quotes never run across paragraphs.
      stack.length = 1;
      let e = p.end;
      while (e > outer.segStart && /\s/.test(body[e - 1] ?? '')) e--;
      outer.segments.push({ start: outer.segStart, end: e });
    } else {
      stack.length = 0;
    }
  }

  const out: QuoteSpan[] = [];
  const order = raw.map((r, idx) => ({ r, idx })).sort((a, b) => a.r.open.openAt - b.r.open.openAt);
  const newIndex = new Map<number, number>();
  order.forEach((o, k) => newIndex.set(o.r.open.id, k));
  for (const { r } of order) {
    const segs = r.open.segments;
    const start = segs[0]?.start ?? r.open.openAt + 1;
    const end = segs[segs.length - 1]?.end ?? r.closeAt;
    const parent = r.parent >= 0 ? (newIndex.get(r.parent) ?? -1) : -1;
    const { kind, marker } = classify(model, start, end, r.open.openAt, r.open.depth, r.closeAt);
    out.push({
      start,
      end,
      openAt: r.open.openAt,
      closeAt: r.closeAt,
      segments: segs,
      depth: r.open.depth,
      parent,
      kind,
      marker,
    });
  }
  return splitInterrupted(model, out);
}

function classify(
  model: TextModel,
  start: number,
  end: number,
  openAt: number,
  depth: number,
  closeAt: number,
): { kind: QuoteKind; marker: string | null } {
  const { body } = model;
  const before = body.slice(Math.max(0, openAt - 40), openAt);
  if (depth > 0) return { kind: 'nested', marker: null };
  const term = TERM_BEFORE.exec(before);
  if (term) return { kind: 'term', marker: term[1] ?? null };
  // “yeni arxitektura” adlandırılan: the marker follows the term.
  const follower = /^[ \t\u00a0]*([\p{L}\p{M}]+)/u.exec(body.slice(closeAt + 1, closeAt + 40))?.[1];
  if (follower && TERM_MARKERS_AFTER.has(lowerFor(model.language, follower)))
    return { kind: 'term', marker: follower };
  const content = body.slice(start, end);
  const firstLetter = /[\p{L}\p{N}]/u.exec(content)?.[0] ?? '';
  const upper = firstLetter !== '' && firstLetter === firstLetter.toUpperCase();
  // Full: a quoted sentence on its own: at paragraph or sentence start, or after ":" or ", —".
  const lead = before.replace(/\s+$/, '');
  const atStart =
    lead === '' ||
    /[.!?…:”»"]$/.test(lead) ||
    /\n\s*$/.test(before) ||
    openAt === 0 ||
    /[,:]\s*[—–-]?$/.test(lead) ||
    /[—–]$/.test(lead);
  const paragraphStart = model.paragraphs.some((p) => p.start === openAt);
  return { kind: upper && (atStart || paragraphStart) ? 'full' : 'partial', marker: null };
}
