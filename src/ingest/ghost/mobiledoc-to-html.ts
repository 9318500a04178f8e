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
 * Ghost's Mobiledoc documents (its editor format before Lexical, still in older exports) as HTML
 * our body reader takes. Sections: 1 markup (p, h1–h6, blockquote, aside), 2 image, 3 list,
 * 10 card; markers open and close markups (strong, em, a…) around text or atoms.
 */

type Json = Record<string, unknown>;

const MARKUP_SECTION = 1;
const IMAGE_SECTION = 2;
const LIST_SECTION = 3;
const CARD_SECTION = 10;
const ATOM_MARKER = 1;

const INLINE_TAGS = new Set(['strong', 'b', 'em', 'i', 'a', 'code', 'u', 's', 'sub', 'sup']);
const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'aside', 'pull-quote']);

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number | undefined => (typeof v === 'number' && v > 0 ? v : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export class MobiledocError extends Error {}

export function mobiledocToHtml(json: string, origin: string | null, notes: Unconverted[]): string {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (e) {
    throw new MobiledocError(`mobiledoc: not JSON (${(e as Error).message})`);
  }
  if (!doc || typeof doc !== 'object' || !Array.isArray((doc as Json).sections))
    throw new MobiledocError('mobiledoc: no sections');
  return new MobiledocWriter(doc as Json, origin, notes).html();
}

class MobiledocWriter {
  private readonly markups: { tag: string; attrs: string[] }[];
  private readonly atoms: unknown[];
  private readonly cards: unknown[];

  constructor(
    private readonly doc: Json,
    private readonly origin: string | null,
    private readonly notes: Unconverted[],
  ) {
    this.markups = arr(doc.markups).map((m) => {
      const [tag, attrs] = arr(m);
      return { tag: str(tag).toLowerCase(), attrs: arr(attrs).map(str) };
    });
    this.atoms = arr(doc.atoms);
    this.cards = arr(doc.cards);
  }

  html(): string {
    return arr(this.doc.sections)
      .map((s) => this.section(arr(s)))
      .join('');
  }

  private section(s: unknown[]): string {
    switch (s[0]) {
      case MARKUP_SECTION: {
        const tag = str(s[1]).toLowerCase();
        const inner = this.markers(arr(s[2]));
        if (!inner.trim()) return '';
        if (tag === 'blockquote' || tag === 'aside' || tag === 'pull-quote')
          return `<blockquote><p>${inner}</p></blockquote>`;
        return BLOCK_TAGS.has(tag) ? `<${tag}>${inner}</${tag}>` : `<p>${inner}</p>`;
      }
      case IMAGE_SECTION:
        return imageHtml({ src: resolveGhostUrl(str(s[1]), this.origin) });
      case LIST_SECTION: {
        const tag = str(s[1]).toLowerCase() === 'ol' ? 'ol' : 'ul';
        const items = arr(s[2]).map((markers) => `<li>${this.markers(arr(markers))}</li>`);
        return items.length ? `<${tag}>${items.join('')}</${tag}>` : '';
      }
      case CARD_SECTION: {
        const card = arr(this.cards[typeof s[1] === 'number' ? s[1] : -1]);
        return this.card(str(card[0]), (card[1] ?? {}) as Json);
      }
      default:
        this.notes.push({ what: `mobiledoc section of type ${String(s[0])} left out` });
        return '';
    }
  }

  private markers(markers: unknown[]): string {
    let out = '';
    const open: string[] = [];
    for (const raw of markers) {
      const [kind, opens, closes, value] = arr(raw);
      for (const index of arr(opens)) {
        const markup = typeof index === 'number' ? this.markups[index] : undefined;
        const tag = markup && INLINE_TAGS.has(markup.tag) ? markup.tag : 'span';
        out +=
          tag === 'a'
            ? `<a href="${escapeAttr(this.href(markup?.attrs ?? []))}">`
            : tag === 'span'
              ? ''
              : `<${tag}>`;
        open.push(tag);
      }
      out +=
        kind === ATOM_MARKER ? this.atom(typeof value === 'number' ? value : -1) : escapeText(str(value));
      for (let i = 0; i < (typeof closes === 'number' ? closes : 0); i++) {
        const tag = open.pop();
        if (tag && tag !== 'span') out += `</${tag}>`;
      }
    }
    // A document that leaves markups open still yields balanced HTML.
    while (open.length) {
      const tag = open.pop();
      if (tag && tag !== 'span') out += `</${tag}>`;
    }
    return out;
  }

  private href(attrs: string[]): string {
    const at = attrs.indexOf('href');
    return at >= 0 ? resolveGhostUrl(attrs[at + 1] ?? '', this.origin) : '';
  }

  private atom(index: number): string {
    const [name, text] = arr(this.atoms[index]);
    if (name === 'soft-return') return '<br>';
    return escapeText(str(text));
  }

  private card(name: string, payload: Json): string {
    const url = (v: unknown) => resolveGhostUrl(str(v), this.origin);
    switch (name) {
      case 'image':
        return imageHtml({
          src: url(payload.src),
          alt: str(payload.alt),
          caption: str(payload.caption) || undefined,
          width: num(payload.width),
          height: num(payload.height),
        });
      case 'gallery':
        return galleryHtml(payload.images, url, this.notes);
      case 'embed':
        return embedHtml(url(payload.url), str(payload.caption) || undefined, this.notes);
      case 'bookmark': {
        const meta = (payload.metadata ?? {}) as Json;
        return bookmarkHtml(url(payload.url), str(meta.title) || undefined, this.notes);
      }
      case 'html':
        return str(payload.html);
      case 'markdown':
      case 'card-markdown':
        return markdownHtml(str(payload.markdown), this.notes);
      case 'callout':
        return calloutHtml(str(payload.calloutText));
      case 'code':
        return codeHtml(str(payload.code), this.notes);
      case 'toggle':
        return toggleHtml(str(payload.heading), str(payload.content));
      default:
        if (SILENT_CARDS.has(name)) return '';
        this.notes.push({ what: `${name || 'unnamed'} card (no counterpart; left out)` });
        return '';
    }
  }
}
