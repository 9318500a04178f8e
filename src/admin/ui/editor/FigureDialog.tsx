import { useState } from 'preact/hooks';
import { describedBy, Dialog, Field } from '../components/Dialog.tsx';
import { t } from '../i18n.ts';
import type { FigureAttrs } from './nodes.ts';

/** An image in the body: its alt text, caption and credit, or removing it. */
export function FigureDialog({
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
