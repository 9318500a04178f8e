import type { ArticleFields, EditorArticle } from '../../../../contract/articles.ts';
import type { Me, SiteInfo } from '../../../../contract/site.ts';
import { slugify } from '../../../../lib/slug.ts';
import { describedBy, Field } from '../../components/Dialog.tsx';
import { AuthorsInput, SourcesInput, TagInput } from '../../components/ListFields.tsx';
import { t } from '../../i18n.ts';
import { localInputValue } from './article-fields.ts';
import { FeaturedImage } from './FeaturedImage.tsx';

/** The article's details: language, section, slug, tags, bylines, sources, featured image, breaking. */
export function DetailsPanel({
  article,
  me,
  site,
  fields,
  language,
  setLanguage,
  slug,
  slugTouched,
  touchSlug,
  editable,
  issue,
  change,
}: {
  article: EditorArticle | null;
  me: Me;
  site: SiteInfo;
  fields: ArticleFields;
  language: string;
  setLanguage: (code: string) => void;
  /** The slug as shown (the headline's until edited by hand). */
  slug: string;
  slugTouched: boolean;
  touchSlug: (touched: boolean) => void;
  editable: boolean;
  issue: (field: string) => string | undefined;
  change: (patch: Partial<ArticleFields>) => void;
}) {
  return (
    <section class="nd-panel" aria-labelledby="nd-panel-details">
      <h2 id="nd-panel-details">{t('editor.details')}</h2>
      {article ? (
        <p>
          {t('editor.language')}:{' '}
          <strong>{site.languages.find((l) => l.code === article.language)?.name ?? article.language}</strong>
        </p>
      ) : (
        <Field id="nd-language" label={t('editor.language')}>
          <select id="nd-language" value={language} onChange={(e) => setLanguage(e.currentTarget.value)}>
            {site.languages.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field id="nd-section" label={t('editor.section')} error={issue('sectionSlug')}>
        <select
          id="nd-section"
          value={fields.sectionSlug}
          disabled={!editable}
          onChange={(e) => change({ sectionSlug: e.currentTarget.value })}
        >
          {site.sections.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.name}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id="nd-slug"
        label={t('editor.slug')}
        hint={slugTouched ? t('editor.slugManual') : t('editor.slugAuto')}
        error={issue('slug')}
      >
        <input
          id="nd-slug"
          value={slug}
          disabled={!editable}
          pattern="[a-z0-9]+(-[a-z0-9]+)*"
          aria-invalid={issue('slug') ? 'true' : undefined}
          aria-describedby={describedBy('nd-slug', 'hint', issue('slug'))}
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
            change({ slug: slugify(fields.headline) });
          }}
        >
          {t('editor.slugReset')}
        </button>
      ) : null}
      <Field id="nd-tags" label={t('editor.tags')} hint={t('editor.tagsHint')} error={issue('tags')}>
        <TagInput
          id="nd-tags"
          tags={fields.tags}
          language={language}
          disabled={!editable}
          describedBy={describedBy('nd-tags', 'hint', issue('tags'))}
          onChange={(tags) => change({ tags })}
        />
      </Field>
      <AuthorsInput
        authors={fields.authors}
        disabled={!editable}
        error={issue('authors')}
        onChange={(authors) => change({ authors })}
      />
      <SourcesInput
        sources={fields.sources}
        disabled={!editable}
        error={issue('sources')}
        onChange={(sources) => change({ sources })}
      />
      <FeaturedImage
        image={fields.featuredImage}
        disabled={!editable}
        error={issue('featuredImage')}
        onChange={(featuredImage) => change({ featuredImage })}
      />
      <div class="nd-field nd-check">
        <input
          id="nd-breaking"
          type="checkbox"
          checked={fields.breaking}
          disabled={!editable || !(article?.canPublish ?? me.permissions.includes('articles.publish-own'))}
          aria-describedby="nd-breaking-hint"
          onChange={(e) => change({ breaking: e.currentTarget.checked })}
        />
        <label for="nd-breaking">{t('editor.breaking')}</label>
        <p class="nd-hint" id="nd-breaking-hint">
          {t('editor.breakingHint')}
        </p>
      </div>
      {fields.breaking ? (
        <Field
          id="nd-breaking-until"
          label={t('editor.breakingUntil')}
          hint={t('editor.breakingUntilHint', {
            hours: site.breakingHours,
            zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          })}
          error={issue('breakingUntil')}
        >
          <input
            id="nd-breaking-until"
            type="datetime-local"
            value={fields.breakingUntil ? localInputValue(new Date(fields.breakingUntil)).slice(0, 16) : ''}
            disabled={!editable || !(article?.canPublish ?? me.permissions.includes('articles.publish-own'))}
            aria-describedby={describedBy('nd-breaking-until', 'hint', issue('breakingUntil'))}
            onChange={(e) => {
              const when = e.currentTarget.value ? new Date(e.currentTarget.value) : null;
              change({
                breakingUntil: when && !Number.isNaN(when.getTime()) ? when.toISOString() : null,
              });
            }}
          />
        </Field>
      ) : null}
    </section>
  );
}
