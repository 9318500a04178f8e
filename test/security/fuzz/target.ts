/** The app under fuzz: built with its error log, outbox errors and stray errors captured; who signs in. */
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { RegisteredRoute } from '../../../src/app.ts';
import type { Role } from '../../../src/domain/roles.ts';
import { MemoryMailTransport } from '../../../src/services/mail/mail.ts';
import { createTestApp, type TestApp } from '../../utils/app.ts';
import type { Dialect } from '../../utils/databases.ts';

/** Every account the suite creates signs in with this. */
export const PASSWORD = 'correct horse battery staple';
/** The site's address in the test configuration. */
export const BASE = 'http://news.test';

/** The route the app's router finds for a path; null when none matches (Fastify's type leaves that out). */
function findRoute(
  server: FastifyInstance,
  method: string,
  url: string,
): { params: Record<string, string | undefined> } | null {
  return server.findRoute({ method, url });
}

/** Who a request comes from: a role's signed-in account, or nobody. */
export interface Identity {
  name: string;
  role: Role | null;
  email?: string;
  userId?: string;
  cookie?: string;
  csrf?: string;
}

/** A line of the app's error log, as far as the report needs it. */
export interface LogLine {
  msg: string;
  err?: { type?: string; message?: string; stack?: string };
}

/**
 * The app under fuzz, with demo content, on a fresh database of one dialect. Errors it logs,
 * errors of its background work and anything thrown outside a request are kept for the verdict.
 */
export class FuzzTarget {
  readonly mail = new MemoryMailTransport();
  /** The error log since the last request (cleared before each). */
  readonly logged: LogLine[] = [];
  readonly backgroundErrors: string[] = [];
  readonly processErrors: string[] = [];
  /** By name: `anonymous` and one per role. */
  readonly identities = new Map<string, Identity>();
  #app: TestApp | undefined;

  readonly #onProcessError = (e: unknown) =>
    this.processErrors.push(String((e as Error | undefined)?.stack ?? e));

  get app(): TestApp {
    if (!this.#app) throw new Error('FuzzTarget: start() it first');
    return this.#app;
  }

  get routes(): RegisteredRoute[] {
    return this.app.routes;
  }

  async start(dialect: Dialect): Promise<void> {
    process.on('uncaughtException', this.#onProcessError);
    process.on('unhandledRejection', this.#onProcessError);
    this.#app = await createTestApp(
      dialect,
      { demo: true, logLevel: 'error' },
      {
        mail: this.mail,
        logger: {
          level: 'error',
          stream: { write: (line: string) => this.logged.push(JSON.parse(line) as LogLine) },
        },
        onEventError: (err) =>
          this.backgroundErrors.push(`outbox: ${(err as Error | undefined)?.stack ?? String(err)}`),
      },
    );
  }

  async stop(): Promise<void> {
    process.off('uncaughtException', this.#onProcessError);
    process.off('unhandledRejection', this.#onProcessError);
    await this.#app?.dispose();
  }

  inject(opts: InjectOptions) {
    return this.app.server.inject(opts);
  }

  /** The session cookie and CSRF header of a signed-in identity. */
  as(who: string) {
    const i = this.identities.get(who)!;
    return { cookie: i.cookie!, 'x-csrf-token': i.csrf! };
  }

  async signIn(identity: Identity) {
    const s = await this.app.container.accounts.signIn(identity.email!, PASSWORD);
    identity.cookie = `nd_session=${s.token}`;
    identity.csrf = s.csrf;
  }

  /** The path parameters the app's router reads from a concrete path (null when no route matches). */
  paramsOf(method: string, path: string): Record<string, string> | null {
    const found = findRoute(this.app.server, method, path);
    return found ? (found.params as Record<string, string>) : null;
  }

  /** Which registered route a concrete path reaches, by the app's own router. */
  routeOf(method: string, path: string): RegisteredRoute | null {
    const params = this.paramsOf(method, path);
    if (!params) return null;
    let decoded = path;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      /* keep it raw */
    }
    return (
      this.routes.find(
        (r) =>
          r.method === method &&
          r.url
            .replace(/:(\w+)/g, (_m, n: string) => params[n] ?? `:${n}`)
            .replace(/\*$/, params['*'] ?? '*') === decoded,
      ) ?? null
    );
  }

  /** The background work a real process does after writes: outbox, scheduled publishing, analysis. */
  async background() {
    const c = this.app.container;
    await c.events.dispatchPending(500);
    await c.writer
      .publishDue()
      .catch((e: unknown) => this.backgroundErrors.push(`publishDue: ${(e as Error).stack}`));
    await c.analysis
      .analyzeMissing(500)
      .catch((e: unknown) => this.backgroundErrors.push(`analyzeMissing: ${(e as Error).stack}`));
  }
}
