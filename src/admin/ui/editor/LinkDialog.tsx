import { useState } from 'preact/hooks';
import { describedBy, Dialog, Field } from '../components/Dialog.tsx';
import { t } from '../i18n.ts';

/** A link's address (web, mail or a path on this site); an empty address removes the link. */
export function LinkDialog({
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
