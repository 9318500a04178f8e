import type { Unconverted } from '../import-kit.ts';
import {
  bookmarkHtml,
  calloutHtml,
  codeHtml,
  embedHtml,
  escapeAttr,
  escapeText,
  galleryHtml,
  imageHtml,
  markdownHtml,
  resolveGhostUrl,
  SILENT_CARDS,
  toggleHtml,
} from './ghost-html.ts';

/**
 * Ghost's Lexical documents (the editor format since Ghost 5.x) as HTML our body reader takes.
 * Text nodes keep bold, italic and links; headings, quotes, lists, images, galleries and embeds
 * become their blocks; cards with no counterpart (buttons, products, audio…) are named in `notes`.
 */

interface LexicalNode {
  type?: unknown;
  children?: unknown;
  [key: string]: unknown;
}

// Lexical's text format bits (lexical/LexicalConstants).
const BOLD = 1;
const ITALIC = 2;
const CODE = 16;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number | undefined => (typeof v === 'number' && v > 0 ? v : undefined);
const children = (n: LexicalNode): LexicalNode[] =>
  Array.isArray(n.children) ? (n.children.filter((c) => c && typeof c === 'object') as LexicalNode[]) : [];
/** Ghost names its own variants "extended-text", "extended-heading"…: the base type counts. */
const typeOf = (n: LexicalNode): string => str(n.type).replace(/^extended-/, '');

export class LexicalError extends Error {}

/** The document's HTML; a string that is not a Lexical document throws LexicalError. */
export function lexicalToHtml(json: string, origin: string | null, notes: Unconverted[]): string {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (e) {
    throw new LexicalError(`lexical: not JSON (${(e as Error).message})`);
  }
  const root = (doc as { root?: unknown } | null)?.root;
  if (!root || typeof root !== 'object' || !Array.isArray((root as LexicalNode).children))
    throw new LexicalError('lexical: no root node with children');
  return new LexicalWriter(origin, notes).blocks(children(root as LexicalNode));
}

class LexicalWriter {
  constructor(
    private readonly origin: string | null,
    private readonly notes: Unconverted[],
  ) {}

  blocks(nodes: LexicalNode[]): string {
    return nodes.map((n) => this.block(n)).join('');
  }

  private url(v: unknown): string {
    return resolveGhostUrl(str(v), this.origin);
  }

  private block(n: LexicalNode): string {
    const type = typeOf(n);
    switch (type) {
      case 'paragraph': {
        const inner = this.inlines(children(n));
        return inner.trim() ? `<p>${inner}</p>` : '';
      }
      case 'heading': {
        const tag = /^h[1-6]$/.test(str(n.tag)) ? str(n.tag) : 'h2';
        return `<${tag}>${this.inlines(children(n))}</${tag}>`;
      }
      case 'quote':
      case 'aside':
        return `<blockquote><p>${this.inlines(children(n))}</p></blockquote>`;
      case 'list':
        return this.list(n);
      case 'image':
        return imageHtml({
          src: this.url(n.src),
          alt: str(n.alt),
          caption: str(n.caption) || undefined,
          width: num(n.width),
          height: num(n.height),
        });
      case 'gallery':
        return galleryHtml(n.images, (v) => this.url(v), this.notes);
      case 'embed':
        return embedHtml(this.url(n.url), str(n.caption) || undefined, this.notes);
      case 'bookmark': {
        const meta = (n.metadata ?? {}) as LexicalNode;
        return bookmarkHtml(this.url(n.url), str(meta.title) || undefined, this.notes);
      }
      case 'html':
        // The body reader sanitises it like any other HTML, and the report lists what it removed.
        return str(n.html);
      case 'markdown':
        return markdownHtml(str(n.markdown), this.notes);
      case 'callout':
        return calloutHtml(str(n.calloutText));
      case 'codeblock':
        return codeHtml(str(n.code), this.notes);
      case 'toggle':
        return toggleHtml(str(n.heading), str(n.content));
      default:
        if (SILENT_CARDS.has(type)) return '';
        this.notes.push({ what: `${type || 'untyped'} card (no counterpart; left out)` });
        return '';
    }
  }

  private list(n: LexicalNode): string {
    const tag = str(n.listType) === 'number' || str(n.tag) === 'ol' ? 'ol' : 'ul';
    const items: string[] = [];
    for (const item of children(n)) {
      // A nested list sits inside a list item; our lists are flat, so its items follow as items.
      const nested = children(item).filter((c) => typeOf(c) === 'list');
      const own = children(item).filter((c) => typeOf(c) !== 'list');
      if (own.length) items.push(`<li>${this.inlines(own)}</li>`);
      for (const sub of nested) {
        if (!this.notes.some((x) => x.what.startsWith('nested list')))
          this.notes.push({ what: 'nested list flattened' });
        items.push(this.list(sub).replace(/^<[ou]l>|<\/[ou]l>$/g, ''));
      }
    }
    return items.length ? `<${tag}>${items.join('')}</${tag}>` : '';
  }

  private inlines(nodes: LexicalNode[]): string {
    return nodes.map((n) => this.inline(n)).join('');
  }

  private inline(n: LexicalNode): string {
    switch (typeOf(n)) {
      case 'text': {
        const format = typeof n.format === 'number' ? n.format : 0;
        let html = escapeText(str(n.text));
        if (format & CODE) html = `<code>${html}</code>`;
        if (format & ITALIC) html = `<em>${html}</em>`;
        if (format & BOLD) html = `<strong>${html}</strong>`;
        return html;
      }
      case 'linebreak':
        return '<br>';
      case 'tab':
        return ' ';
      case 'link':
      case 'autolink':
        return `<a href="${escapeAttr(this.url(n.url))}">${this.inlines(children(n))}</a>`;
      default:
        // Inline decorators (an at-link, a hashtag) keep their text.
        return children(n).length ? this.inlines(children(n)) : escapeText(str(n.text));
    }
  }
}
