import { z } from 'zod';
import { errorCatalog, type ErrorCode } from '../domain/errors.ts';
import { errorBodyJsonSchema } from '../http/errors.ts';
import type { Endpoint } from './endpoint.ts';

/** What differs between the wings' documents: titles, prefix, authentication, the answers they add. */
export interface OpenApiWing<A> {
  title: string;
  version: string;
  description: string;
  serverUrl: string;
  /** Prefix of every path (/api/v1, /admin/api). */
  prefix: string;
  securitySchemes: Record<string, unknown>;
  security: Record<string, string[]>[];
  /** The operation's description: what access it needs. */
  describeAccess?(access: A): string;
  /** The error answers an endpoint may give. */
  errors(e: Endpoint<A>): ErrorCode[];
  /** Headers of every successful answer (the Content API's ETag). */
  okHeaders?: Record<string, unknown>;
  /** Answers every operation may give beside success and errors (304). */
  moreResponses?: Record<string, unknown>;
}

const errorRef = { $ref: '#/components/schemas/Error' };
const jsonSchema = (s: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(s, { io, unrepresentable: 'any' }) as Record<string, unknown>;
const objectShape = (s: z.ZodType | undefined) =>
  s && s instanceof z.ZodObject ? (s.shape as Record<string, z.ZodType>) : {};

function parametersOf(e: Endpoint<unknown>) {
  return [
    ...Object.entries(objectShape(e.params)).map(([name, s]) => ({
      name,
      in: 'path',
      required: true,
      schema: jsonSchema(s, 'input'),
    })),
    ...Object.entries(objectShape(e.query)).map(([name, s]) => ({
      name,
      in: 'query',
      required: !s.safeParse(undefined).success,
      schema: jsonSchema(s, 'input'),
      ...(s.description ? { description: s.description } : {}),
    })),
  ];
}

function successOf(e: Endpoint<unknown>, headers: Record<string, unknown> | undefined) {
  const status = e.status ?? 200;
  if (status === 204) return { '204': { description: 'Done; no content' } };
  const type = e.produces ?? 'application/json';
  return {
    [String(status)]: {
      description: 'OK',
      ...(headers ? { headers } : {}),
      content: { [type]: { schema: jsonSchema(e.response, 'output') } },
    },
  };
}

function errorsOf(codes: ErrorCode[]) {
  return Object.fromEntries(
    codes.map((code) => [
      String(errorCatalog[code].status),
      {
        description:
          code === 'RATE_LIMITED'
            ? `${errorCatalog[code].message} (Retry-After says when)`
            : errorCatalog[code].message,
        content: { 'application/json': { schema: errorRef } },
      },
    ]),
  );
}

/** The OpenAPI 3.1 document of a wing, built from its endpoint objects. */
export function openApiDocument<A>(endpoints: Endpoint<A>[], wing: OpenApiWing<A>) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of endpoints) {
    const path = `${wing.prefix}${e.path.replace(/:(\w+)/g, '{$1}')}`;
    const parameters = parametersOf(e);
    paths[path] ??= {};
    paths[path][e.method.toLowerCase()] = {
      operationId: e.operationId,
      summary: e.summary,
      ...(wing.describeAccess ? { description: wing.describeAccess(e.access) } : {}),
      security: wing.security,
      ...(parameters.length ? { parameters } : {}),
      ...(e.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(e.body, 'input') } },
            },
          }
        : {}),
      responses: { ...successOf(e, wing.okHeaders), ...wing.moreResponses, ...errorsOf(wing.errors(e)) },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: wing.title, version: wing.version, description: wing.description },
    servers: [{ url: wing.serverUrl }],
    paths,
    components: { securitySchemes: wing.securitySchemes, schemas: { Error: errorBodyJsonSchema } },
  };
}
