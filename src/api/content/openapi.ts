import { z } from 'zod';
import { errorCatalog } from '../../domain/errors.ts';
import { errorBodyJsonSchema } from '../../http/errors.ts';
import type { Endpoint } from './endpoints.ts';

/** The OpenAPI 3.1 document of the Content API, built from the endpoint objects themselves. */
export function contentOpenApi(endpoints: Endpoint[], serverUrl: string): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (const e of endpoints) {
    const parameters = [
      ...Object.entries(e.params?.shape ?? {}).map(([name, schema]) => ({
        name,
        in: 'path',
        required: true,
        schema: z.toJSONSchema(schema as z.ZodType, { io: 'input' }),
      })),
      ...Object.entries(e.query.shape).map(([name, schema]) => {
        const s = schema as z.ZodType;
        const json = z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
        return {
          name,
          in: 'query',
          required: !s.safeParse(undefined).success,
          schema: json,
          ...(s.description ? { description: s.description } : {}),
        };
      }),
    ];
    const oaPath = `/api/v1${e.path.replace(/:(\w+)/g, '{$1}')}`;
    paths[oaPath] = {
      get: {
        summary: e.summary,
        security: [{ bearer: [] }, { queryKey: [] }],
        parameters,
        responses: {
          '200': {
            description: 'OK',
            headers: { ETag: { schema: { type: 'string' } } },
            content: { 'application/json': { schema: { type: 'object' } } },
          },
          '304': { description: 'Not modified (If-None-Match matched the ETag)' },
          '400': {
            description: errorCatalog.VALIDATION_FAILED.message,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
          '401': {
            description: errorCatalog.UNAUTHORIZED.message,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
          '404': {
            description: errorCatalog.NOT_FOUND.message,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
          '429': {
            description: errorCatalog.RATE_LIMITED.message,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Newsdesk Content API',
      version: '1.0.0',
      description: 'Read-only access to published content. Authenticate with an API key.',
    },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'Authorization: Bearer nd_…' },
        queryKey: { type: 'apiKey', in: 'query', name: 'key' },
      },
      schemas: {
        Error: errorBodyJsonSchema,
      },
    },
  };
}
