import { z } from 'zod';
import { AppError } from '../../domain/errors.ts';
import type { ArticleReader } from '../../services/articles/article-reader.ts';
import type { SearchService } from '../../services/search/search.service.ts';
import type { SiteService } from '../../services/site/site.service.ts';
import type { TaxonomyService } from '../../services/taxonomy/taxonomy.service.ts';
import { endpointsOf, type Endpoint } from '../endpoint.ts';

/** What the Content API reads through: the same read services as the reader site. */
export interface ContentApiDeps {
  site: SiteService;
  reader: ArticleReader;
  taxonomy: TaxonomyService;
  search: SearchService;
}

/** A Content API endpoint: read-only, for any valid API key (routes.ts checks it before the handler). */
export type ContentEndpoint = Endpoint<'api-key'>;
/** Declares a Content API endpoint with its input and answer types inferred from its schemas. */
export const endpoint = endpointsOf<'api-key', object>();

/** Query parameters the Content API's endpoints share. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug such as world');
export const language = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a language code such as en');
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');

/** The language asked for, or the site's default; refused unless the site publishes in it. */
export function languageOf(deps: Pick<ContentApiDeps, 'site'>, code: string | undefined): string {
  const lang = code ?? deps.site.settings().defaultLanguage;
  if (!deps.site.isLanguage(lang)) {
    throw new AppError('VALIDATION_FAILED', `language: "${lang}" is not published on this site`, [
      { field: 'language', message: `must be one of ${deps.site.settings().languages.join(', ')}` },
    ]);
  }
  return lang;
}

/** Absolute URLs on the site, for the links in answers. */
export const siteUrl = (deps: Pick<ContentApiDeps, 'site'>) => (path: string) =>
  `${deps.site.settings().baseUrl}${path}`;
