import { mergeAttributes, Node } from '@tiptap/core';
// The server holds embeds to the same allowlist (one copy, in lib/).
import { embedProviderOf, type EmbedProvider } from '../../../lib/embeds.ts';

/**
 * How the editor names the embeds the body accepts. Looked up by any string: a node's attributes
 * reach the editor untyped (`node.attrs`), and an unknown provider shows as it is.
 */
const providerNames: Partial<Record<string, string>> = {
  youtube: 'YouTube',
  x: 'X',
  facebook: 'Facebook',
} satisfies Record<EmbedProvider, string>;

/** Attributes of an image in the body (src/services/articles/body-html.ts reads the same HTML). */
export interface FigureAttrs {
  src: string;
  alt: string;
  caption: string;
  credit: string;
  width: number | null;
  height: number | null;
  mediaId: string | null;
}

export interface EmbedAttrs {
  provider: EmbedProvider;
  url: string;
  caption: string;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: { insertFigure: (attrs: Partial<FigureAttrs> & { src: string }) => ReturnType };
    embed: { insertEmbed: (attrs: { url: string; caption?: string }) => ReturnType };
  }
}

const intOrNull = (v: string | null) => {
  const n = Number(v);
  return v && Number.isInteger(n) && n > 0 ? n : null;
};

/** Asks the app to edit a node's attributes (a small form outside the editor). */
export type EditNodeRequest = (kind: 'figure' | 'embed', pos: number) => void;

function label(text: string, className: string): HTMLElement {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
}

/**
 * An image with caption and credit, as an atom: selected and edited as one piece through a form.
 * HTML: <figure data-type="image"><img src alt width height data-media-id><figcaption>caption
 * <span class="credit">credit</span></figcaption></figure>.
 */
export const Figure = Node.create<{ onEdit: EditNodeRequest; editLabel: () => string }>({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addOptions() {
    return { onEdit: () => {}, editLabel: () => 'Edit' };
  },
  addAttributes() {
    return {
      src: { default: '' },
      alt: { default: '' },
      caption: { default: '' },
      credit: { default: '' },
      width: { default: null },
      height: { default: null },
      mediaId: { default: null },
    };
  },
  parseHTML() {
    return [
      {
        tag: 'figure[data-type="image"]',
        getAttrs: (el) => {
          const img = el.querySelector('img');
          if (!img) return false;
          const cap = el.querySelector('figcaption');
          const creditEl = cap?.querySelector('.credit, small');
          const credit = creditEl?.textContent.trim() ?? '';
          let caption = '';
          if (cap) {
            const clone = cap.cloneNode(true) as HTMLElement;
            clone.querySelector('.credit, small')?.remove();
            caption = clone.textContent.trim();
          }
          return {
            src: img.getAttribute('src') ?? '',
            alt: img.getAttribute('alt') ?? '',
            width: intOrNull(img.getAttribute('width')),
            height: intOrNull(img.getAttribute('height')),
            mediaId: img.getAttribute('data-media-id'),
            caption,
            credit,
          };
        },
      },
    ];
  },
  renderHTML({ node }) {
    const a = node.attrs as FigureAttrs;
    const img = [
      'img',
      {
        src: a.src,
        alt: a.alt,
        ...(a.width ? { width: String(a.width) } : {}),
        ...(a.height ? { height: String(a.height) } : {}),
        ...(a.mediaId ? { 'data-media-id': a.mediaId } : {}),
      },
    ];
    const credit = a.credit ? [['span', { class: 'credit' }, a.credit]] : [];
    return [
      'figure',
      { 'data-type': 'image' },
      img,
      ...(a.caption || a.credit ? [['figcaption', {}, a.caption, ...credit]] : []),
    ];
  },
  addNodeView() {
    return ({ node, getPos }) => {
      const dom = document.createElement('figure');
      dom.className = 'nd-figure';
      dom.setAttribute('data-type', 'image');
      const render = (attrs: FigureAttrs) => {
        dom.replaceChildren();
        const img = document.createElement('img');
        img.src = attrs.src;
        img.alt = attrs.alt;
        if (attrs.width) img.width = attrs.width;
        if (attrs.height) img.height = attrs.height;
        dom.append(img);
        const cap = document.createElement('figcaption');
        if (attrs.caption) cap.append(label(attrs.caption, 'nd-figure-caption'));
        if (attrs.credit) cap.append(label(attrs.credit, 'credit'));
        if (!attrs.alt) cap.append(label('⚠ alt', 'nd-figure-noalt'));
        const edit = document.createElement('button');
        edit.type = 'button';
        edit.className = 'nd-node-edit';
        edit.textContent = this.options.editLabel();
        edit.addEventListener('click', (e) => {
          e.preventDefault();
          const pos = typeof getPos === 'function' ? getPos() : undefined;
          if (typeof pos === 'number') this.options.onEdit('figure', pos);
        });
        cap.append(edit);
        dom.append(cap);
      };
      render(node.attrs as FigureAttrs);
      return {
        dom,
        update: (updated) => {
          if (updated.type.name !== 'figure') return false;
          render(updated.attrs as FigureAttrs);
          return true;
        },
        stopEvent: (e) => e.target instanceof HTMLButtonElement,
        ignoreMutation: () => true,
      };
    };
  },
  addCommands() {
    return {
      // Inserted after the selection, never over it: selected text is not lost to a picture.
      insertFigure:
        (attrs) =>
        ({ commands, state }) =>
          commands.insertContentAt(state.selection.to, { type: this.name, attrs }),
    };
  },
});

/** A YouTube video, X post or Facebook post by URL, as an atom: <div data-embed data-url data-caption>. */
export const Embed = Node.create<{ onEdit: EditNodeRequest; editLabel: () => string }>({
  name: 'embed',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addOptions() {
    return { onEdit: () => {}, editLabel: () => 'Edit' };
  },
  addAttributes() {
    return {
      provider: { default: 'youtube' },
      url: { default: '' },
      caption: { default: '' },
    };
  },
  parseHTML() {
    return [
      {
        tag: 'div[data-embed]',
        getAttrs: (el) => {
          const url = el.getAttribute('data-url') ?? '';
          const provider = embedProviderOf(url);
          if (!provider) return false;
          return { provider, url, caption: el.getAttribute('data-caption') ?? '' };
        },
      },
    ];
  },
  renderHTML({ node }) {
    const a = node.attrs as EmbedAttrs;
    return [
      'div',
      mergeAttributes({
        'data-embed': a.provider,
        'data-url': a.url,
        ...(a.caption ? { 'data-caption': a.caption } : {}),
      }),
    ];
  },
  addNodeView() {
    return ({ node, getPos }) => {
      const dom = document.createElement('div');
      dom.className = 'nd-embed';
      const render = (a: EmbedAttrs) => {
        dom.replaceChildren();
        dom.append(label(providerNames[a.provider] ?? a.provider, 'nd-embed-provider'));
        const link = document.createElement('a');
        link.href = a.url;
        link.textContent = a.url;
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
        dom.append(link);
        if (a.caption) dom.append(label(a.caption, 'nd-embed-caption'));
        const edit = document.createElement('button');
        edit.type = 'button';
        edit.className = 'nd-node-edit';
        edit.textContent = this.options.editLabel();
        edit.addEventListener('click', (e) => {
          e.preventDefault();
          const pos = typeof getPos === 'function' ? getPos() : undefined;
          if (typeof pos === 'number') this.options.onEdit('embed', pos);
        });
        dom.append(edit);
      };
      render(node.attrs as EmbedAttrs);
      return {
        dom,
        update: (updated) => {
          if (updated.type.name !== 'embed') return false;
          render(updated.attrs as EmbedAttrs);
          return true;
        },
        stopEvent: (e) => e.target instanceof HTMLButtonElement || e.target instanceof HTMLAnchorElement,
        ignoreMutation: () => true,
      };
    };
  },
  addCommands() {
    return {
      insertEmbed:
        ({ url, caption }) =>
        ({ commands, state }) => {
          const provider = embedProviderOf(url);
          if (!provider) return false;
          return commands.insertContentAt(state.selection.to, {
            type: this.name,
            attrs: { provider, url: url.trim(), caption: caption ?? '' },
          });
        },
    };
  },
});
