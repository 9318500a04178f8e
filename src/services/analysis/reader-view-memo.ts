import type { AnalysisResult } from '../../analysis/types.ts';
import type { StoryFactsMode } from '../../domain/site.ts';

/** Everything a reader's view of one article's reading is computed from. */
export interface ReaderViewInputs {
  mode: StoryFactsMode;
  /** The stored reading (JSON), or null. */
  result: string | null;
  /** The stored corrections (parsed JSON), oldest first. */
  corrections: readonly unknown[];
  approved: ReadonlySet<string>;
  hidden: boolean;
  /** The article's text (quotes and claims must stand in it). */
  body: string;
}

interface Entry {
  mode: StoryFactsMode;
  result: string | null;
  corrections: string;
  approved: string;
  hidden: boolean;
  body: string;
  view: AnalysisResult | null;
}

/** Made read-only all the way down: the view is shared by every request that gets it. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * The reader's view of an article's reading, remembered per article with the inputs it was
 * computed from. Keying by the inputs themselves (not by events) makes it exact with no
 * invalidation: a new reading, correction, approval, hide flag, setting or text is a miss.
 * Computing a view (parsing, corrections, item keys, slugs, hashes) was a quarter of an
 * uncached article page's CPU; comparing the inputs costs a few string comparisons.
 */
export class ReaderViewMemo {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly maxEntries = 2000) {}

  get size(): number {
    return this.entries.size;
  }

  view(
    articleId: string,
    inputs: ReaderViewInputs,
    compute: () => AnalysisResult | null,
  ): AnalysisResult | null {
    const corrections = inputs.corrections.length ? JSON.stringify(inputs.corrections) : '';
    const approved = [...inputs.approved].sort().join('\n');
    const known = this.entries.get(articleId);
    if (
      known?.mode === inputs.mode &&
      known.result === inputs.result &&
      known.corrections === corrections &&
      known.approved === approved &&
      known.hidden === inputs.hidden &&
      known.body === inputs.body
    ) {
      // The most recently used last (Map keeps insertion order), so the bound drops the least used.
      this.entries.delete(articleId);
      this.entries.set(articleId, known);
      return known.view;
    }
    const view = deepFreeze(compute());
    this.entries.delete(articleId);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(articleId, { ...inputs, corrections, approved, view });
    return view;
  }
}
