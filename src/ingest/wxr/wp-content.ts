import { embedProviderOf } from '../../domain/body.ts';
import { noteDropped, type Unconverted } from '../import-kit.ts';

export type { Unconverted };

/** Gutenberg blocks whose inner HTML is already what the body reader understands. */
const HTML_BLOCKS = new Set([
  'paragraph',
  'heading',
  'list',
  'list-item',
  'quote',
  'pullquote',
  'image',
  'group',
  'columns',
  'column',
  'preformatted',
  'verse',
  'separator',
  'spacer',
  'freeform',
  'html',
  'embed',
]);

/** Shortcodes WordPress itself ships; other bracketed words count as shortcodes only with attributes or a closing tag. */
const CORE_SHORTCODES = new Set(['caption', 'gallery', 'embed', 'video', 'audio', 'playlist', 'wp_caption']);

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The block's JSON attributes, or {} when there are none or they do not parse. */
function attrsOf(json: string | undefined): Record<string, unknown> {
  if (!json) return {};
  try {
    const v: unknown = JSON.parse(json);
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const EMBED_BLOCK =
  /<!--\s+wp:(?:core\/)?embed(?:\/[a-z0-9-]+)?(\s+\{[\s\S]*?\})?\s+-->[\s\S]*?<!--\s+\/wp:(?:core\/)?embed(?:\/[a-z0-9-]+)?\s+-->/g;
const BLOCK_COMMENT = /<!--\s+(\/)?wp:([a-z0-9_/-]+)(\s+\{[\s\S]*?\})?\s+(\/)?-->/g;

/**
 * Gutenberg's block comments removed, leaving each block's HTML. An embed becomes our embed
 * element when its provider is one we embed; blocks of other kinds keep their HTML (their text
 * survives) and are named in `notes`; self-closing dynamic blocks (latest posts …) have no HTML
 * and are dropped with a note.
 */
export function unwrapBlocks(html: string, notes: Unconverted[]): string {
  // An embed block's HTML is the bare URL in wrappers: the whole block becomes one embed element.
  const embeds = html.replace(EMBED_BLOCK, (_m, json?: string) => {
    const attrs = attrsOf(json);
    const url = typeof attrs.url === 'string' ? attrs.url : '';
    const provider = url ? embedProviderOf(url) : null;
    if (provider) return `<div data-embed="${provider}" data-url="${escapeAttr(url)}"></div>`;
    notes.push({ what: `embed of ${url || 'an unknown address'} (provider not supported)` });
    return '';
  });
  return embeds.replace(
    BLOCK_COMMENT,
    (_m: string, closing?: string, rawName?: string, _json?: string, selfClosing?: string) => {
      const name = (rawName ?? '').replace(/^core\//, '');
      if (closing) return '';
      if (name === 'gallery') notes.push({ what: 'gallery block (its images kept one after another)' });
      else if (selfClosing) notes.push({ what: `dynamic block wp:${name} (nothing to keep)` });
      else if (!HTML_BLOCKS.has(name)) notes.push({ what: `block wp:${name} (its HTML kept as it was)` });
      return '';
    },
  );
}

/**
 * Shortcodes removed: [caption] keeps what it wraps (the image and its caption text); any other
 * shortcode is dropped and named. A bracketed word without attributes or a closing tag ("[sic]")
 * is prose, not a shortcode, unless WordPress itself defines it.
 */
export function stripShortcodes(html: string, notes: Unconverted[]): string {
  const closed = new Set([...html.matchAll(/\[\/([a-z][a-z0-9_-]*)\]/g)].map((m) => m[1]));
  let out = html.replace(
    /\[(caption|wp_caption)\b[^\]]*\]([\s\S]*?)\[\/\1\]/g,
    (_m, _n, inner: string) => inner,
  );
  out = out.replace(
    /\[([a-z][a-z0-9_-]*)(\s[^\]]*)?\]([\s\S]*?\[\/\1\])?/g,
    (m, name: string, attrs?: string) => {
      const isShortcode = CORE_SHORTCODES.has(name) || closed.has(name) || (attrs ?? '').includes('=');
      if (!isShortcode) return m;
      notes.push({ what: `shortcode [${name}] removed` });
      return '';
    },
  );
  return out;
}

const BLOCK_START = /^<(p|h[1-6]|ul|ol|li|blockquote|figure|div|table|pre|hr|img|iframe)\b/i;

/**
 * The classic editor's text: paragraphs separated by blank lines, line breaks inside them
 * (WordPress adds the <p> and <br> when it shows a post, "wpautop"). Content that already has
 * paragraphs is left alone.
 */
export function autoParagraphs(html: string): string {
  if (/<p[\s>]/i.test(html)) return html;
  return html
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (BLOCK_START.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, '<br>')}</p>`))
    .join('\n');
}

/** A post's content as HTML the body reader takes, with what was not carried over noted. */
export function wordpressToHtml(content: string, notes: Unconverted[]): string {
  const blocks = content.includes('<!-- wp:') ? unwrapBlocks(content, notes) : autoParagraphs(content);
  const html = stripShortcodes(blocks, notes);
  noteDropped(html, notes);
  return html;
}
