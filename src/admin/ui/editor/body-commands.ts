import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import type { ImageFields } from '../../../contract/articles.ts';
import { embedProviderOf } from '../../../lib/embeds.ts';
import type { FigureAttrs } from './nodes.ts';

/** What the body's dialogs do to the document: links, embeds and images put in, changed or taken out. */

/** Sets the link around the caret (or removes it, for an empty address); the caret goes to the link's end. */
export function applyLink(ed: Editor, href: string): void {
  // As in word processors: typing on after the link does not replace it.
  if (!href) ed.chain().focus().extendMarkRange('link').unsetLink().run();
  else
    ed.chain()
      .focus()
      .extendMarkRange('link')
      .setLink({ href })
      .command(({ tr }) => {
        tr.setSelection(TextSelection.create(tr.doc, tr.selection.to));
        return true;
      })
      .run();
}

/** Inserts an embed at the caret (`pos` null) or changes the one at `pos`. */
export function applyEmbed(ed: Editor, pos: number | null, url: string, caption: string): void {
  if (pos === null) ed.chain().focus().insertEmbed({ url, caption }).run();
  else
    ed.chain()
      .command(({ tr }) => {
        tr.setNodeMarkup(pos, undefined, { provider: embedProviderOf(url), url, caption });
        return true;
      })
      .run();
}

/** Changes the image at `pos`. */
export function applyFigure(ed: Editor, pos: number, attrs: FigureAttrs): void {
  ed.chain()
    .command(({ tr }) => {
      tr.setNodeMarkup(pos, undefined, attrs);
      return true;
    })
    .run();
}

/** Takes out the node at `pos`. */
export function removeNode(ed: Editor, pos: number): void {
  ed.chain()
    .command(({ tr }) => {
      const node = tr.doc.nodeAt(pos);
      if (node) tr.delete(pos, pos + node.nodeSize);
      return true;
    })
    .focus()
    .run();
}

/** Inserts an image picked from the media library at the caret. */
export function insertPickedImage(ed: Editor, img: ImageFields): void {
  ed.chain()
    .focus()
    .insertFigure({
      src: img.src,
      alt: img.alt,
      caption: img.caption ?? '',
      credit: img.credit ?? '',
      width: img.width,
      height: img.height,
      mediaId: img.mediaId,
    })
    .run();
}
