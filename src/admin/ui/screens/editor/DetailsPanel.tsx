import type { ArticleFields, EditorArticle } from '../../../../contract/articles.ts';
import type { Me, SiteInfo } from '../../../../contract/site.ts';
import { describedBy, Field } from '../../components/Dialog.tsx';
import { AuthorsInput, SourcesInput, TagInput } from '../../components/ListFields.tsx';
import { t } from '../../i18n.ts';
import { BreakingFields } from './BreakingFields.tsx';
import { FeaturedImage } from './FeaturedImage.tsx';
import { SlugField } from './SlugField.tsx';

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
      <LanguageField article={article} site={site} language={language} setLanguage={setLanguage} />
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
      <SlugField
        slug={slug}
        headline={fields.headline}
        slugTouched={slugTouched}
        touchSlug={touchSlug}
        editable={editable}
        error={issue('slug')}
        change={change}
      />
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
      <BreakingFields
        fields={fields}
        breakingHours={site.breakingHours}
        disabled={!editable || !(article?.canPublish ?? me.permissions.includes('articles.publish-own'))}
        issue={issue}
        change={change}
      />
    </section>
  );
}

/** The article's language: chosen for a new article, shown (fixed) once it exists. */
function LanguageField({
  article,
  site,
  language,
  setLanguage,
}: {
  article: EditorArticle | null;
  site: SiteInfo;
  language: string;
  setLanguage: (code: string) => void;
}) {
  return article ? (
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
  );
}
