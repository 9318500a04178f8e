import { z } from 'zod';
import { embedProviderOf } from '../lib/embeds.ts';
import { absolute } from '../lib/paths.ts';

/**
 * The one URL policy: which addresses may be stored in, and shown from, each kind of URL field.
 * Input schemas refuse what it refuses (400 naming the field); every output checks again, so an
 * address stored before the policy existed never reaches a page, a feed or the API.
 *
 *   link    inline links in a body: http(s), mailto:, tel:, or a path on this site
 *   image   body images, featured images, photos: http(s) or a path on this site
 *   source  a cited source: http(s)
 *   embed   an embedded post: https on an allowlisted provider (lib/embeds.ts)
 */
export const urlKinds = ['link', 'image', 'source', 'embed'] as const;
export type UrlKind = (typeof urlKinds)[number];

export const MAX_URL_LENGTH = 2000;

const schemes: Record<UrlKind, readonly string[]> = {
  link: ['http', 'https', 'mailto', 'tel'],
  image: ['http', 'https'],
  source: ['http', 'https'],
  embed: ['https'],
};
const sitePaths: Record<UrlKind, boolean> = { link: true, image: true, source: false, embed: false };
const expected: Record<UrlKind, string> = {
  link: 'must be an http(s), mailto: or tel: link, or a path on this site',
  image: 'must be an http(s) URL or a path on this site',
  source: 'must be an http(s) URL',
  embed: 'must be an https URL of YouTube, X or Facebook',
};

/** Why `url` may not be used as a `kind` URL, or null when it may. */
export function urlProblem(kind: UrlKind, url: string): string | null {
  if (url.length === 0) return 'must not be empty';
  if (url.length > MAX_URL_LENGTH) return `must be at most ${MAX_URL_LENGTH} characters`;
  // Browsers skip control characters and edge spaces around and inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(url) || url.trim() !== url)
    return 'must not contain control characters or start or end with a space';
  if (url.startsWith('/')) {
    if (!sitePaths[kind]) return expected[kind];
    // "//host" and "/\host" are read by browsers as addresses on another site.
    return /^\/[/\\]/.test(url) ? 'must not start with // (that is another site)' : null;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (!scheme || !schemes[kind].includes(scheme)) return expected[kind];
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a valid URL';
  }
  if (scheme === 'http' || scheme === 'https') {
    if (!/^https?:\/\/[^/\\]/i.test(url) || !parsed.hostname) return 'must name a host (https://host/…)';
  } else if (scheme === 'tel') {
    if (!/^tel:\+?[0-9 ().-]{3,40}$/i.test(url)) return 'must be a phone number (tel:+994…)';
  } else if (url.length <= scheme.length + 1) return expected[kind];
  if (kind === 'embed' && !embedProviderOf(url)) return expected.embed;
  return null;
}

export const isSafeUrl = (kind: UrlKind, url: string | null | undefined): url is string =>
  typeof url === 'string' && urlProblem(kind, url) === null;

/** A zod string that must pass the policy for `kind`; its message names what is allowed. */
export const urlSchema = (kind: UrlKind) =>
  z.string().superRefine((url, ctx) => {
    const problem = urlProblem(kind, url);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/**
 * A safe URL as readers outside the site need it (feeds, sitemaps, JSON-LD, social cards): a path
 * on this site joined to the base URL, an external address kept as it is (normalised by the URL
 * parser), and null for anything the policy refuses.
 */
export function publicUrl(kind: UrlKind, baseUrl: string, url: string | null | undefined): string | null {
  if (!isSafeUrl(kind, url)) return null;
  try {
    return new URL(url.startsWith('/') ? absolute(baseUrl, url) : url).href;
  } catch {
    return null;
  }
}
