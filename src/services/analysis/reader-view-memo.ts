import type { AnalysisResult } from '../../analysis/types.ts';
import type { StoryFactsMode } from '../../domain/site.ts';

/**
 * What identifies a reader's view of one article's reading: the setting, the stamp of the stored
 * reading and corrections (ReaderStamp), the approvals, the hide flag, and the text — given
 * (compared as it is: the newsroom's preview may show unsaved text) or a stored row's, named by
 * its version (every change of an article's stored text bumps it).
 */
export interface ReaderViewKey {
  mode: StoryFactsMode;
  stamp: string;
  approved: ReadonlySet<string>;
  hidden: boolean;
  body: string | null;
  version: number | null;
}

/** A key with the text in hand, as a view is computed from it. */
export type ReaderViewSource = ReaderViewKey & { body: string };

interface Entry {
  mode: StoryFactsMode;
  stamp: string;
  approved: string;
  hidden: boolean;
  body: string;
  version: number | null;
  view: AnalysisResult | null;
  bytes: number;
}

/** Made read-only all the way down: the view is shared by every request that gets it. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const approvedKey = (approved: ReadonlySet<string>): string => [...approved].sort().join('\n');

/**
 * The reader's view of an article's reading, remembered per article with what identifies its
 * inputs. Keying by the inputs' identity (not by events) makes it exact with no invalidation: a
 * new reading, correction, approval, hide flag, setting or text is a miss. Computing a view
 * (parsing, corrections, item keys, slugs, hashes) was a quarter of an uncached article page's
 * CPU; with stamps, a page need not even read the reading and the text to know its view.
 * Bounded by (estimated) bytes, the least recently used going first.
 */
export class ReaderViewMemo {
  private readonly entries = new Map<string, Entry>();
  private total = 0;

  constructor(private readonly maxBytes = 8 * 1024 * 1024) {}

  get size(): number {
    return this.entries.size;
  }

  /** Estimated bytes held (text and view), never above the bound. */
  get bytes(): number {
    return this.total;
  }

  private matching(articleId: string, key: ReaderViewKey): Entry | undefined {
    const known = this.entries.get(articleId);
    if (
      !known ||
      known.mode !== key.mode ||
      known.stamp !== key.stamp ||
      known.hidden !== key.hidden ||
      known.approved !== approvedKey(key.approved)
    )
      return undefined;
    const sameText =
      key.body !== null ? known.body === key.body : key.version !== null && known.version === key.version;
    if (!sameText) return undefined;
    // The most recently used last (Map keeps insertion order), so the bound drops the least used.
    this.entries.delete(articleId);
    this.entries.set(articleId, known);
    return known;
  }

  /** The remembered view for exactly this key; undefined when there is none (null: nothing to show). */
  known(articleId: string, key: ReaderViewKey): AnalysisResult | null | undefined {
    return this.matching(articleId, key)?.view;
  }

  /**
   * The view for this key, computed (and remembered) when not known. `sizeHint` is the bulk the
   * view was made from (reading and corrections, in characters), for the byte bound.
   */
  view(
    articleId: string,
    key: ReaderViewSource,
    compute: () => AnalysisResult | null,
    sizeHint = 0,
  ): AnalysisResult | null {
    const known = this.matching(articleId, key);
    if (known) {
      // The same text, now known to be the stored row's at this version too.
      if (key.version !== null) known.version = key.version;
      return known.view;
    }
    const view = deepFreeze(compute());
    this.drop(articleId);
    const approved = approvedKey(key.approved);
    // Strings at two bytes a character (the worst case), the view's objects about twice its JSON.
    const bytes =
      2 * (key.body.length + key.stamp.length + approved.length) + (view ? 4 * sizeHint : 0) + 200;
    if (bytes > this.maxBytes) return view;
    while (this.total + bytes > this.maxBytes) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.drop(oldest.value);
    }
    this.entries.set(articleId, {
      mode: key.mode,
      stamp: key.stamp,
      approved,
      hidden: key.hidden,
      body: key.body,
      version: key.version,
      view,
      bytes,
    });
    this.total += bytes;
    return view;
  }

  private drop(articleId: string): void {
    const entry = this.entries.get(articleId);
    if (!entry) return;
    this.entries.delete(articleId);
    this.total -= entry.bytes;
  }
}
