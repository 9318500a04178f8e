/** Rendered pages kept in memory, bounded by bytes, least recently used dropped first. */

/** A rendered page as it was sent: status 200, its body and the headers that describe it. */
export interface StoredPage {
  body: Buffer;
  headers: Record<string, string>;
  /** The headers a hit is answered with (`headers`, its length and `X-Cache: hit`), built once. */
  hitHeaders: Record<string, string>;
  etag: string;
  /** When it was rendered (ms since the epoch), for the age bound. */
  storedAt: number;
}

/** Bytes a page is counted at: its body, its headers and a fixed allowance for the entry itself. */
const ENTRY_OVERHEAD = 256;

function sizeOf(key: string, page: StoredPage): number {
  let bytes = page.body.byteLength + key.length * 2 + ENTRY_OVERHEAD;
  for (const [name, value] of Object.entries(page.headers)) bytes += (name.length + value.length) * 2;
  return bytes;
}

/** The address part of a key ("/en/politics/?page=2" → "/en/politics/"), which purges name. */
export function pathOfKey(key: string): string {
  const q = key.indexOf('?');
  return q === -1 ? key : key.slice(0, q);
}

/**
 * A least-recently-used map from cache key (path and query) to page, never holding more than
 * `maxBytes`. Keys are indexed by path so that a purge of "/en/politics/" drops every query
 * variant of that page (its later pages too) without walking the whole map.
 */
export class PageStore {
  private readonly pages = new Map<string, { page: StoredPage; bytes: number }>();
  private readonly byPath = new Map<string, Set<string>>();
  private used = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): StoredPage | undefined {
    const hit = this.pages.get(key);
    if (!hit) return undefined;
    // Map keeps insertion order: moving the entry to the end makes the first one the least used.
    this.pages.delete(key);
    this.pages.set(key, hit);
    return hit.page;
  }

  /** Keeps the page unless it alone is larger than the whole budget; drops old pages to fit it. */
  set(key: string, page: StoredPage): void {
    const bytes = sizeOf(key, page);
    this.delete(key);
    if (bytes > this.maxBytes) return;
    for (const oldest of this.pages.keys()) {
      if (this.used + bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
    this.pages.set(key, { page, bytes });
    this.used += bytes;
    const path = pathOfKey(key);
    const keys = this.byPath.get(path) ?? new Set<string>();
    keys.add(key);
    this.byPath.set(path, keys);
  }

  /** Drops every stored variant of each path; answers how many pages went. */
  dropPaths(paths: Iterable<string>): number {
    let dropped = 0;
    for (const path of paths) {
      for (const key of this.byPath.get(path) ?? []) {
        this.delete(key);
        dropped++;
      }
    }
    return dropped;
  }

  clear(): void {
    this.pages.clear();
    this.byPath.clear();
    this.used = 0;
  }

  get size(): number {
    return this.pages.size;
  }

  get bytes(): number {
    return this.used;
  }

  private delete(key: string): void {
    const hit = this.pages.get(key);
    if (!hit) return;
    this.pages.delete(key);
    this.used -= hit.bytes;
    const path = pathOfKey(key);
    const keys = this.byPath.get(path);
    keys?.delete(key);
    if (keys?.size === 0) this.byPath.delete(path);
  }
}
