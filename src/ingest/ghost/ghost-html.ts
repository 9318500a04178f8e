import { embedProviderOf } from '../../domain/body.ts';
import type { Unconverted } from '../import-kit.ts';

/**
 * Shared pieces of the Lexical and Mobiledoc converters: both write the HTML our body reader
 * takes (src/services/articles/body-html.ts), and both name what they leave out.
 */

export const escapeText = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

/** Ghost writes its own origin as this placeholder in exports, so a file moves between hosts. */
export const GHOST_URL = '__GHOST_URL__';

/** A Ghost address with the placeholder replaced by `origin` (or left relative when there is none). */
export const resolveGhostUrl = (url: string, origin: string | null): string =>
  url.split(GHOST_URL).join(origin ? origin.replace(/\/+$/, '') : '');

export interface ImageCard {
  src: string;
  alt?: string | undefined;
  caption?: string | undefined;
  width?: number | undefined;
  height?: number | undefined;
}

export function imageHtml(card: ImageCard): string {
  if (!card.src) return '';
  const size =
    card.width && card.height ? ` width="${Math.round(card.width)}" height="${Math.round(card.height)}"` : '';
  const caption = card.caption ? `<figcaption>${card.caption}</figcaption>` : '';
  return `<figure data-type="image"><img src="${escapeAttr(card.src)}" alt="${escapeAttr(card.alt ?? '')}"${size}>${caption}</figure>`;
}

/** An embed card: a known provider becomes our embed; another is noted and its link kept. */
export function embedHtml(url: string, caption: string | undefined, notes: Unconverted[]): string {
  if (!url) {
    notes.push({ what: 'embed card without an address (nothing to keep)' });
    return '';
  }
  const provider = embedProviderOf(url);
  if (provider)
    return `<div data-embed="${provider}" data-url="${escapeAttr(url)}"${caption ? ` data-caption="${escapeAttr(stripTags(caption))}"` : ''}></div>`;
  notes.push({ what: `embed of ${hostOf(url)} kept as a link` });
  return `<p><a href="${escapeAttr(url)}">${escapeText(url)}</a></p>`;
}

export function bookmarkHtml(url: string, title: string | undefined, notes: Unconverted[]): string {
  if (!url) return '';
  notes.push({ what: 'bookmark card kept as a link' });
  return `<p><a href="${escapeAttr(url)}">${escapeText(title || url)}</a></p>`;
}

/** A markdown card: its paragraphs as plain text (markup characters stay as written). */
export function markdownHtml(markdown: string, notes: Unconverted[]): string {
  notes.push({ what: 'markdown card kept as plain paragraphs' });
  return markdown
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeText(p)}</p>`)
    .join('');
}

/** A gallery: its images one after another (our body has no gallery block). */
export function galleryHtml(images: unknown, url: (v: unknown) => string, notes: Unconverted[]): string {
  notes.push({ what: 'gallery card (its images kept one after another)' });
  const str = (v: unknown): string => (typeof v === 'string' ? v : '');
  const num = (v: unknown): number | undefined => (typeof v === 'number' && v > 0 ? v : undefined);
  return (Array.isArray(images) ? images : [])
    .map((i) => {
      const img = (i && typeof i === 'object' ? i : {}) as Record<string, unknown>;
      return imageHtml({
        src: url(img.src),
        alt: str(img.alt),
        caption: str(img.caption) || undefined,
        width: num(img.width),
        height: num(img.height),
      });
    })
    .join('');
}

/** A callout or toggle card: its text as a quote, its heading and content as a subheading and paragraph. */
export const calloutHtml = (text: string): string => (text ? `<blockquote><p>${text}</p></blockquote>` : '');
export const toggleHtml = (heading: string, content: string): string =>
  `<h3>${heading}</h3><p>${content}</p>`;

export function codeHtml(code: string, notes: Unconverted[]): string {
  notes.push({ what: 'code block kept as plain text' });
  return `<p>${escapeText(code)}</p>`;
}

export const stripTags = (html: string): string => html.replace(/<[^>]*>/g, '').trim();

const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname || url;
  } catch {
    return url.slice(0, 80);
  }
};

/** Cards that carry nothing a reader of the article needs: dropped without a note. */
export const SILENT_CARDS = new Set(['paywall', 'email', 'email-cta', 'signup', 'horizontalrule', 'hr']);
