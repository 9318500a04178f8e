import { createHash } from 'node:crypto';
import { taglineIn, type SiteSettings } from '../domain/site.ts';
import { firstGrapheme } from '../lib/first-grapheme.ts';

/**
 * The site's default share image (OpenGraph, Twitter, JSON-LD) for pages without a picture of
 * their own: the site's name and tagline (in the page's language) on its brand colour, 1200 × 630
 * as social networks ask; and its logo as a raster square for structured data (Google wants a
 * raster logo, never SVG). Drawn as SVG here (pure); routes/share-image.ts rasterises it.
 */
export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;
export const LOGO_SIZE = 512;

/** The image's ink and paper; the background is the site's brand colour (a setting). */
export const BRAND = { ink: '#1b1b1b', paper: '#ffffff' } as const;
/** Raised when the drawing changes, so the URLs change with it. */
const DRAWING_VERSION = '1';

const FONT = "Georgia, 'DejaVu Serif', 'Liberation Serif', serif";
const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

type ShareSettings = Pick<SiteSettings, 'name' | 'tagline' | 'taglines' | 'baseUrl' | 'brandColor'>;

/** The first character as a reader sees it (a letter with its accents), upper-cased. */
function initialOf(name: string): string {
  return firstGrapheme(name.trim())?.toUpperCase() ?? 'N';
}

/** Words in lines of at most `max` characters (a long word gets a line of its own), at most `lines` lines. */
export function wrap(text: string, max: number, lines: number): string[] {
  const out: string[] = [];
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const last = out.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = `${kept[lines - 1] ?? ''}…`;
  return kept;
}

/** The share image of a page in `language`, as SVG. */
export function shareImageSvg(site: ShareSettings, language: string): string {
  const W = SHARE_WIDTH;
  const H = SHARE_HEIGHT;
  const name = site.name.trim();
  // Serif letters average about half an em: the name fills at most the width beside the margin.
  const nameSize = Math.max(44, Math.min(104, Math.floor(980 / (Math.max(name.length, 1) * 0.55))));
  const nameLines = wrap(name, Math.floor(980 / (nameSize * 0.55)), 2);
  const tagline = wrap(taglineIn(site, language), 38, 3);
  const host = new URL(site.baseUrl).host;
  const nameTop = 300;
  const tagTop = nameTop + nameLines.length * nameSize * 1.1 + 24;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
    `<rect width="${W}" height="${H}" fill="${site.brandColor}"/>` +
    `<rect y="${H - 96}" width="${W}" height="96" fill="${BRAND.ink}"/>` +
    `<rect x="110" y="96" width="120" height="120" rx="16" fill="${BRAND.paper}"/>` +
    `<text x="170" y="186" font-family="${FONT}" font-size="80" font-weight="700" fill="${site.brandColor}" text-anchor="middle">${esc(initialOf(name))}</text>` +
    nameLines
      .map(
        (l, i) =>
          `<text x="110" y="${Math.round(nameTop + i * nameSize * 1.1)}" font-family="${FONT}" font-size="${nameSize}" font-weight="700" fill="${BRAND.paper}">${esc(l)}</text>`,
      )
      .join('') +
    tagline
      .map(
        (l, i) =>
          `<text x="110" y="${Math.round(tagTop + i * 52)}" font-family="${FONT}" font-size="42" fill="${BRAND.paper}" fill-opacity="0.92">${esc(l)}</text>`,
      )
      .join('') +
    `<text x="110" y="${H - 36}" font-family="${FONT}" font-size="34" fill="${BRAND.paper}">${esc(host)}</text>` +
    `</svg>`
  );
}

/** The logo as a square: the wordmark's initial on the brand colour. */
export function logoImageSvg(site: Pick<SiteSettings, 'name' | 'brandColor'>): string {
  const S = LOGO_SIZE;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${S}" height="${S}" viewBox="0 0 60 60">` +
    `<rect width="60" height="60" fill="${site.brandColor}"/>` +
    `<text x="30" y="43" font-family="${FONT}" font-size="38" font-weight="700" fill="${BRAND.paper}" text-anchor="middle">${esc(initialOf(site.name))}</text></svg>`
  );
}

/** What the image at `file` is drawn from: changes exactly when the picture would. */
function versionOf(site: ShareSettings, file: string): string {
  const input =
    file === 'logo.png'
      ? [DRAWING_VERSION, file, site.name, site.brandColor]
      : [
          DRAWING_VERSION,
          file,
          site.name,
          taglineIn(site, file.replace('.png', '')),
          site.baseUrl,
          site.brandColor,
        ];
  return createHash('sha256').update(JSON.stringify(input)).digest('hex').slice(0, 12);
}

/**
 * The image's address: a stable path, with the version of what it shows as a query, so a
 * network that cached the old picture fetches the new one after the site's name or tagline change.
 */
export const shareImagePath = (site: ShareSettings, language: string): string =>
  `/share-image/${language}.png?v=${versionOf(site, `${language}.png`)}`;
export const logoImagePath = (site: ShareSettings): string =>
  `/share-image/logo.png?v=${versionOf(site, 'logo.png')}`;

/** The SVG and version of a share-image file name (`en.png`, `logo.png`), or null for any other name. */
export function shareImageSource(
  site: ShareSettings & Pick<SiteSettings, 'languages'>,
  file: string,
): { svg: string; version: string } | null {
  if (file === 'logo.png') return { svg: logoImageSvg(site), version: versionOf(site, file) };
  const language = /^([a-z]{2,3})\.png$/.exec(file)?.[1];
  if (!language || !site.languages.includes(language)) return null;
  return { svg: shareImageSvg(site, language), version: versionOf(site, file) };
}
