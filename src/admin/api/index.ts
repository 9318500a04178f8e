import { permissions } from '../../domain/roles.ts';
import { NO_STORE } from '../../http/caching.ts';
import type { AdminRoute } from '../routes.tsx';
import { analysisEndpoints } from './analysis.ts';
import { settingsEndpoints } from './settings.ts';
import { articleEndpoints, type ArticleApiDeps } from './articles.ts';
import type { AnalysisService } from '../../services/analysis/analysis.service.ts';
import { adminOpenApi, API_PREFIX, toRoutes, type AdminEndpoint } from './endpoint.ts';

export interface AdminApiDeps extends ArticleApiDeps {
  baseUrl: string;
  analysis: AnalysisService;
  /** Endpoints other capabilities add (media). */
  more?: AdminEndpoint[];
}

/** The admin JSON API the newsroom UI uses, and its OpenAPI document at /admin/api/openapi.json. */
export function adminApiRoutes(deps: AdminApiDeps): AdminRoute[] {
  const endpoints = [
    ...articleEndpoints(deps),
    ...analysisEndpoints(deps),
    ...settingsEndpoints(deps),
    ...(deps.more ?? []),
  ];
  const document = adminOpenApi(endpoints, deps.baseUrl, (p) => permissions[p]);
  return [
    ...toRoutes(endpoints),
    {
      method: 'GET',
      url: `${API_PREFIX}/openapi.json`,
      access: 'newsroom.enter',
      handler: async (_request, reply) => reply.header('cache-control', NO_STORE).send(document),
    },
  ];
}

export { endpoint, type AdminEndpoint } from './endpoint.ts';
