import { openApiDocument } from '../openapi.ts';
import type { ContentEndpoint } from './content-endpoint.ts';

/** The OpenAPI 3.1 document of the Content API, built from the endpoint objects themselves. */
export function contentOpenApi(endpoints: ContentEndpoint[], serverUrl: string) {
  return openApiDocument(endpoints, {
    title: 'Newsdesk Content API',
    version: '1.0.0',
    description: 'Read-only access to published content. Authenticate with an API key.',
    serverUrl,
    prefix: '/api/v1',
    securitySchemes: {
      bearer: { type: 'http', scheme: 'bearer', description: 'Authorization: Bearer nd_…' },
      queryKey: { type: 'apiKey', in: 'query', name: 'key' },
    },
    security: [{ bearer: [] }, { queryKey: [] }],
    errors: () => ['VALIDATION_FAILED', 'UNAUTHORIZED', 'NOT_FOUND', 'RATE_LIMITED'],
    okHeaders: { ETag: { schema: { type: 'string' } } },
    moreResponses: { '304': { description: 'Not modified (If-None-Match matched the ETag)' } },
  });
}
