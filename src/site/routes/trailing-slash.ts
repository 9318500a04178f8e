/**
 * One rule for trailing slashes: listings (a language's front page, latest, date archives,
 * sections) end with a slash; single things (articles, tags, authors, stories, topics, search)
 * do not. The other form of an address answers 301 to the canonical one, query string kept.
 * Sections need the database and are redirected by their own route (`listingSlash`).
 */
const DATE_PARTS = [/^\d{4}$/, /^\d{2}$/, /^\d{2}$/];
const isDate = (segments: string[]) =>
  segments.length > 0 && segments.length <= 3 && segments.every((s, i) => DATE_PARTS[i]?.test(s));

/** The canonical form of `url` (path and query) when it is the other form of a known shape; else null. */
export function canonicalSlash(url: string, isLanguage: (code: string) => boolean): string | null {
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  const query = q === -1 ? '' : url.slice(q);
  const [, lang = '', ...rest] = path.split('/');
  if (!isLanguage(lang) || rest.some((s, i) => s === '' && i < rest.length - 1)) return null;
  const slashed = rest.at(-1) === '';
  const segments = slashed ? rest.slice(0, -1) : rest;
  if (!slashed) {
    const listing =
      segments.length === 0 || (segments.length === 1 && segments[0] === 'latest') || isDate(segments);
    return listing ? `${path}/${query}` : null;
  }
  const [first = ''] = segments;
  const single =
    (segments.length === 1 && first === 'search') ||
    // A year first is a date archive (well-formed or not), never a single thing.
    (segments.length === 2 && !DATE_PARTS[0]?.test(first)) ||
    (segments.length === 3 && first === 'topic');
  return single ? `${path.slice(0, -1)}${query}` : null;
}
