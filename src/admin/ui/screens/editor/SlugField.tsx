import type { ArticleFields } from '../../../../contract/articles.ts';
import { slugify } from '../../../../lib/slug.ts';
import { describedBy, Field } from '../../components/Dialog.tsx';
import { t } from '../../i18n.ts';

/** The slug: the headline's until edited by hand, with a button that makes it follow the headline again. */
export function SlugField({
  slug,
  headline,
  slugTouched,
  touchSlug,
  editable,
  error,
  change,
}: {
  /** The slug as shown (the headline's until edited by hand). */
  slug: string;
  headline: string;
  slugTouched: boolean;
  touchSlug: (touched: boolean) => void;
  editable: boolean;
  error: string | undefined;
  change: (patch: Partial<ArticleFields>) => void;
}) {
  return (
    <>
      <Field
        id="nd-slug"
        label={t('editor.slug')}
        hint={slugTouched ? t('editor.slugManual') : t('editor.slugAuto')}
        error={error}
      >
        <input
          id="nd-slug"
          value={slug}
          disabled={!editable}
          pattern="[a-z0-9]+(-[a-z0-9]+)*"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy('nd-slug', 'hint', error)}
          onInput={(e) => {
            touchSlug(true);
            change({ slug: e.currentTarget.value });
          }}
        />
      </Field>
      {slugTouched && editable ? (
        <button
          type="button"
          class="nd-button nd-button-quiet"
          onClick={() => {
            touchSlug(false);
            change({ slug: slugify(headline) });
          }}
        >
          {t('editor.slugReset')}
        </button>
      ) : null}
    </>
  );
}
