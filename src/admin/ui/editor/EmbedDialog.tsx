import { useState } from 'preact/hooks';
import { embedProviderOf } from '../../../lib/embeds.ts';
import { describedBy, Dialog, Field } from '../components/Dialog.tsx';
import { t } from '../i18n.ts';

/** A text field's value in a form's data ('' when absent: these fields are never files). */
const textOf = (v: FormDataEntryValue | null): string => (typeof v === 'string' ? v : '');

/** An embed's address (one of the providers the body accepts) and caption. */
export function EmbedDialog({
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
          const url = textOf(form.get('url'));
          setValue(url);
          setTried(true);
          if (embedProviderOf(url) !== null) onSave(url.trim(), textOf(form.get('caption')).trim());
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
