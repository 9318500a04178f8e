import { paths } from '../../lib/paths.ts';
import type { Store } from '../../storage/repositories/index.ts';

/** Longest old address worth looking up; anything longer cannot have been stored. */
const MAX_PATH = 2000;

/**
 * An old address as redirects store it: the path without its trailing slash (WordPress writes
 * `/2024/05/slug/`, readers type it either way), and of the query only WordPress's `?p=ID`.
 * Null when there is nothing to look up (the bare root, an address too long to be one).
 */
export function normalizeRedirectPath(url: string): string | null {
  if (url.length > MAX_PATH) return null;
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://old.invalid');
  } catch {
    return null;
  }
  const postId = parsed.searchParams.get('p');
  if (parsed.pathname === '/' || parsed.pathname === '') {
    return postId && /^\d{1,18}$/.test(postId) ? `/?p=${postId}` : null;
  }
  const path = parsed.pathname.replace(/\/+$/, '');
  return path.length > 0 ? path : null;
}

/** Answers the reader site's misses: the new address of an imported article's old permalink. */
export class RedirectService {
  constructor(private readonly store: Store) {}

  /** The article's current address for an old one, if readers may see the article; else null. */
  async resolve(url: string): Promise<string | null> {
    const key = normalizeRedirectPath(url);
    if (!key) return null;
    const target = await this.store.repos.redirects.find(key);
    if (!target?.published) return null;
    return paths.article(target.language, target.sectionSlug, target.slug);
  }
}
