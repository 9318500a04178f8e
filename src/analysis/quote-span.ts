import type { QuoteKind } from './types.ts';
import type { Span } from './tokenize.ts';

/** A quoted span as the quote finder reads it; its own module so later steps share it without a cycle. */
export interface QuoteSpan {
  /** Content offsets: inside the marks. For a quotation over several paragraphs, first to last. */
  start: number;
  end: number;
  /** The opening and closing marks. */
  openAt: number;
  closeAt: number;
  /** Content per paragraph (one span unless the quotation runs on). */
  segments: Span[];
  depth: number;
  /** Index of the enclosing quote in the result, or -1. */
  parent: number;
  kind: QuoteKind;
  /** For terms: the marker as written ("the so-called"). */
  marker: string | null;
}
