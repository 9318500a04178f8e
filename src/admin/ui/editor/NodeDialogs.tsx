import type { Editor } from '@tiptap/core';
import { Dialog } from '../components/Dialog.tsx';
import { MediaBrowser } from '../components/MediaBrowser.tsx';
import { t } from '../i18n.ts';
import { applyEmbed, applyFigure, applyLink, insertPickedImage, removeNode } from './body-commands.ts';
import { EmbedDialog } from './EmbedDialog.tsx';
import { FigureDialog } from './FigureDialog.tsx';
import { LinkDialog } from './LinkDialog.tsx';
import type { FigureAttrs } from './nodes.ts';

/** The dialog open over the body, if any, and what it edits. */
export type OpenDialog =
  | { kind: 'link'; href: string }
  | { kind: 'embed'; pos: number | null; url: string; caption: string }
  | { kind: 'figure'; pos: number; attrs: FigureAttrs }
  | { kind: 'picker' }
  | null;

/** Shows the open dialog and applies what it answers to the body; every answer closes it. */
export function NodeDialogs({ open, ed, close }: { open: OpenDialog; ed: Editor | null; close: () => void }) {
  if (!open || !ed) return null;
  switch (open.kind) {
    case 'link':
      return (
        <LinkDialog
          href={open.href}
          onClose={close}
          onSave={(href) => {
            close();
            applyLink(ed, href);
          }}
        />
      );
    case 'embed':
      return (
        <EmbedDialog
          url={open.url}
          caption={open.caption}
          onClose={close}
          onSave={(url, caption) => {
            close();
            applyEmbed(ed, open.pos, url, caption);
          }}
        />
      );
    case 'figure':
      return (
        <FigureDialog
          attrs={open.attrs}
          onClose={close}
          onSave={(attrs) => {
            close();
            applyFigure(ed, open.pos, attrs);
          }}
          onRemove={() => {
            close();
            removeNode(ed, open.pos);
          }}
        />
      );
    case 'picker':
      return (
        <Dialog title={t('media.pickTitle')} onClose={close} wide>
          <MediaBrowser
            onPick={(img) => {
              close();
              insertPickedImage(ed, img);
            }}
          />
        </Dialog>
      );
  }
}
