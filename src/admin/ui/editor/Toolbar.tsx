import type { ChainedCommands, Editor } from '@tiptap/core';
import { t } from '../i18n.ts';

/** The body's toolbar: block types, bold and italic, link, quote and lists, image and embed, undo and redo. */
export function Toolbar({
  ed,
  editable,
  controls,
  onLink,
  onImage,
  onEmbed,
}: {
  ed: Editor | null;
  editable: boolean;
  /** The id of the body the toolbar acts on. */
  controls: string;
  onLink: (href: string) => void;
  onImage: () => void;
  onEmbed: () => void;
}) {
  const can = editable && !!ed;
  // Toggles say whether they are on (aria-pressed); the mouse never takes the focus from the body.
  const button = (label: string, action: () => void, active = false, disabled = false, toggle = true) => (
    <button
      type="button"
      class="nd-tool"
      aria-pressed={toggle ? (active ? 'true' : 'false') : undefined}
      disabled={!can || disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={action}
    >
      {label}
    </button>
  );
  // The buttons are disabled without an editor (`can`); a command runs only with one.
  const chain = (command: (c: ChainedCommands) => boolean) => () => {
    if (ed) command(ed.chain().focus());
  };
  const on = (name: string, attrs?: Record<string, unknown>) => !!ed?.isActive(name, attrs);
  return (
    <div class="nd-toolbar" role="toolbar" aria-label={t('editor.toolbar')} aria-controls={controls}>
      {button(
        t('editor.paragraph'),
        chain((c) => c.setParagraph().run()),
        on('paragraph'),
      )}
      {button(
        t('editor.heading2'),
        chain((c) => c.toggleHeading({ level: 2 }).run()),
        on('heading', { level: 2 }),
      )}
      {button(
        t('editor.heading3'),
        chain((c) => c.toggleHeading({ level: 3 }).run()),
        on('heading', { level: 3 }),
      )}
      <span class="nd-tool-sep" aria-hidden="true" />
      {button(
        t('editor.bold'),
        chain((c) => c.toggleBold().run()),
        on('bold'),
      )}
      {button(
        t('editor.italic'),
        chain((c) => c.toggleItalic().run()),
        on('italic'),
      )}
      {button(
        t('editor.link'),
        () => onLink((ed?.getAttributes('link').href as string | undefined) ?? ''),
        on('link'),
      )}
      <span class="nd-tool-sep" aria-hidden="true" />
      {button(
        t('editor.quote'),
        chain((c) => c.toggleBlockquote().run()),
        on('blockquote'),
      )}
      {button(
        t('editor.bulletList'),
        chain((c) => c.toggleBulletList().run()),
        on('bulletList'),
      )}
      {button(
        t('editor.orderedList'),
        chain((c) => c.toggleOrderedList().run()),
        on('orderedList'),
      )}
      <span class="nd-tool-sep" aria-hidden="true" />
      {button(t('editor.image'), onImage, false, false, false)}
      {button(t('editor.embed'), onEmbed, false, false, false)}
      <span class="nd-tool-sep" aria-hidden="true" />
      {button(
        t('editor.undo'),
        chain((c) => c.undo().run()),
        false,
        !ed?.can().undo(),
        false,
      )}
      {button(
        t('editor.redo'),
        chain((c) => c.redo().run()),
        false,
        !ed?.can().redo(),
        false,
      )}
    </div>
  );
}
