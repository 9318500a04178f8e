import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { errorCatalog } from '../../domain/errors.ts';
import { errorBodyJsonSchema } from '../../http/errors.ts';
import type { Permission } from '../../domain/roles.ts';
import { NO_STORE } from '../../http/caching.ts';
import type { User } from '../../services/accounts/account.service.ts';
import { validate } from '../../services/validate.ts';
import type { AdminRoute } from '../routes.tsx';

/**
 * An admin JSON API endpoint as a plain object (Ghost's habit): the permission it needs, what
 * it accepts, what it does. `toRoutes` turns endpoints into admin routes (so sign-in, role and
 * CSRF checks are the same as everywhere in /admin), validates input before the handler runs,
 * and `adminOpenApi` describes them from the same objects: the document cannot drift.
 */
export interface AdminEndpoint<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Under /admin/api, with :params. */
  path: string;
  summary: string;
  access: Permission;
  params?: P;
  query?: Q;
  body?: B;
  /** 201 for creations; default 200. */
  status?: number;
  /** A JSON schema of the answer's `data`, for the document (optional). */
  responds?: string;
  /** Body size limit in bytes, when not the default. */
  bodyLimit?: number;
  /**
   * Runs once the person is known and before the request body is read (a limit per account
   * refuses early, without reading megabytes first). Such endpoints take the CSRF token in
   * the X-CSRF-Token header only.
   */
  beforeBody?(input: { user: User; request: FastifyRequest; reply: FastifyReply }): Promise<void>;
  handler(input: {
    params: z.output<P>;
    query: z.output<Q>;
    body: z.output<B>;
    user: User;
    request: FastifyRequest;
    reply: FastifyReply;
  }): Promise<unknown>;
}

/** Declares an endpoint with its input types inferred. */
export function endpoint<
  P extends z.ZodType = z.ZodUndefined,
  Q extends z.ZodType = z.ZodUndefined,
  B extends z.ZodType = z.ZodUndefined,
>(e: AdminEndpoint<P, Q, B>): AdminEndpoint {
  return e as unknown as AdminEndpoint;
}

export const API_PREFIX = '/admin/api';

export function toRoutes(endpoints: AdminEndpoint[]): AdminRoute[] {
  return endpoints.map((e) => ({
    method: e.method,
    url: `${API_PREFIX}${e.path}`,
    access: e.access,
    ...(e.bodyLimit ? { bodyLimit: e.bodyLimit } : {}),
    ...(e.beforeBody
      ? { beforeBody: (request, reply, ctx) => e.beforeBody!({ user: ctx.user!, request, reply }) }
      : {}),
    handler: async (request, reply, ctx) => {
      const params = e.params ? validate(e.params, request.params) : undefined;
      const query = e.query ? validate(e.query, request.query ?? {}) : undefined;
      const body = e.body ? validate(e.body, request.body ?? {}) : undefined;
      const result = await e.handler({ params, query, body, user: ctx.user!, request, reply });
      if (reply.sent) return reply;
      reply.header('cache-control', NO_STORE);
      if (result === undefined) return reply.code(204).send();
      return reply.code(e.status ?? 200).send(result);
    },
  }));
}

const errorRef = { $ref: '#/components/schemas/Error' };
const jsonSchema = (s: z.ZodType) =>
  z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;

/** The OpenAPI 3.1 document of the admin API, built from the endpoint objects. */
export function adminOpenApi(
  endpoints: AdminEndpoint[],
  serverUrl: string,
  roleOf: (p: Permission) => readonly string[],
) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of endpoints) {
    const path = `${API_PREFIX}${e.path.replace(/:(\w+)/g, '{$1}')}`;
    const objectShape = (s: z.ZodType | undefined) =>
      s && s instanceof z.ZodObject ? (s.shape as Record<string, z.ZodType>) : {};
    const parameters = [
      ...Object.entries(objectShape(e.params)).map(([name, s]) => ({
        name,
        in: 'path',
        required: true,
        schema: jsonSchema(s),
      })),
      ...Object.entries(objectShape(e.query)).map(([name, s]) => ({
        name,
        in: 'query',
        required: !s.safeParse(undefined).success,
        schema: jsonSchema(s),
        ...(s.description ? { description: s.description } : {}),
      })),
    ];
    const errors: Record<string, { description: string; content: unknown }> = Object.fromEntries(
      (['VALIDATION_FAILED', 'UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT'] as const).map((code) => [
        String(errorCatalog[code].status),
        { description: errorCatalog[code].message, content: { 'application/json': { schema: errorRef } } },
      ]),
    );
    if (e.beforeBody)
      errors['429'] = {
        description: `${errorCatalog.RATE_LIMITED.message} (Retry-After says when)`,
        content: { 'application/json': { schema: errorRef } },
      };
    paths[path] ??= {};
    paths[path][e.method.toLowerCase()] = {
      summary: e.summary,
      description: `Needs the permission \`${e.access}\` (roles: ${roleOf(e.access).join(', ')}).`,
      security: [{ session: [] }],
      ...(parameters.length ? { parameters } : {}),
      ...(e.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(e.body) } } } }
        : {}),
      responses: {
        [String(e.status ?? 200)]: {
          description: 'OK',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: { data: e.responds ? { $ref: `#/components/schemas/${e.responds}` } : {} },
              },
            },
          },
        },
        ...errors,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Newsdesk admin API',
      version: '1',
      description:
        'The JSON API the newsroom UI uses. Authenticated by the session cookie set at sign-in; every request that changes something sends the CSRF token from GET /admin/api/me in the X-CSRF-Token header.',
    },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'nd_session' },
      },
      schemas: {
        Error: errorBodyJsonSchema,
      },
    },
  };
}
