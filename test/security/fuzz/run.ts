/** One fuzz run: what it has learned about the app, the requests it sends and what came back. */
import type { LightMyRequestResponse } from 'fastify';
import type { RegisteredRoute } from '../../../src/app.ts';
import type { Random } from '../../utils/fuzz.ts';
import { RealValues } from './links.ts';
import type { Spec } from './openapi.ts';
import { buildCase } from './request.ts';
import { routeKey } from './routes.ts';
import type { FuzzTarget } from './target.ts';
import { errorsIn, problemWith, type Outcome } from './verdict.ts';

/**
 * The state of a run against one app: real values from its links, its OpenAPI specs, a Content
 * API key, the seeded random source every request is drawn from, and every outcome so far.
 */
export class FuzzRun {
  readonly values: RealValues;
  specs = new Map<string, Spec>();
  apiKey = '';
  readonly outcomes: Outcome[] = [];

  constructor(
    readonly target: FuzzTarget,
    readonly rand: Random,
    /** A small real PNG, for uploads and image bodies. */
    readonly png: Buffer,
  ) {
    this.values = new RealValues(target);
  }

  /** Sends one request of a route and records what came back (and what the server logged). */
  async send(route: RegisteredRoute, plain: boolean) {
    const c = await buildCase(this, route, this.rand, plain);
    this.target.logged.length = 0;
    const res = await this.target.inject(c.opts);
    this.record(routeKey(route), c.opts.method!, c.opts.url, c.identity.name, c.bodyNote, res);
    // A request that ended a session (sign-out, a password change) does not end the fuzzing.
    if (
      c.identity.email &&
      c.opts.method !== 'GET' &&
      !(await this.target.app.container.accounts.session(c.identity.cookie!.slice('nd_session='.length)))
    )
      await this.target.signIn(c.identity);
    return res;
  }

  /** Keeps an answer's outcome, with the errors logged since the log was last cleared. */
  record(
    route: string,
    method: string,
    url: string,
    identity: string,
    body: string,
    res: LightMyRequestResponse,
  ) {
    this.outcomes.push({
      route,
      method,
      url,
      identity,
      body,
      status: res.statusCode,
      problem: problemWith(url, res),
      error: errorsIn(this.target.logged),
    });
  }

  /** GETs a page as given and learns from its links. */
  async crawl(url: string, headers: Record<string, string> = {}) {
    const res = await this.target.inject({ method: 'GET', url, headers });
    this.values.harvest(res.body);
    return res;
  }
}
