import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { t } from '../i18n.ts';

/**
 * A modal dialog on the native <dialog>: focus moves in and is kept there, Escape closes it,
 * and focus goes back where it was. A form inside submits with Enter.
 */
export function Dialog({
  title,
  onClose,
  children,
  wide = false,
}: {
  title: string;
  onClose: () => void;
  children: ComponentChildren;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    // Focus goes back where it was when the dialog closes (only HTML and SVG elements take it).
    const before = document.activeElement;
    if (!d.open) d.showModal();
    const onCancel = (e: Event) => {
      e.preventDefault();
      onClose();
    };
    d.addEventListener('cancel', onCancel);
    return () => {
      d.removeEventListener('cancel', onCancel);
      if (d.open) d.close();
      if (before instanceof HTMLElement || before instanceof SVGElement) before.focus();
    };
  }, []);
  return (
    <dialog ref={ref} class={wide ? 'nd-dialog nd-dialog-wide' : 'nd-dialog'} aria-labelledby={`${id}-title`}>
      <div class="nd-dialog-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <button type="button" class="nd-button nd-button-quiet" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      {children}
    </dialog>
  );
}

/** A labelled input with its error message next to it. */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: ComponentChildren;
}) {
  return (
    <div class={error ? 'nd-field nd-field-invalid' : 'nd-field'}>
      <label for={id}>{label}</label>
      {children}
      {hint ? (
        <p class="nd-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="nd-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** aria-describedby for a Field's input: its hint and its error. */
export function describedBy(id: string, hint?: string | null, error?: string | null): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}
