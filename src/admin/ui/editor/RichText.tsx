import { Editor } from '@tiptap/core';
import { Placeholder } from '@tiptap/extensions';
import { TextSelection } from '@tiptap/pm/state';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useRef, useState } from 'preact/hooks';
import { describedBy, Dialog, Field } from '../components/Dialog.tsx';
import { MediaBrowser } from '../components/MediaBrowser.tsx';
import { t } from '../i18n.ts';
import { embedProviderOf } from '../../../lib/embeds.ts';
import { Embed, Figure, type EmbedAttrs, type FigureAttrs } from './nodes.ts';

/** The body's HTML without empty paragraphs, which the server drops: what a change must change. */
export const meaningful = (html: string): string => html.replace(/<p><\/p>/g, '');

type Open =
  | { kind: 'link'; href: string }
  | { kind: 'embed'; pos: number | null; url: string; caption: string }
  | { kind: 'figure'; pos: number; attrs: FigureAttrs }
  | { kind: 'picker' }
  | null;

/**
 * The article body: Tiptap (ProseMirror) limited to what the body holds — paragraphs, two levels
 * of subheadings, quotations, lists, bold, italic, links — plus images with caption and credit
 * and embeds (YouTube, X, Facebook), each an atom edited through a small form.
 */
export function RichText({
  id,
  labelledBy,
  initialHtml,
  editable,
  onChange,
  describedById,
}: {
  id: string;
  labelledBy: string;
  initialHtml: string;
  editable: boolean;
  onChange: (html: string) => void;
  describedById?: string | undefined;
}) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<Editor | null>(null);
  const [, setTick] = useState(0);
  const [open, setOpen] = useState<Open>(null);
  const lastHtml = useRef('');
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    const editNode = (kind: 'figure' | 'embed', pos: number) => {
      const node = editorRef.current?.state.doc.nodeAt(pos);
      if (!node) return;
      if (kind === 'figure') setOpen({ kind: 'figure', pos, attrs: { ...(node.attrs as FigureAttrs) } });
      else {
        const a = node.attrs as EmbedAttrs;
        setOpen({ kind: 'embed', pos, url: a.url, caption: a.caption });
      }
    };
    const editor = new Editor({
      element: host.current!,
      editable,
      extensions: [
        StarterKit.configure({
          heading: { levels: [2, 3] },
          code: false,
          codeBlock: false,
          strike: false,
          underline: false,
          horizontalRule: false,
          link: {
            openOnClick: false,
            autolink: true,
            protocols: ['http', 'https', 'mailto'],
            HTMLAttributes: { rel: null, target: null, class: null },
          },
        }),
        Placeholder.configure({ placeholder: () => t('editor.bodyPlaceholder') }),
        Figure.configure({ onEdit: editNode, editLabel: () => t('editor.editImage') }),
        Embed.configure({ onEdit: editNode, editLabel: () => t('editor.editEmbed') }),
      ],
      content: initialHtml || '',
      editorProps: {
        attributes: {
          id,
          class: 'nd-prose',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': labelledBy,
          ...(describedById ? { 'aria-describedby': describedById } : {}),
        },
      },
      onUpdate: ({ editor: e }) => {
        // Only real changes count: an empty paragraph the editor adds after a trailing image is
        // not one (the server drops empty paragraphs), so opening an article never saves it.
        const html = e.getHTML();
        if (meaningful(html) === lastHtml.current) return;
        lastHtml.current = meaningful(html);
        onChangeRef.current(html);
      },
      onTransaction: () => setTick((n) => n + 1),
    });
    editorRef.current = editor;
    lastHtml.current = meaningful(editor.getHTML());
    setTick((n) => n + 1); // the toolbar renders against the editor now that it exists
    return () => {
      editor.destroy();
      editorRef.current = null;
    };
  }, []);

  useEffect(() => {
    editorRef.current?.setEditable(editable);
  }, [editable]);

  const ed = editorRef.current;
  const can = editable && !!ed;
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
  const chain = () => ed!.chain().focus();

  return (
    <div class="nd-richtext">
      <div class="nd-toolbar" role="toolbar" aria-label={t('editor.toolbar')} aria-controls={id}>
        {button(t('editor.paragraph'), () => chain().setParagraph().run(), !!ed?.isActive('paragraph'))}
        {button(
          t('editor.heading2'),
          () => chain().toggleHeading({ level: 2 }).run(),
          !!ed?.isActive('heading', { level: 2 }),
        )}
        {button(
          t('editor.heading3'),
          () => chain().toggleHeading({ level: 3 }).run(),
          !!ed?.isActive('heading', { level: 3 }),
        )}
        <span class="nd-tool-sep" aria-hidden="true" />
        {button(t('editor.bold'), () => chain().toggleBold().run(), !!ed?.isActive('bold'))}
        {button(t('editor.italic'), () => chain().toggleItalic().run(), !!ed?.isActive('italic'))}
        {button(
          t('editor.link'),
          () => setOpen({ kind: 'link', href: (ed?.getAttributes('link').href as string | undefined) ?? '' }),
          !!ed?.isActive('link'),
        )}
        <span class="nd-tool-sep" aria-hidden="true" />
        {button(t('editor.quote'), () => chain().toggleBlockquote().run(), !!ed?.isActive('blockquote'))}
        {button(t('editor.bulletList'), () => chain().toggleBulletList().run(), !!ed?.isActive('bulletList'))}
        {button(
          t('editor.orderedList'),
          () => chain().toggleOrderedList().run(),
          !!ed?.isActive('orderedList'),
        )}
        <span class="nd-tool-sep" aria-hidden="true" />
        {button(t('editor.image'), () => setOpen({ kind: 'picker' }), false, false, false)}
        {button(
          t('editor.embed'),
          () => setOpen({ kind: 'embed', pos: null, url: '', caption: '' }),
          false,
          false,
          false,
        )}
        <span class="nd-tool-sep" aria-hidden="true" />
        {button(t('editor.undo'), () => chain().undo().run(), false, !ed?.can().undo(), false)}
        {button(t('editor.redo'), () => chain().redo().run(), false, !ed?.can().redo(), false)}
      </div>
      <p class="nd-hint nd-toolbar-hint">{t('editor.quoteHint')}</p>
      <div ref={host} class="nd-richtext-host" />
      {open?.kind === 'link' ? (
        <LinkDialog
          href={open.href}
          onClose={() => setOpen(null)}
          onSave={(href) => {
            setOpen(null);
            // The caret goes to the link's end, as in word processors: typing on does not replace it.
            if (!href) chain().extendMarkRange('link').unsetLink().run();
            else
              chain()
                .extendMarkRange('link')
                .setLink({ href })
                .command(({ tr }) => {
                  tr.setSelection(TextSelection.create(tr.doc, tr.selection.to));
                  return true;
                })
                .run();
          }}
        />
      ) : null}
      {open?.kind === 'embed' ? (
        <EmbedDialog
          url={open.url}
          caption={open.caption}
          onClose={() => setOpen(null)}
          onSave={(url, caption) => {
            const pos = open.pos;
            setOpen(null);
            if (pos === null) chain().insertEmbed({ url, caption }).run();
            else
              ed!
                .chain()
                .command(({ tr }) => {
                  tr.setNodeMarkup(pos, undefined, { provider: embedProviderOf(url), url, caption });
                  return true;
                })
                .run();
          }}
        />
      ) : null}
      {open?.kind === 'figure' ? (
        <FigureDialog
          attrs={open.attrs}
          onClose={() => setOpen(null)}
          onSave={(attrs) => {
            const pos = open.pos;
            setOpen(null);
            ed!
              .chain()
              .command(({ tr }) => {
                tr.setNodeMarkup(pos, undefined, attrs);
                return true;
              })
              .run();
          }}
          onRemove={() => {
            const pos = open.pos;
            setOpen(null);
            ed!
              .chain()
              .command(({ tr }) => {
                const node = tr.doc.nodeAt(pos);
                if (node) tr.delete(pos, pos + node.nodeSize);
                return true;
              })
              .focus()
              .run();
          }}
        />
      ) : null}
      {open?.kind === 'picker' ? (
        <Dialog title={t('media.pickTitle')} onClose={() => setOpen(null)} wide>
          <MediaBrowser
            onPick={(img) => {
              setOpen(null);
              chain()
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
            }}
          />
        </Dialog>
      ) : null}
    </div>
  );
}

function LinkDialog({
  href,
  onClose,
  onSave,
}: {
  href: string;
  onClose: () => void;
  onSave: (href: string) => void;
}) {
  const [value, setValue] = useState(href);
  const valid = !value || /^(https?:\/\/|mailto:|\/(?!\/))/i.test(value.trim());
  return (
    <Dialog title={t('editor.linkTitle')} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) onSave(value.trim());
        }}
      >
        <Field
          id="nd-link-href"
          label={t('editor.linkUrl')}
          hint={t('editor.linkHint')}
          error={valid ? undefined : t('editor.linkInvalid')}
        >
          <input
            id="nd-link-href"
            type="url"
            value={value}
            onInput={(e) => setValue(e.currentTarget.value)}
            aria-describedby={describedBy('nd-link-href', 'hint', valid ? null : 'error')}
            aria-invalid={valid ? undefined : 'true'}
            autoFocus
          />
        </Field>
        <p class="nd-actions">
          <button type="submit" class="nd-button nd-button-primary">
            {value ? t('editor.linkApply') : t('editor.linkRemove')}
          </button>
        </p>
      </form>
    </Dialog>
  );
}

function EmbedDialog({
  url,
  caption,
  onClose,
  onSave,
}: {
  url: string;
  caption: string;
  onClose: () => void;
  onSave: (url: string, caption: string) => void;
}) {
  const [value, setValue] = useState(url);
  const [cap, setCap] = useState(caption);
  const [tried, setTried] = useState(false);
  const valid = embedProviderOf(value) !== null;
  const error = tried && !valid ? t('editor.embedInvalid') : undefined;
  return (
    <Dialog title={t('editor.embedTitle')} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          // What the fields hold now (a click right after typing comes before the re-render).
          const form = new FormData(e.currentTarget);
          const url = String(form.get('url') ?? '');
          setValue(url);
          setTried(true);
          if (embedProviderOf(url) !== null) onSave(url.trim(), String(form.get('caption') ?? '').trim());
        }}
      >
        <Field id="nd-embed-url" label={t('editor.embedUrl')} hint={t('editor.embedHint')} error={error}>
          <input
            id="nd-embed-url"
            name="url"
            type="url"
            value={value}
            onInput={(e) => setValue(e.currentTarget.value)}
            aria-describedby={describedBy('nd-embed-url', 'hint', error)}
            aria-invalid={error ? 'true' : undefined}
            required
            autoFocus
          />
        </Field>
        <Field id="nd-embed-caption" label={t('editor.embedCaption')}>
          <input
            id="nd-embed-caption"
            name="caption"
            value={cap}
            onInput={(e) => setCap(e.currentTarget.value)}
          />
        </Field>
        <p class="nd-actions">
          <button type="submit" class="nd-button nd-button-primary">
            {t('editor.embedInsert')}
          </button>
        </p>
      </form>
    </Dialog>
  );
}

function FigureDialog({
  attrs,
  onClose,
  onSave,
  onRemove,
}: {
  attrs: FigureAttrs;
  onClose: () => void;
  onSave: (a: FigureAttrs) => void;
  onRemove: () => void;
}) {
  const [a, setA] = useState(attrs);
  const input = (name: 'alt' | 'caption' | 'credit', label: string, hint?: string) => (
    <Field id={`nd-fig-${name}`} label={label} hint={hint}>
      <input
        id={`nd-fig-${name}`}
        value={a[name]}
        onInput={(e) => setA({ ...a, [name]: e.currentTarget.value })}
        aria-describedby={describedBy(`nd-fig-${name}`, hint)}
      />
    </Field>
  );
  return (
    <Dialog title={t('editor.imageTitle')} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSave(a);
        }}
      >
        <img src={a.src} alt="" class="nd-fig-preview" />
        {input('alt', t('media.alt'), t('media.altHint'))}
        {input('caption', t('media.caption'))}
        {input('credit', t('media.credit'))}
        <p class="nd-actions">
          <button type="submit" class="nd-button nd-button-primary">
            {t('common.apply')}
          </button>
          <button type="button" class="nd-button nd-button-danger" onClick={onRemove}>
            {t('editor.imageRemove')}
          </button>
        </p>
      </form>
    </Dialog>
  );
}
