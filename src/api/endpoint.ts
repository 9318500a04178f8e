import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { validate } from '../services/validate.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a handler gets: its input, validated, and the request; a wing adds who is asking (`C`). */
export type EndpointInput<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, C extends object> = {
  params: z.output<P>;
  query: z.output<Q>;
  body: z.output<B>;
  request: FastifyRequest;
  reply: FastifyReply;
} & C;

/**
 * An API endpoint as a plain object (Ghost's habit): who may call it (`access`, in the wing's
 * terms), what it accepts, what it answers, and what it does. Both wings (the Content API, the
 * admin API) register these objects and build their OpenAPI documents from them, so the
 * documents cannot drift from the code.
 */
export interface Endpoint<
  A = string,
  C extends object = object,
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  method: HttpMethod;
  /** Under the wing's prefix, with :params. */
  path: string;
  /** Unique in the wing's document; clients generated from it name their calls so. */
  operationId: string;
  summary: string;
  access: A;
  params?: P;
  query?: Q;
  body?: B;
  /** The answer's body (the handler's result); `text/html` answers declare a string. */
  response: R;
  /** 201 for creations, 204 for answers without a body; default 200. */
  status?: number;
  /** Default application/json. */
  produces?: 'application/json' | 'text/html';
  /** Body size limit in bytes, when not the default. */
  bodyLimit?: number;
  /** Requests allowed per client and time window (answered 429 beyond). */
  rateLimit?: { max: number; timeWindow: number };
  /**
   * Runs once the caller is known and before the request body is read (a limit per account
   * refuses early, without reading megabytes first).
   */
  beforeBody?(input: { request: FastifyRequest; reply: FastifyReply } & C): Promise<void>;
  /** The answer (checked against `response` by the type checker), a reply already sent, or nothing (204). */
  handler(input: EndpointInput<P, Q, B, C>): Promise<z.input<R> | FastifyReply | undefined>;
}

/**
 * The declaration helper of a wing: infers each endpoint's input and answer types from its
 * schemas, then forgets them so endpoints of one wing fit in one list.
 */
export function endpointsOf<A, C extends object>() {
  return function endpoint<
    P extends z.ZodType = z.ZodUndefined,
    Q extends z.ZodType = z.ZodUndefined,
    B extends z.ZodType = z.ZodUndefined,
    R extends z.ZodType = z.ZodType,
  >(e: Endpoint<A, C, P, Q, B, R>): Endpoint<A, C> {
    return e;
  };
}

/** The endpoint's params, query and body, each validated by its schema (VALIDATION_FAILED names the field). */
export function readInput(
  e: Pick<Endpoint, 'params' | 'query' | 'body'>,
  raw: { params: unknown; query: unknown; body: unknown },
): { params: unknown; query: unknown; body: unknown } {
  return {
    params: e.params ? validate(e.params, raw.params ?? {}) : undefined,
    query: e.query ? validate(e.query, raw.query ?? {}) : undefined,
    body: e.body ? validate(e.body, raw.body ?? {}) : undefined,
  };
}
