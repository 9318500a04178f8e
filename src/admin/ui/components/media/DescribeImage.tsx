import { useState } from 'preact/hooks';
import type { MediaItem } from '../../../../contract/media.ts';
import { api, ApiError } from '../../api.ts';
import { t } from '../../i18n.ts';
import { describedBy, Field } from '../Dialog.tsx';
import { thumbnailOf } from './media-fields.ts';

/** Alt text, caption and credit of one image; saved to the library (PATCH), then used when picking. */
export function DescribeImage({
  item,
  onDone,
  onCancel,
  pick,
}: {
  item: MediaItem;
  onDone: (m: MediaItem) => void;
  onCancel: () => void;
  pick: boolean;
}) {
  const [alt, setAlt] = useState(item.alt);
  const [caption, setCaption] = useState(item.caption ?? '');
  const [credit, setCredit] = useState(item.credit ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      const changed = alt !== item.alt || caption !== (item.caption ?? '') || credit !== (item.credit ?? '');
      const m = changed
        ? (await api<{ data: MediaItem }>('PATCH', `/media/${item.id}`, { alt, caption, credit })).data
        : item;
      onDone(m);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'UNKNOWN', String(err)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="nd-describe" onSubmit={(e) => void submit(e)}>
      <img src={thumbnailOf(item)} alt="" width={240} height={Math.round((240 * item.height) / item.width)} />
      <div>
        <p class="nd-hint">
          {item.filename} · {item.width}×{item.height}
        </p>
        <Field id="nd-alt" label={t('media.alt')} hint={t('media.altHint')} error={error?.issueFor('alt')}>
          <input
            id="nd-alt"
            value={alt}
            onInput={(e) => setAlt(e.currentTarget.value)}
            aria-describedby={describedBy('nd-alt', 'hint', error?.issueFor('alt'))}
            required={pick}
          />
        </Field>
        <Field id="nd-caption" label={t('media.caption')} error={error?.issueFor('caption')}>
          <input id="nd-caption" value={caption} onInput={(e) => setCaption(e.currentTarget.value)} />
        </Field>
        <Field id="nd-credit" label={t('media.credit')} error={error?.issueFor('credit')}>
          <input id="nd-credit" value={credit} onInput={(e) => setCredit(e.currentTarget.value)} />
        </Field>
        {error && !error.issues.length ? (
          <p class="nd-error" role="alert">
            {error.message}
          </p>
        ) : null}
        <p class="nd-actions">
          <button type="submit" class="nd-button nd-button-primary" disabled={busy}>
            {pick ? t('media.use') : t('common.save')}
          </button>
          <button type="button" class="nd-button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </p>
      </div>
    </form>
  );
}
