import { Editor } from '@tiptap/core';
import { Placeholder } from '@tiptap/extensions';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useRef, useState, type MutableRef } from 'preact/hooks';
import { t } from '../i18n.ts';
import { Embed, Figure, type EmbedAttrs, type FigureAttrs } from './nodes.ts';

/** An image or embed asks to be edited: its position and what it holds now. */
export type EditNode = (
  node: { kind: 'figure'; attrs: FigureAttrs } | { kind: 'embed'; attrs: EmbedAttrs },
  pos: number,
) => void;

/** The body's HTML without empty paragraphs, which the server drops: what a change must change. */
export const meaningful = (html: string): string => html.replace(/<p><\/p>/g, '');

/**
 * The Tiptap editor in `host`, limited to what the body holds (paragraphs, two levels of
 * subheadings, quotations, lists, bold, italic, links, images, embeds). It is made once; the
 * component re-renders on every transaction so the toolbar shows the current state.
 */
export function useBodyEditor({
  host,
  id,
  labelledBy,
  describedById,
  initialHtml,
  editable,
  onChange,
  onEditNode,
}: {
  host: MutableRef<HTMLDivElement | null>;
  id: string;
  labelledBy: string;
  describedById: string | undefined;
  initialHtml: string;
  editable: boolean;
  onChange: (html: string) => void;
  onEditNode: EditNode;
}): Editor | null {
  const editorRef = useRef<Editor | null>(null);
  const [, setTick] = useState(0);
  const lastHtml = useRef('');
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    const editNode = (kind: 'figure' | 'embed', pos: number) => {
      const node = editorRef.current?.state.doc.nodeAt(pos);
      if (!node) return;
      if (kind === 'figure') onEditNode({ kind, attrs: { ...(node.attrs as FigureAttrs) } }, pos);
      else onEditNode({ kind, attrs: node.attrs as EmbedAttrs }, pos);
    };
    // The host is rendered with the hook's component; no host, no editor.
    const element = host.current;
    if (!element) return;
    const editor = new Editor({
      element,
      editable,
      // Its base styles are in admin.css: an injected <style> would be refused by the CSP.
      injectCSS: false,
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

  return editorRef.current;
}
