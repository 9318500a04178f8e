import { isAppError } from '../../domain/errors.ts';
import type { SearchResults } from '../../services/search/search.service.ts';
import { SearchPage, type SearchForm } from '../pages/SearchPage.tsx';
import { sendPage } from '../render.ts';
import { paths } from '../urls.ts';
import { sendNotFound } from './answers.tsx';
import { searchQuery } from './query.ts';
import type { SiteHandler, SiteKit } from './site-kit.ts';

/** What a search found, or which fields the search service refused (a 400 page naming them). */
type SearchOutcome = { results: SearchResults | null; invalidFields: string[] };

async function runSearch(kit: SiteKit, lang: string, form: SearchForm, page: number): Promise<SearchOutcome> {
  if (!form.q.trim()) return { results: null, invalidFields: [] };
  try {
    const results = await kit.deps.search.search({
      q: form.q,
      language: lang,
      page,
      ...(form.section ? { section: form.section } : {}),
      ...(form.from ? { from: form.from } : {}),
      ...(form.to ? { to: form.to } : {}),
    });
    return { results, invalidFields: [] };
  } catch (e) {
    if (!isAppError(e) || e.code !== 'VALIDATION_FAILED') throw e;
    return { results: null, invalidFields: e.issues.map((i) => i.field) };
  }
}

/** `/en/search?q=…&section=…&from=…&to=…&page=…`: the form, and results when there is a query. */
export const searchPage =
  (kit: SiteKit): SiteHandler<{ lang: string }> =>
  async (request, reply) => {
    const { lang } = request.params;
    if (!kit.deps.site.isLanguage(lang)) return sendNotFound(kit, reply);
    const { page, ...form } = searchQuery.parse(request.query);
    const { results, invalidFields } = await runSearch(kit, lang, form, page);
    return sendPage(
      reply,
      <SearchPage
        ctx={await kit.context(lang)}
        form={form}
        results={results}
        invalidFields={invalidFields}
        href={(n) => paths.search(lang, { ...form, page: n })}
      />,
      invalidFields.length ? 400 : 200,
      'public, max-age=60, s-maxage=120',
    );
  };
