import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../domain/errors.ts';
import type { Permission } from '../../domain/roles.ts';
import { NO_STORE } from '../../http/caching.ts';
import type { User } from '../../services/accounts/account.service.ts';
import { endpointsOf, readInput, type Endpoint, type HttpMethod } from '../endpoint.ts';
import { openApiDocument } from '../openapi.ts';

/** Who calls an admin endpoint: the signed-in person, and their session's CSRF token. */
export interface AdminCaller {
  user: User;
  csrf: string | null;
}
/** An admin API endpoint: needs a permission, and knows the signed-in person. */
export type AdminEndpoint = Endpoint<Permission, AdminCaller>;
/** Declares an admin endpoint with its input and answer types inferred from its schemas. */
export const endpoint = endpointsOf<Permission, AdminCaller>();

/** Who the gate says is asking (declared by shape, like GatedRoute). */
type GateCtx = { user: User | null; csrf: string | null };

export const API_PREFIX = '/admin/api';

/**
 * A route as the newsroom's gate (`registerAdmin` in src/admin) takes it: the gate settles who
 * is asking, checks the role, the two-factor set-up and the CSRF token, then calls `handler`.
 * Declared here by shape so the API does not import the gate.
 */
export interface GatedRoute {
  method: HttpMethod;
  url: string;
  /** API endpoints all need a permission; 'public' lets the gate's other routes share the list. */
  access: Permission | 'public';
  bodyLimit?: number;
  rateLimit?: { max: number; timeWindow: number };
  beforeBody?(request: FastifyRequest, reply: FastifyReply, ctx: GateCtx): Promise<void>;
  handler(request: FastifyRequest, reply: FastifyReply, ctx: GateCtx): Promise<unknown>;
}

/**
 * The signed-in person. The gate answers UNAUTHORIZED before an API route runs without one (its
 * access is never 'public'); this says so in the types, and refuses the same way if that changes.
 */
function signedIn(ctx: GateCtx): User {
  if (!ctx.user) throw new AppError('UNAUTHORIZED', 'Sign in first.');
  return ctx.user;
}

/** Admin endpoints as gated routes: input validated before the handler runs, answers never cached. */
export function toRoutes(endpoints: AdminEndpoint[]): GatedRoute[] {
  return endpoints.map((e) => ({
    method: e.method,
    url: `${API_PREFIX}${e.path}`,
    access: e.access,
    ...(e.bodyLimit ? { bodyLimit: e.bodyLimit } : {}),
    ...(e.rateLimit ? { rateLimit: e.rateLimit } : {}),
    ...(e.beforeBody
      ? {
          beforeBody: async (request: FastifyRequest, reply: FastifyReply, ctx: GateCtx) => {
            await e.beforeBody?.({ user: signedIn(ctx), csrf: ctx.csrf, request, reply });
          },
        }
      : {}),
    handler: async (request: FastifyRequest, reply: FastifyReply, ctx: GateCtx) => {
      const input = readInput(e, { params: request.params, query: request.query, body: request.body });
      const result = await e.handler({ ...input, user: signedIn(ctx), csrf: ctx.csrf, request, reply });
      if (reply.sent) return reply;
      reply.header('cache-control', NO_STORE);
      if (result === undefined) return reply.code(204).send();
      return reply.code(e.status ?? 200).send(result);
    },
  }));
}

/** The OpenAPI 3.1 document of the admin API, built from the endpoint objects. */
export function adminOpenApi(
  endpoints: AdminEndpoint[],
  serverUrl: string,
  roleOf: (p: Permission) => readonly string[],
) {
  return openApiDocument(endpoints as Endpoint<Permission>[], {
    title: 'Newsdesk admin API',
    version: '1',
    description:
      'The JSON API the newsroom UI uses. Authenticated by the session cookie set at sign-in; every request that changes something sends the CSRF token from GET /admin/api/me in the X-CSRF-Token header.',
    serverUrl,
    prefix: API_PREFIX,
    securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'nd_session' } },
    security: [{ session: [] }],
    describeAccess: (access) => `Needs the permission \`${access}\` (roles: ${roleOf(access).join(', ')}).`,
    errors: (e) => [
      'VALIDATION_FAILED',
      'UNAUTHORIZED',
      'FORBIDDEN',
      'NOT_FOUND',
      'CONFLICT',
      ...(e.beforeBody ? (['RATE_LIMITED'] as const) : []),
    ],
  });
}
