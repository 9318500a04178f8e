import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { firstGrapheme } from '../lib/first-grapheme.ts';

/**
 * Builds the reader site's static assets once at start-up: the stylesheet (with the self-hosted
 * serif's @font-face rules), the font files, and the inline scripts with their CSP hashes.
 * Every URL carries a content hash, so assets can be cached for a year.
 */
export interface StaticAsset {
  body: Buffer;
  contentType: string;
}

export interface AssetManifest {
  stylesheetHref: string;
  /** The publisher's wordmark (SVG), for structured data and the favicon. */
  logoHref: string;
  /** Faces every page preloads (Latin, regular and bold). */
  preloadFonts: string[];
  /** Faces of other subsets, preloaded by a page whose title has letters in their range (Cyrillic, ə). */
  subsetFonts: { letters: RegExp; hrefs: string[] }[];
  headScript: string;
  controlScript: string;
  viewBeacon: string;
  /** Refreshes "12 minutes ago" labels from their datetime (pages may come from a cache). */
  relativeTimes: string;
  /** A live blog's page: new entries by SSE (or polling) behind "N new updates", and the order switch. */
  liveBlog: string;
  /** CSP 'sha256-…' sources for the inline scripts. */
  scriptHashes: string[];
  files: Map<string, StaticAsset>;
}

const FONT_FAMILY = 'Source Serif 4';
const FONT_PACKAGE = '@fontsource/source-serif-4';
/** Latin, Cyrillic, and only the Azerbaijani letters from Latin Extended (Ə ə Ğ ğ İ ı Ş ş). */
const FONT_SUBSETS: { name: string; unicodeRange: string }[] = [
  { name: 'latin', unicodeRange: '' },
  { name: 'cyrillic', unicodeRange: '' },
  { name: 'latin-ext', unicodeRange: 'U+011E-011F,U+0130-0131,U+015E-015F,U+018F,U+0259' },
];
const FONT_STYLES = [
  { weight: 400, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 700, style: 'normal' },
];

const here = dirname(new URL(import.meta.url).pathname);
const hash = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex').slice(0, 12);
export const cspHash = (script: string): string =>
  `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

/**
 * `font-display: optional`: a face that is not there by first paint (the preloaded ones usually are)
 * is not swapped in later on that page view, so headlines never reflow under the reader (CLS 0);
 * the next page finds it in the cache.
 */
/** 'U+0400-045F,U+0490' → a pattern matching any of those characters. */
const rangePattern = (range: string): RegExp =>
  new RegExp(
    `[${range
      .split(',')
      .map((r) => r.replace(/^U\+/i, '').replace(/([0-9A-F]+)/gi, '\\u{$1}'))
      .join('')}]`,
    'u',
  );

function fontFaces(files: Map<string, StaticAsset>): {
  css: string;
  preload: string[];
  subsets: { letters: RegExp; hrefs: string[] }[];
} {
  const require = createRequire(import.meta.url);
  const pkgDir = dirname(require.resolve(`${FONT_PACKAGE}/package.json`));
  const ranges = JSON.parse(readFileSync(join(pkgDir, 'unicode.json'), 'utf8')) as Record<string, string>;
  const rules: string[] = [];
  const preload: string[] = [];
  const subsets: { letters: RegExp; hrefs: string[] }[] = [];
  for (const subset of FONT_SUBSETS) {
    const range = subset.unicodeRange || ranges[subset.name] || '';
    const hrefs: string[] = [];
    if (subset.name !== 'latin') subsets.push({ letters: rangePattern(range), hrefs });
    for (const { weight, style } of FONT_STYLES) {
      const file = `source-serif-4-${subset.name}-${weight}-${style}.woff2`;
      const body = readFileSync(join(pkgDir, 'files', file));
      const url = `/assets/fonts/${file.replace('.woff2', `.${hash(body)}.woff2`)}`;
      files.set(url, { body, contentType: 'font/woff2' });
      // The body's and the headlines' faces, fetched with the page (see font-display below).
      if (style === 'normal') (subset.name === 'latin' ? preload : hrefs).push(url);
      rules.push(
        `@font-face{font-family:'${FONT_FAMILY}';font-style:${style};font-weight:${weight};font-display:optional;` +
          `src:url(${url}) format('woff2');unicode-range:${subset.unicodeRange || ranges[subset.name]}}`,
      );
    }
  }
  return { css: rules.join('\n'), preload, subsets };
}

const minifyScript = (src: string): string =>
  src
    .split('\n')
    .filter((l) => !/^\s*\/\//.test(l))
    .map((l) => l.trim())
    .join('\n')
    .trim();

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A wordmark: the site's initial on the brand colour, then its name. */
function logoSvg(name: string): Buffer {
  const initial = escapeXml(firstGrapheme(name.trim())?.toUpperCase() ?? 'N');
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="60" viewBox="0 0 600 60" role="img" aria-label="${escapeXml(name)}">` +
      `<rect width="60" height="60" rx="8" fill="#a4161a"/>` +
      `<text x="30" y="43" font-family="Georgia, serif" font-size="38" font-weight="700" fill="#fff" text-anchor="middle">${initial}</text>` +
      `<text x="76" y="43" font-family="Georgia, serif" font-size="36" font-weight="700" fill="#1b1b1b">${escapeXml(name)}</text></svg>`,
  );
}

/** A square icon: the wordmark's initial on the brand colour (favicon.ico is rendered from it). */
export function iconSvg(name: string): Buffer {
  const initial = escapeXml(firstGrapheme(name.trim())?.toUpperCase() ?? 'N');
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 60 60">` +
      `<rect width="60" height="60" rx="8" fill="#a4161a"/>` +
      `<text x="30" y="43" font-family="Georgia, serif" font-size="38" font-weight="700" fill="#fff" text-anchor="middle">${initial}</text></svg>`,
  );
}

export function buildAssets(options: { defaultTextSize: number; siteName: string }): AssetManifest {
  const files = new Map<string, StaticAsset>();
  const fonts = fontFaces(files);
  const siteCss = readFileSync(join(here, 'assets', 'site.css'), 'utf8').replace(
    '--nd-text-size: 16px;',
    `--nd-text-size: ${options.defaultTextSize}px;`,
  );
  const css = Buffer.from(`${fonts.css}\n${siteCss}`);
  const stylesheetHref = `/assets/site.${hash(css)}.css`;
  files.set(stylesheetHref, { body: css, contentType: 'text/css; charset=utf-8' });
  const logo = logoSvg(options.siteName);
  const logoHref = `/assets/logo.${hash(logo)}.svg`;
  files.set(logoHref, { body: logo, contentType: 'image/svg+xml' });

  const headScript = minifyScript(readFileSync(join(here, 'assets', 'text-size-head.js'), 'utf8'));
  const controlScript = minifyScript(readFileSync(join(here, 'assets', 'text-size-control.js'), 'utf8'));
  const viewBeacon = minifyScript(readFileSync(join(here, 'assets', 'view-beacon.js'), 'utf8'));
  const relativeTimes = minifyScript(readFileSync(join(here, 'assets', 'relative-times.js'), 'utf8'));
  const liveBlog = minifyScript(readFileSync(join(here, 'assets', 'live-blog.js'), 'utf8'));
  return {
    stylesheetHref,
    logoHref,
    preloadFonts: fonts.preload,
    subsetFonts: fonts.subsets,
    headScript,
    controlScript,
    viewBeacon,
    relativeTimes,
    liveBlog,
    scriptHashes: [
      cspHash(headScript),
      cspHash(controlScript),
      cspHash(viewBeacon),
      cspHash(relativeTimes),
      cspHash(liveBlog),
    ],
    files,
  };
}
