/**
 * A quotation cut by its attribution without closing its marks, the Russian and Azerbaijani habit:
 * «Мы готовы, — сказал министр. — Но сроки сдвинутся». The words between the dashes are the writer's,
 * so the quotation is two quotes of one speaker (FORMAT.md, 050–061); read as one, its attribution
 * sits inside the quote and is never found.
 */
import type { QuoteSpan as FoundSpan } from './quote-span.ts';
import type { Span, TextModel } from './tokenize.ts';
import { tokenAtOrAfter } from './tokenize.ts';
import { packFor } from '../languages/index.ts';

/** What this step reads and writes of a quoted span (its term marker is not read). */
type QuoteSpan = Omit<FoundSpan, 'marker'>;

/** ", — " / "! – " / "… - " opening the writer's words inside a quotation. */
const CUT_OPEN = /[,!?…][ \t\u00a0]*[—–-][ \t\u00a0]+/gu;
/** ". — " / ", – " closing them: the quotation goes on. */
const CUT_CLOSE = /[.,][ \t\u00a0]*[—–-][ \t\u00a0]+/gu;
/** The writer's words are one short clause: longer runs are the speaker's own dashes. */
const MAX_WORDS = 16;

interface Cut {
  /** End of the first part (after its comma). */
  end: number;
  /** Where the second part opens (after the closing dash). */
  resume: number;
}

/** Does [from, to) hold a speech verb and nothing a speaker would write (marks, sentence ends)? */
function isAttribution(model: TextModel, verbs: ReadonlySet<string>, from: number, to: number): boolean {
  const text = model.body.slice(from, to);
  if (/[“”„«»"!?;:\n]/u.test(text)) return false;
  const { tokens } = model;
  let words = 0;
  let verb = false;
  for (let k = tokenAtOrAfter(tokens, from); k < tokens.length && (tokens[k]?.end ?? Infinity) <= to; k++) {
    words++;
    verb ||= verbs.has(tokens[k]?.lower ?? '');
  }
  return verb && words <= MAX_WORDS;
}

/** The first cut inside one segment of a quotation, or null. */
function cutIn(model: TextModel, verbs: ReadonlySet<string>, seg: Span): Cut | null {
  const text = model.body.slice(seg.start, seg.end);
  for (const open of text.matchAll(CUT_OPEN)) {
    const from = open.index + open[0].length;
    CUT_CLOSE.lastIndex = from;
    const close = CUT_CLOSE.exec(text);
    if (!close) continue;
    // The second part must be the speaker's words again: something after the dash.
    const resume = close.index + close[0].length;
    if (resume >= text.length) continue;
    if (!isAttribution(model, verbs, seg.start + from, seg.start + close.index)) continue;
    return { end: seg.start + open.index + 1, resume: seg.start + resume };
  }
  return null;
}

function firstUpper(body: string, at: number): boolean {
  const letter = /[\p{L}\p{N}]/u.exec(body.slice(at, at + 20))?.[0] ?? '';
  return letter !== '' && letter === letter.toUpperCase();
}

/** Split one top-level quotation at each attribution cut inside it. */
function splitOne<T extends QuoteSpan>(model: TextModel, verbs: ReadonlySet<string>, q: T): T[] {
  const parts: T[] = [];
  let current: T = q;
  for (;;) {
    let cut: Cut | null = null;
    let at = -1;
    for (const [i, seg] of current.segments.entries()) {
      cut = cutIn(model, verbs, seg);
      if (cut) {
        at = i;
        break;
      }
    }
    if (!cut || at < 0) break;
    const before = current.segments.slice(0, at);
    const seg = current.segments[at] as Span;
    parts.push({
      ...current,
      end: cut.end,
      // The comma stands where a closing mark would: the attribution reads on from there.
      closeAt: cut.end,
      segments: [...before, { start: seg.start, end: cut.end }],
    });
    const rest = [{ start: cut.resume, end: seg.end }, ...current.segments.slice(at + 1)];
    current = {
      ...current,
      start: cut.resume,
      openAt: cut.resume - 1,
      segments: rest,
      kind: firstUpper(model.body, cut.resume) ? 'full' : 'partial',
    };
  }
  parts.push(current);
  return parts;
}

/** Split every top-level quotation cut by its attribution; nested quotes follow their part. */
export function splitInterrupted<T extends QuoteSpan>(model: TextModel, spans: readonly T[]): T[] {
  const verbs = packFor(model.language).analysis.speechVerbs;
  const out: T[] = [];
  const newIndex = new Map<number, number>();
  for (const [i, q] of spans.entries()) {
    if (q.depth > 0 || q.kind === 'term') {
      // A nested quote's parent is the part that holds it.
      const parent =
        q.depth === 1
          ? out.findLastIndex((p) => p.depth === 0 && p.start <= q.start)
          : (newIndex.get(q.parent) ?? -1);
      newIndex.set(i, out.length);
      out.push({ ...q, parent: q.depth > 0 ? parent : q.parent });
      continue;
    }
    newIndex.set(i, out.length);
    out.push(...splitOne(model, verbs, q));
  }
  return out;
}
