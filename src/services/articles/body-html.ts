import { ElementType, parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import sanitizeHtml from 'sanitize-html';
import { blockSchema, embedUrlOf, type Block, type Inline } from '../../domain/body.ts';
import { isSafeUrl } from '../../domain/urls.ts';

/**
 * The editor speaks HTML; articles are stored as structured blocks. HTML coming in (typed,
 * pasted from anywhere, or sent to the API) is first cut down to an allowlist by sanitize-html,
 * then read into blocks, so nothing outside the allowlist can reach a page. HTML going out to
 * the editor is written from the blocks with every text escaped.
 *
 * The editor's HTML contract:
 *   <p>, <h2>, <h3>, <blockquote><p>…</p><p>— cite</p></blockquote>, <ul>/<ol><li>…</li>,
 *   inline <strong>/<b>, <em>/<i>, <a href>, <br>;
 *   <figure data-type="image"><img src alt width height data-media-id>
 *     <figcaption>caption<span class="credit">credit</span></figcaption></figure>;
 *   <div data-embed="youtube|x|facebook" data-url="…" data-caption="…"></div>.
 */
const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'strong',
    'b',
    'em',
    'i',
    'a',
    'blockquote',
    'cite',
    'ul',
    'ol',
    'li',
    'figure',
    'img',
    'figcaption',
    'span',
    'small',
    'div',
  ],
  allowedAttributes: {
    a: ['href'],
    img: ['src', 'alt', 'width', 'height', 'data-media-id'],
    figure: ['data-type'],
    div: ['data-embed', 'data-url', 'data-caption'],
  },
  allowedClasses: { span: ['credit'] },
  // A first cut; every address is then held to the URL policy (domain/urls.ts) as it becomes a block.
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  // Script and style contents are dropped with their tags; other unknown tags keep their text.
  disallowedTagsMode: 'discard',
};

export function sanitizeBodyHtml(html: string): string {
  return sanitizeHtml(html, ALLOWED);
}

interface Marks {
  bold?: boolean;
  italic?: boolean;
  href?: string;
}

const isElement = (n: ChildNode): n is Element => n.type === ElementType.Tag;
const BLOCK_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'ul',
  'ol',
  'figure',
  'div',
  'img',
]);
/** A link the URL policy allows, else none (the text stays, unlinked). */
const safeHref = (href: string | undefined): string | undefined => {
  const trimmed = href?.trim();
  return isSafeUrl('link', trimmed) ? trimmed : undefined;
};
const positiveInt = (v: string | undefined): number | undefined => {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 && n < 100_000 ? n : undefined;
};

/** Inline runs of a node's content: whitespace collapsed as a browser would, marks merged. */
function inlineRuns(nodes: ChildNode[]): Inline[] {
  const runs: Inline[] = [];
  const walk = (list: ChildNode[], marks: Marks) => {
    for (const n of list) {
      if (n.type === ElementType.Text) push(n.data.replace(/\s+/g, ' '), marks);
      else if (isElement(n)) {
        const tag = n.name;
        if (tag === 'br') push('\n', marks);
        else if (tag === 'strong' || tag === 'b') walk(n.children, { ...marks, bold: true });
        else if (tag === 'em' || tag === 'i') walk(n.children, { ...marks, italic: true });
        else if (tag === 'a') {
          const href = safeHref(n.attribs.href);
          walk(n.children, href ? { ...marks, href } : marks);
        } else if (tag !== 'img') walk(n.children, marks);
      }
    }
  };
  const push = (text: string, m: Marks) => {
    const last = runs[runs.length - 1];
    if (last && !!last.bold === !!m.bold && !!last.italic === !!m.italic && last.href === m.href) {
      last.text += text;
      return;
    }
    runs.push({
      text,
      ...(m.bold ? { bold: true } : {}),
      ...(m.italic ? { italic: true } : {}),
      ...(m.href ? { href: m.href } : {}),
    });
  };
  walk(nodes, {});
  // Trim the block's edges and spaces around line breaks; drop runs left empty.
  const first = runs[0];
  if (first) first.text = first.text.replace(/^[\s]+/, '');
  const last = runs[runs.length - 1];
  if (last) last.text = last.text.replace(/[\s]+$/, '');
  for (const r of runs) r.text = r.text.replace(/ ?\n ?/g, '\n');
  return runs.filter((r) => r.text !== '');
}

/** Joins neighbouring runs that carry the same marks. */
function mergeRuns(runs: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && !!last.bold === !!r.bold && !!last.italic === !!r.italic && last.href === r.href)
      last.text += r.text;
    else out.push({ ...r });
  }
  return out;
}

const textOf = (nodes: ChildNode[]): string =>
  nodes
    .map((n) => (n.type === ElementType.Text ? n.data : isElement(n) ? textOf(n.children) : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

function figure(el: Element): Block | null {
  const img = findFirst(el.children, 'img');
  if (!img) return null;
  return image(img, findFirst(el.children, 'figcaption'));
}

function image(img: Element, caption: Element | null): Block | null {
  const src = img.attribs.src?.trim();
  if (!isSafeUrl('image', src)) return null;
  let captionText = '';
  let credit = '';
  if (caption) {
    const creditEl = caption.children.find(
      (c): c is Element =>
        isElement(c) &&
        (c.name === 'small' || (c.name === 'span' && /\bcredit\b/.test(c.attribs.class ?? ''))),
    );
    credit = creditEl ? textOf(creditEl.children) : '';
    captionText = textOf(caption.children.filter((c) => c !== creditEl));
  }
  const block = {
    type: 'image' as const,
    src,
    alt: (img.attribs.alt ?? '').trim().slice(0, 500),
    ...(captionText ? { caption: captionText.slice(0, 1000) } : {}),
    ...(credit ? { credit: credit.slice(0, 300) } : {}),
    ...(positiveInt(img.attribs.width) ? { width: positiveInt(img.attribs.width) } : {}),
    ...(positiveInt(img.attribs.height) ? { height: positiveInt(img.attribs.height) } : {}),
    ...(img.attribs['data-media-id'] ? { mediaId: img.attribs['data-media-id'] } : {}),
  };
  const parsed = blockSchema.safeParse(block);
  return parsed.success ? parsed.data : null;
}

function findFirst(nodes: ChildNode[], tag: string): Element | null {
  for (const n of nodes) {
    if (!isElement(n)) continue;
    if (n.name === tag) return n;
    const inner = findFirst(n.children, tag);
    if (inner) return inner;
  }
  return null;
}

/** Paragraph-like content that may hold images: text runs split around them. */
function paragraphs(nodes: ChildNode[], make: (runs: Inline[]) => Block): Block[] {
  const out: Block[] = [];
  let pending: ChildNode[] = [];
  const flush = () => {
    const runs = inlineRuns(pending);
    if (runs.length) out.push(make(runs));
    pending = [];
  };
  for (const n of nodes) {
    if (isElement(n) && n.name === 'img') {
      flush();
      const b = image(n, null);
      if (b) out.push(b);
    } else pending.push(n);
  }
  flush();
  return out;
}

function listItems(el: Element): Inline[][] {
  return el.children
    .filter((c): c is Element => isElement(c) && c.name === 'li')
    .map((li) => {
      const isList = (c: ChildNode) => isElement(c) && (c.name === 'ul' || c.name === 'ol');
      // A nested list's items are kept as lines of the item rather than lost.
      const nested = li.children
        .filter(isList)
        .flatMap((c) => listItems(c as Element).map((runs): Inline[] => [{ text: '\n' }, ...runs]));
      return mergeRuns([...inlineRuns(li.children.filter((c) => !isList(c))), ...nested.flat()]);
    })
    .filter((runs) => runs.length > 0);
}

function blocksOf(nodes: ChildNode[]): Block[] {
  const out: Block[] = [];
  let loose: ChildNode[] = [];
  const flushLoose = () => {
    out.push(...paragraphs(loose, (content) => ({ type: 'paragraph', content })));
    loose = [];
  };
  for (const n of nodes) {
    if (!isElement(n) || !BLOCK_TAGS.has(n.name)) {
      loose.push(n);
      continue;
    }
    flushLoose();
    switch (n.name) {
      case 'p':
        out.push(...paragraphs(n.children, (content) => ({ type: 'paragraph', content })));
        break;
      case 'h1':
      case 'h2':
        out.push(...paragraphs(n.children, (content) => ({ type: 'heading', level: 2, content })));
        break;
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        out.push(...paragraphs(n.children, (content) => ({ type: 'heading', level: 3, content })));
        break;
      case 'blockquote':
        out.push(...quote(n));
        break;
      case 'ul':
      case 'ol': {
        const items = listItems(n);
        if (items.length) out.push({ type: 'list', ordered: n.name === 'ol', items });
        break;
      }
      case 'figure': {
        const b = figure(n);
        if (b) out.push(b);
        else out.push(...blocksOf(n.children));
        break;
      }
      case 'img': {
        const b = image(n, null);
        if (b) out.push(b);
        break;
      }
      case 'div': {
        // A pasted http link to a provider is stored as https; anything else is not an embed.
        const embed = embedUrlOf(n.attribs['data-url'] ?? '');
        if (embed && n.attribs['data-embed'] !== undefined) {
          const caption = n.attribs['data-caption']?.trim();
          const parsed = blockSchema.safeParse({
            type: 'embed',
            provider: embed.provider,
            url: embed.url,
            ...(caption ? { caption: caption.slice(0, 1000) } : {}),
          });
          if (parsed.success) out.push(parsed.data);
        } else out.push(...blocksOf(n.children));
        break;
      }
    }
  }
  flushLoose();
  return out;
}

/** A quotation: its paragraphs joined by line breaks; a last line "— Name" or a <cite> is the citation. */
function quote(el: Element): Block[] {
  const cites = el.children.filter((c): c is Element => isElement(c) && c.name === 'cite');
  let cite = cites.map((c) => textOf(c.children)).join(' ');
  const inner = blocksOf(el.children.filter((c) => !cites.includes(c as Element)));
  const lines = inner.filter((b): b is Extract<Block, { type: 'paragraph' }> => b.type === 'paragraph');
  const lastText =
    lines
      .at(-1)
      ?.content.map((r) => r.text)
      .join('') ?? '';
  if (!cite && lines.length > 1 && /^[—–-]\s+\S/.test(lastText)) {
    cite = lastText.replace(/^[—–-]\s+/, '');
    lines.pop();
  }
  const content = mergeRuns(lines.flatMap((p, i) => (i ? [{ text: '\n' }, ...p.content] : p.content)));
  const others = inner.filter((b) => b.type !== 'paragraph');
  if (!content.length) return others;
  return [{ type: 'quote', content, ...(cite ? { cite: cite.slice(0, 300) } : {}) }, ...others];
}

/** Sanitises editor or API HTML and reads it into body blocks. */
export function htmlToBlocks(html: string): Block[] {
  return blocksOf(parseDocument(sanitizeBodyHtml(html)).children);
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

function runsToHtml(runs: Inline[]): string {
  return runs
    .map((r) => {
      let h = escapeText(r.text).replace(/\n/g, '<br>');
      if (r.italic) h = `<em>${h}</em>`;
      if (r.bold) h = `<strong>${h}</strong>`;
      if (r.href) h = `<a href="${escapeAttr(r.href)}">${h}</a>`;
      return h;
    })
    .join('');
}

/** Writes body blocks as the editor's HTML (see the contract above). */
export function blocksToHtml(blocks: Block[]): string {
  return blocks
    .map((b) => {
      switch (b.type) {
        case 'paragraph':
          return `<p>${runsToHtml(b.content)}</p>`;
        case 'heading':
          return `<h${b.level}>${runsToHtml(b.content)}</h${b.level}>`;
        case 'quote': {
          const paras = splitLines(b.content).map((runs) => `<p>${runsToHtml(runs)}</p>`);
          if (b.cite) paras.push(`<p>— ${escapeText(b.cite)}</p>`);
          return `<blockquote>${paras.join('')}</blockquote>`;
        }
        case 'list': {
          const tag = b.ordered ? 'ol' : 'ul';
          return `<${tag}>${b.items.map((i) => `<li><p>${runsToHtml(i)}</p></li>`).join('')}</${tag}>`;
        }
        case 'image': {
          const attrs = [
            `src="${escapeAttr(b.src)}"`,
            `alt="${escapeAttr(b.alt)}"`,
            b.width ? `width="${b.width}"` : '',
            b.height ? `height="${b.height}"` : '',
            b.mediaId ? `data-media-id="${escapeAttr(b.mediaId)}"` : '',
          ].filter(Boolean);
          const caption =
            b.caption || b.credit
              ? `<figcaption>${escapeText(b.caption ?? '')}${b.credit ? `<span class="credit">${escapeText(b.credit)}</span>` : ''}</figcaption>`
              : '';
          return `<figure data-type="image"><img ${attrs.join(' ')}>${caption}</figure>`;
        }
        case 'embed':
          return `<div data-embed="${b.provider}" data-url="${escapeAttr(b.url)}"${b.caption ? ` data-caption="${escapeAttr(b.caption)}"` : ''}></div>`;
      }
    })
    .join('');
}

/** Splits runs at line breaks (a quotation's paragraphs). */
function splitLines(runs: Inline[]): Inline[][] {
  let line: Inline[] = [];
  const lines = [line];
  for (const r of runs) {
    const parts = r.text.split('\n');
    parts.forEach((text, i) => {
      if (i > 0) {
        line = [];
        lines.push(line);
      }
      if (text) line.push({ ...r, text });
    });
  }
  return lines.filter((l) => l.length > 0);
}
