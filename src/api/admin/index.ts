import { AppError } from '../../domain/errors.ts';
import { permissions } from '../../domain/roles.ts';
import { NO_STORE } from '../../http/caching.ts';
import type { AnalysisService } from '../../services/analysis/analysis.service.ts';
import { adminOpenApi, API_PREFIX, toRoutes, type AdminEndpoint, type GatedRoute } from './admin-endpoint.ts';
import { analysisEndpoints } from './analysis.ts';
import { articleEndpoints, type ArticleApiDeps } from './articles.ts';
import { meEndpoints } from './me.ts';
import { settingsEndpoints, type SettingsApiDeps } from './settings.ts';
import { taxonomyEndpoints, type TaxonomyApiDeps } from './taxonomy.ts';

export interface AdminApiDeps extends ArticleApiDeps, SettingsApiDeps, TaxonomyApiDeps {
  baseUrl: string;
  analysis: AnalysisService;
  /** Endpoints other capabilities add (media). */
  more?: AdminEndpoint[];
}

/** Every admin API endpoint (the newsroom's, and those capabilities add). */
export function adminEndpoints(deps: AdminApiDeps): AdminEndpoint[] {
  return [
    ...meEndpoints(),
    ...articleEndpoints(deps),
    ...analysisEndpoints(deps),
    ...settingsEndpoints(deps),
    ...taxonomyEndpoints(deps),
    ...(deps.more ?? []),
  ];
}

/**
 * The admin JSON API the newsroom UI uses, and its OpenAPI document at /admin/api/openapi.json,
 * as routes for the newsroom's gate (registerAdmin), which checks who may call them.
 */
export function adminApiRoutes(deps: AdminApiDeps): GatedRoute[] {
  const endpoints = adminEndpoints(deps);
  // Built on the first request for it, not at start: it is large (~0.6 s of CPU to build) and
  // most processes never serve it. The endpoints do not change after start, so once is enough.
  let document: ReturnType<typeof adminOpenApi> | null = null;
  return [
    ...toRoutes(endpoints),
    {
      method: 'GET',
      url: `${API_PREFIX}/openapi.json`,
      access: 'newsroom.enter',
      handler: async (_request, reply) => {
        document ??= adminOpenApi(endpoints, deps.baseUrl, (p) => permissions[p]);
        return reply.header('cache-control', NO_STORE).send(document);
      },
    },
    // Any other address under the API answers like the API (JSON NOT_FOUND); without these the
    // reader site's routes (/:lang/:section/…) would claim it and answer with an HTML page.
    ...(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const).map((method): GatedRoute => ({
      method,
      url: `${API_PREFIX}/*`,
      access: 'newsroom.enter',
      handler: () =>
        Promise.reject(
          new AppError('NOT_FOUND', `No such admin API endpoint; see ${API_PREFIX}/openapi.json.`),
        ),
    })),
  ];
}

export { endpoint, type AdminEndpoint } from './admin-endpoint.ts';
