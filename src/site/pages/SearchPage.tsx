import type { SearchResults } from '../../services/search/search.service.ts';
import { formatLongDate, isoInZone } from '../../lib/dates.ts';
import { Layout } from '../components/Layout.tsx';
import type { PageContext } from '../components/page-context.ts';
import { articleHref, Pagination } from '../components/Listing.tsx';
import { paths } from '../urls.ts';
import { typeset } from '../../lib/typography.ts';

export interface SearchForm {
  q: string;
  section: string;
  from: string;
  to: string;
}

/** The search page: a form that works without JavaScript, then ranked results with highlights. */
export function SearchPage(props: {
  ctx: PageContext;
  form: SearchForm;
  results: SearchResults | null;
  invalidFields: string[];
  href: (page: number) => string;
}) {
  const { ctx, form, results } = props;
  const t = ctx.t;
  const tz = ctx.site.timeZone;
  const searched = form.q.trim() !== '';
  return (
    <Layout ctx={ctx} title={searched ? `${t('search')}: ${form.q}` : t('search')} noindex>
      <h1 class="page-title">{t('search')}</h1>
      <form
        class="search-form"
        role="search"
        aria-label={t('searchWithFilters')}
        method="get"
        action={paths.search(ctx.language)}
      >
        <p class="search-main">
          <label for="search-q">{t('searchLabel')}</label>
          <input id="search-q" type="search" name="q" value={form.q} maxLength={500} />
          <button type="submit">{t('search')}</button>
        </p>
        <fieldset class="search-filters">
          <legend>{t('searchFilters')}</legend>
          <p>
            <label for="search-section">{t('searchSection')}</label>
            <select id="search-section" name="section">
              <option value="">{t('searchAllSections')}</option>
              {ctx.sections.map((s) => (
                <option value={s.slug} selected={s.slug === form.section}>
                  {s.name}
                </option>
              ))}
            </select>
          </p>
          <p>
            <label for="search-from">{t('searchFrom')}</label>
            <input
              id="search-from"
              type="date"
              name="from"
              value={form.from}
              aria-invalid={props.invalidFields.includes('from') ? 'true' : undefined}
            />
          </p>
          <p>
            <label for="search-to">{t('searchTo')}</label>
            <input
              id="search-to"
              type="date"
              name="to"
              value={form.to}
              aria-invalid={props.invalidFields.includes('to') ? 'true' : undefined}
            />
          </p>
        </fieldset>
      </form>
      {props.invalidFields.length ? (
        <p class="form-error" role="alert">
          {t('searchInvalid', {
            fields: props.invalidFields
              .map((f) => t(f === 'from' ? 'searchFrom' : f === 'to' ? 'searchTo' : 'searchSection'))
              .join(', '),
          })}
        </p>
      ) : null}
      {!searched || !results ? (
        <p class="page-intro">{t('searchPrompt')}</p>
      ) : results.query.problem === 'too-short' ? (
        <p class="page-intro">{t('searchTooShort')}</p>
      ) : results.query.problem === 'empty' ? (
        <p class="page-intro">{t('searchPrompt')}</p>
      ) : (
        <section class="results" aria-labelledby="results-heading">
          <h2 id="results-heading" aria-live="polite">
            {t('searchResults', {
              count: results.total,
              estimated: results.totalEstimated ? 'yes' : 'no',
              query: form.q.trim(),
            })}
          </h2>
          {results.total === 0 ? <p class="empty">{t('searchNoResults')}</p> : null}
          <ol>
            {results.items.map(({ article, snippet }) => (
              <li>
                <h3>
                  <a href={articleHref(article)}>{typeset(article).headline}</a>
                </h3>
                <p class="result-meta">
                  <span class="section-label">{article.section.name}</span>
                  {article.publishedAt ? (
                    <>
                      {' · '}
                      <time dateTime={isoInZone(article.publishedAt, tz)}>
                        {formatLongDate(article.publishedAt, ctx.language, tz)}
                      </time>
                    </>
                  ) : null}
                </p>
                <p class="snippet">{snippet.map((s) => (s.mark ? <mark>{s.text}</mark> : s.text))}</p>
              </li>
            ))}
          </ol>
          <Pagination t={t} page={{ page: results.page, pageCount: results.pageCount }} href={props.href} />
        </section>
      )}
    </Layout>
  );
}
