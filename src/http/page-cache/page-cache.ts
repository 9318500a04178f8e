import { PageStore, type StoredPage } from './page-store.ts';

/** How the page cache behaves (PAGE_CACHE_BYTES, PAGE_CACHE_MAX_AGE_MS). */
export interface PageCacheOptions {
  /** Memory the rendered pages may take, in bytes. */
  maxBytes: number;
  /**
   * How long a page is served before it is rendered again even without a purge: the bound on
   * staleness for what no event names (most read, "today" on listings) and for instances that
   * share no Redis and so never hear each other's purges.
   */
  maxAgeMs: number;
  /** How long a request waits for another one rendering the same page before rendering itself. */
  followerWaitMs?: number;
  now?: () => number;
}

/** What `lookup` found: a page to serve now, or the caller renders (and may be the one others wait for). */
export type Lookup =
  { kind: 'hit' | 'stale'; page: StoredPage } | { kind: 'render'; leader: (() => void) | null };

export interface PageCacheStats {
  hits: number;
  stale: number;
  misses: number;
  /** Pages dropped by purges. */
  purged: number;
  entries: number;
  bytes: number;
}

const FOLLOWER_WAIT_MS = 5_000;

/**
 * The rendered-page cache: a byte-bounded store plus the rules around it. A burst of requests for
 * a page nobody has rendered yet renders it once (the others wait for that render: single
 * flight); a page past its age is rendered again by one request while the rest are served the
 * old copy (stale while revalidating). Purges drop pages at once, whatever their age.
 */
export class PageCache {
  private readonly store: PageStore;
  private readonly inflight = new Map<string, Promise<void>>();
  private readonly now: () => number;
  private readonly followerWaitMs: number;
  private readonly counts = { hits: 0, stale: 0, misses: 0, purged: 0 };

  constructor(private readonly options: PageCacheOptions) {
    this.store = new PageStore(options.maxBytes);
    this.now = options.now ?? Date.now;
    this.followerWaitMs = options.followerWaitMs ?? FOLLOWER_WAIT_MS;
  }

  /** Finds the page for `key`, waiting for a render already under way; counts what it found. */
  async lookup(key: string): Promise<Lookup> {
    const page = this.store.get(key);
    if (page && this.fresh(page)) return this.count('hits', { kind: 'hit', page });
    const pending = this.inflight.get(key);
    if (page && pending) return this.count('stale', { kind: 'stale', page });
    if (pending) {
      await this.waitFor(pending);
      const rendered = this.store.get(key);
      if (rendered) return this.count('hits', { kind: 'hit', page: rendered });
      // The render we waited for was not cacheable (an error, a cookie): render our own.
      return this.count('misses', { kind: 'render', leader: null });
    }
    return this.count('misses', { kind: 'render', leader: this.lead(key) });
  }

  /** The page for `key` if it is fresh, counted as a hit; otherwise nothing (and nothing counted). */
  freshPage(key: string): StoredPage | undefined {
    const page = this.store.get(key);
    if (!page || !this.fresh(page)) return undefined;
    this.counts.hits++;
    return page;
  }

  /** Keeps a page rendered for `key`. */
  keep(key: string, page: Omit<StoredPage, 'storedAt' | 'hitHeaders'>): void {
    const hitHeaders = {
      ...page.headers,
      'content-length': String(page.body.byteLength),
      'x-cache': 'hit',
    };
    this.store.set(key, { ...page, hitHeaders, storedAt: this.now() });
  }

  /** Drops every variant of each path (a purge): the next request renders them anew. */
  drop(paths: Iterable<string>): number {
    // `/*` (EVERY_PAGE in services/events, which http may not import): a site-wide change.
    const list = [...paths];
    if (list.includes('/*')) {
      const all = this.store.size;
      this.clear();
      return all;
    }
    const dropped = this.store.dropPaths(list);
    this.counts.purged += dropped;
    return dropped;
  }

  /** Drops everything (settings changed, or purges may have been missed while Redis was away). */
  clear(): void {
    this.counts.purged += this.store.size;
    this.store.clear();
  }

  stats(): PageCacheStats {
    return { ...this.counts, entries: this.store.size, bytes: this.store.bytes };
  }

  private fresh(page: StoredPage): boolean {
    return this.now() - page.storedAt < this.options.maxAgeMs;
  }

  /** Marks `key` as being rendered; the returned function ends that (call it exactly once). */
  private lead(key: string): () => void {
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    this.inflight.set(key, finished);
    return () => {
      if (this.inflight.get(key) === finished) this.inflight.delete(key);
      done();
    };
  }

  private async waitFor(pending: Promise<void>): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, this.followerWaitMs)));
    try {
      await Promise.race([pending, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private count<T>(what: 'hits' | 'stale' | 'misses', result: T): T {
    this.counts[what]++;
    return result;
  }
}
