import { useRef, useState } from 'preact/hooks';
import { NodeDialogs, type OpenDialog } from './NodeDialogs.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useBodyEditor } from './useBodyEditor.ts';
import { t } from '../i18n.ts';

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
  const [open, setOpen] = useState<OpenDialog>(null);
  const ed = useBodyEditor({
    host,
    id,
    labelledBy,
    describedById,
    initialHtml,
    editable,
    onChange,
    // An image or embed asks to be edited: its dialog opens with what it holds now.
    onEditNode: (node, pos) =>
      setOpen(
        node.kind === 'figure'
          ? { kind: 'figure', pos, attrs: node.attrs }
          : { kind: 'embed', pos, url: node.attrs.url, caption: node.attrs.caption },
      ),
  });
  return (
    <div class="nd-richtext">
      <Toolbar
        ed={ed}
        editable={editable}
        controls={id}
        onLink={(href) => setOpen({ kind: 'link', href })}
        onImage={() => setOpen({ kind: 'picker' })}
        onEmbed={() => setOpen({ kind: 'embed', pos: null, url: '', caption: '' })}
      />
      <p class="nd-hint nd-toolbar-hint">{t('editor.quoteHint')}</p>
      <div ref={host} class="nd-richtext-host" />
      <NodeDialogs open={open} ed={ed} close={() => setOpen(null)} />
    </div>
  );
}
