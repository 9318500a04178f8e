/**
 * The cache key of a reader-site request: its address as the site names it, plus the one query
 * parameter pages read (`page`). Other parameters do not change the bytes, so they are left out:
 * `?utm_source=…` shares the page's entry, and random query strings cannot push real pages out.
 */
export function pageKey(rawUrl: string): string | null {
  // The common case, a plain path (no escapes, no repeated slashes, no query), is its own key:
  // answered without decoding, on every cache hit.
  if (!rawUrl.includes('%') && !rawUrl.includes('?') && !rawUrl.includes('//')) return rawUrl;
  const q = rawUrl.indexOf('?');
  const rawPath = q === -1 ? rawUrl : rawUrl.slice(0, q);
  let path: string;
  try {
    // Purges name decoded paths; the router also folds repeated slashes.
    path = decodeURIComponent(rawPath).replace(/\/{2,}/g, '/');
  } catch {
    return null;
  }
  if (q === -1) return path;
  const pages = new URLSearchParams(rawUrl.slice(q + 1)).getAll('page');
  if (pages.length === 0) return path;
  // A repeated or malformed page number is an error page (never cached): no key.
  const [page] = pages;
  if (pages.length > 1 || page === undefined || !/^[1-9]\d{0,5}$/.test(page)) return null;
  return page === '1' ? path : `${path}?page=${page}`;
}
