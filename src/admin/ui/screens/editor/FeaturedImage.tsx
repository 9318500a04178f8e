import { useState } from 'preact/hooks';
import type { ImageFields } from '../../../../contract/articles.ts';
import { Dialog, Field } from '../../components/Dialog.tsx';
import { MediaBrowser } from '../../components/MediaBrowser.tsx';
import { t } from '../../i18n.ts';

/** The image at the top of the article: chosen from the media library, described here. */
export function FeaturedImage({
  image,
  disabled,
  error,
  onChange,
}: {
  image: ImageFields | null;
  disabled: boolean;
  error?: string | undefined;
  onChange: (i: ImageFields | null) => void;
}) {
  const [picking, setPicking] = useState(false);
  return (
    <fieldset class="nd-fieldset">
      <legend>{t('editor.featuredImage')}</legend>
      {image ? (
        <div class="nd-featured">
          <img src={image.src} alt="" width={image.width ?? undefined} height={image.height ?? undefined} />
          <Field id="nd-featured-alt" label={t('media.alt')}>
            <input
              id="nd-featured-alt"
              value={image.alt}
              disabled={disabled}
              onInput={(e) => onChange({ ...image, alt: e.currentTarget.value })}
            />
          </Field>
          <Field id="nd-featured-caption" label={t('media.caption')}>
            <input
              id="nd-featured-caption"
              value={image.caption ?? ''}
              disabled={disabled}
              onInput={(e) => onChange({ ...image, caption: e.currentTarget.value || null })}
            />
          </Field>
          <Field id="nd-featured-credit" label={t('media.credit')}>
            <input
              id="nd-featured-credit"
              value={image.credit ?? ''}
              disabled={disabled}
              onInput={(e) => onChange({ ...image, credit: e.currentTarget.value || null })}
            />
          </Field>
        </div>
      ) : (
        <p class="nd-hint">{t('editor.noFeaturedImage')}</p>
      )}
      {error ? <p class="nd-error">{error}</p> : null}
      {!disabled ? (
        <p class="nd-actions">
          <button type="button" class="nd-button" onClick={() => setPicking(true)}>
            {image ? t('editor.replaceImage') : t('editor.chooseImage')}
          </button>
          {image ? (
            <button type="button" class="nd-button nd-button-quiet" onClick={() => onChange(null)}>
              {t('common.remove')}
            </button>
          ) : null}
        </p>
      ) : null}
      {picking ? (
        <Dialog title={t('media.pickTitle')} onClose={() => setPicking(false)} wide>
          <MediaBrowser
            onPick={(img) => {
              setPicking(false);
              onChange(img);
            }}
          />
        </Dialog>
      ) : null}
    </fieldset>
  );
}
