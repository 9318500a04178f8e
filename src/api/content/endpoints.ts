import { articleEndpoints } from './article-endpoints.ts';
import type { ContentApiDeps, ContentEndpoint } from './content-endpoint.ts';
import { searchEndpoints } from './search-endpoint.ts';
import { taxonomyEndpoints } from './taxonomy-endpoints.ts';

/** The Content API's endpoints, as plain objects (Ghost's habit): articles, taxonomy, search. */
export function contentEndpoints(deps: ContentApiDeps): ContentEndpoint[] {
  return [...articleEndpoints(deps), ...taxonomyEndpoints(deps), ...searchEndpoints(deps)];
}
