import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCatalog } from '../../src/domain/errors.ts';
import { can, roles, type Permission, type Role } from '../../src/domain/roles.ts';
import { MemoryMailTransport } from '../../src/services/mail/mail.ts';
import type { RegisteredRoute } from '../../src/app.ts';
import { createTestApp, type TestApp } from '../utils/app.ts';
import { dialects } from '../utils/databases.ts';
import {
  encode,
  fuzzSeed,
  hostileSegment,
  hostileString,
  hostileValue,
  mutate,
  oddText,
  Random,
  rawSegments,
  sample,
  spoil,
  type Hints,
  type JsonSchema,
} from '../utils/fuzz.ts';

/**
 * The fuzz suite: every route the app registers, public and newsroom, gets seeded hostile input
 * — odd Unicode (RTL marks, combining characters, emoji, lone surrogates, Azerbaijani and
 * Cyrillic), NUL, huge strings, wrong types, deep nesting, arrays for objects, numbers out of
 * range, malformed path escapes — as every role, with valid sessions and CSRF tokens, so the
 * newsroom's handlers are reached and not just its 401. Bodies and query parameters follow the
 * two OpenAPI documents (valid values, then mutated), so a new endpoint is fuzzed without
 * touching this file; a new route that is neither fuzzed nor excluded below fails the first test.
 *
 * Every answer must be 2xx, 3xx or 4xx; an error answer of the APIs must be JSON with a code
 * from the catalog; and the process must still be up and serving at the end.
 *
 * Reproduce a run with FUZZ_SEED=<seed> (printed on failure); FUZZ_CASES sets the requests per
 * route (default 20).
 */

const SEED = fuzzSeed(20251210);
const CASES_PER_ROUTE = Number(process.env.FUZZ_CASES ?? 20);
const PASSWORD = 'correct horse battery staple';
const BASE = 'http://news.test';

/** Routes that are not fuzzed, each with the reason. */
const EXCLUDED: Record<string, string> = {};

interface Identity {
  name: string;
  role: Role | null;
  email?: string;
  userId?: string;
  cookie?: string;
  csrf?: string;
}

interface Spec {
  params: Record<string, JsonSchema>;
  query: { name: string; required: boolean; schema: JsonSchema }[];
  body: JsonSchema | null;
}

interface Outcome {
  route: string;
  method: string;
  url: string;
  identity: string;
  body: string;
  status: number;
  problem: string;
  error: string;
}

const GENERIC_QUERY = [
  'page',
  'q',
  'to',
  'from',
  'section',
  'back',
  'after',
  'done',
  'key',
  'cursor',
  'limit',
  'fields',
  'language',
  'tag',
  'filename',
  'alt',
  'code',
];
const GENERIC_FORM = ['email', 'name', 'password', 'current', 'next', 'role', 'code', 'token', 'after', 'q'];
const routeKey = (r: { method: string; url: string }) => `${r.method} ${r.url}`;
const isApi = (path: string) => /^\/(api\/v1|api\/views|admin\/api)(\/|$)/.test(path);
const short = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n)}…(${s.length})` : s);

/** The OpenAPI documents' operations by route (`GET /admin/api/articles/:id`). */
function specsOf(
  docs: { paths: Record<string, Record<string, Record<string, unknown>>> }[],
): Map<string, Spec> {
  const specs = new Map<string, Spec>();
  for (const doc of docs) {
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const parameters = (op.parameters ?? []) as {
          name: string;
          in: string;
          required: boolean;
          schema: JsonSchema;
        }[];
        const body = (op.requestBody as { content?: Record<string, { schema: JsonSchema }> } | undefined)
          ?.content?.['application/json']?.schema;
        specs.set(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`, {
          params: Object.fromEntries(
            parameters.filter((p) => p.in === 'path').map((p) => [p.name, p.schema]),
          ),
          query: parameters.filter((p) => p.in === 'query'),
          body: body ?? null,
        });
      }
    }
  }
  return specs;
}

/** Same-site paths in a page, feed or JSON answer (links, form actions, sitemap locations, API urls). */
function pathsIn(text: string): string[] {
  const found = new Set<string>();
  const re = /(?:href|action|src)="(\/[^"#]*)"|<loc>([^<]+)<\/loc>|"(?:url|previewUrl|publicUrl)":"([^"]+)"/g;
  for (const m of text.matchAll(re)) {
    const raw = (m[1] ?? m[2] ?? m[3] ?? '').replace(/&amp;/g, '&');
    const path = raw.startsWith(BASE) ? raw.slice(BASE.length) : raw;
    if (path.startsWith('/') && !path.startsWith('//')) found.add(path);
  }
  return [...found];
}

describe.each(dialects)(`fuzzing every input on %s (seed ${SEED})`, (dialect) => {
  let app: TestApp;
  const mail = new MemoryMailTransport();
  const logged: { msg: string; err?: { type?: string; message?: string; stack?: string } }[] = [];
  const backgroundErrors: string[] = [];
  const processErrors: string[] = [];
  const identities = new Map<string, Identity>();
  /** Values seen for each path parameter, and whole parameter sets per route (from real links). */
  const pools = new Map<string, Set<string>>();
  const paramSets = new Map<string, Record<string, string>[]>();
  /** Query strings of real links, per route (the language switcher's ?to=, a search's ?q=…). */
  const queries = new Map<string, Record<string, string>[]>();
  let specs = new Map<string, Spec>();
  let apiKey = '';
  let png: Buffer;
  let routes: RegisteredRoute[];

  const onProcessError = (e: unknown) => processErrors.push(String((e as Error)?.stack ?? e));

  const inject = (opts: InjectOptions) => app.server.inject(opts);
  const as = (who: string) => {
    const i = identities.get(who)!;
    return { cookie: i.cookie!, 'x-csrf-token': i.csrf! };
  };
  async function signIn(identity: Identity) {
    const s = await app.container.accounts.signIn(identity.email!, PASSWORD);
    identity.cookie = `nd_session=${s.token}`;
    identity.csrf = s.csrf;
  }
  function addPool(name: string, value: string) {
    if (!pools.has(name)) pools.set(name, new Set());
    pools.get(name)!.add(value);
  }
  /** Which registered route a concrete path reaches, by the app's own router. */
  function routeOf(method: string, path: string): RegisteredRoute | null {
    const found = app.server.findRoute({ method: method as 'GET', url: path });
    if (!found) return null;
    const params = found.params as Record<string, string>;
    let decoded = path;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      /* keep it raw */
    }
    return (
      routes.find(
        (r) =>
          r.method === method &&
          r.url
            .replace(/:(\w+)/g, (_m, n: string) => params[n] ?? `:${n}`)
            .replace(/\*$/, params['*'] ?? '*') === decoded,
      ) ?? null
    );
  }
  function harvest(text: string) {
    const ids = [...identities.values()].map((i) => i.userId).filter(Boolean);
    for (const link of pathsIn(text)) {
      const [path, search] = [
        link.split('?')[0]!,
        link.includes('?') ? link.slice(link.indexOf('?') + 1) : '',
      ];
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
        const route = routeOf(method, path);
        if (!route) continue;
        const params = app.server.findRoute({ method: method as 'GET', url: path })!.params as Record<
          string,
          string
        >;
        // Never aim the fuzz at the accounts it signs in with (it would disable or demote them).
        if (Object.values(params).some((v) => ids.includes(v))) continue;
        for (const [name, value] of Object.entries(params)) addPool(name, value);
        const sets = paramSets.get(routeKey(route)) ?? [];
        if (!sets.some((x) => JSON.stringify(x) === JSON.stringify(params))) sets.push(params);
        paramSets.set(routeKey(route), sets);
        if (search) {
          const q = Object.fromEntries(new URLSearchParams(search));
          const list = queries.get(routeKey(route)) ?? [];
          if (!list.some((x) => JSON.stringify(x) === JSON.stringify(q))) list.push(q);
          queries.set(routeKey(route), list);
        }
      }
    }
  }
  async function crawl(url: string, headers: Record<string, string> = {}) {
    const res = await inject({ method: 'GET', url, headers });
    harvest(res.body);
    return res;
  }

  beforeAll(async () => {
    process.on('uncaughtException', onProcessError);
    process.on('unhandledRejection', onProcessError);
    app = await createTestApp(
      dialect,
      { demo: true, logLevel: 'error' },
      {
        mail,
        logger: {
          level: 'error',
          stream: { write: (line: string) => logged.push(JSON.parse(line) as (typeof logged)[number]) },
        },
        onEventError: (err) => backgroundErrors.push(`outbox: ${(err as Error)?.stack ?? String(err)}`),
      },
    );
    routes = app.routes;
    png = await sharp({ create: { width: 8, height: 6, channels: 3, background: '#c33' } })
      .png()
      .toBuffer();
  });
  afterAll(async () => {
    process.off('uncaughtException', onProcessError);
    process.off('unhandledRejection', onProcessError);
    await app?.dispose();
  });

  /** Builds one request for a route: path, query, identity, headers, body. */
  async function buildCase(route: RegisteredRoute, rand: Random, plain: boolean) {
    const key = routeKey(route);
    const spec = specs.get(key);
    const isAdmin = route.url.startsWith('/admin');
    const access = route.access as 'public' | Permission | undefined;
    const set = paramSets.get(key);
    const allPool = [...[...pools.values()].flatMap((s) => [...s]), 'no-such-thing'];
    let chosen: Record<string, string> = {};
    let path = '';
    // The plain request must reach its route: values from a real link to it, else tried until one does.
    for (let attempt = 0; attempt < (plain ? 50 : 1); attempt++) {
      chosen = set?.length && (plain || rand.chance(0.7)) ? { ...rand.pick(set) } : {};
      path = route.url
        .replace(/:(\w+)/g, (_m, name: string) => {
          const documented = spec?.params[name];
          const known =
            chosen[name] ??
            (pools.has(name)
              ? rand.pick([...pools.get(name)!])
              : documented
                ? String(sample(documented, rand, () => undefined))
                : undefined);
          const r = rand.next();
          chosen[name] = plain || r < 0.5 ? (known ?? rand.pick(allPool)) : '';
          if (chosen[name]) return encode(chosen[name]);
          if (r < 0.7 && known)
            return rand.chance(0.5)
              ? encode(spoil(known, rand).slice(0, 3000))
              : `${encode(known)}${rand.pick(rawSegments)}`;
          return hostileSegment(rand);
        })
        .replace(/\*$/, () => {
          const known = chosen['*'] ?? (pools.has('*') ? rand.pick([...pools.get('*')!]) : 'x');
          return plain || rand.chance(0.5) ? known : `${hostileSegment(rand)}/${hostileSegment(rand)}`;
        });
      if (!plain || routeOf(route.method, path) === route) break;
    }

    // The version an article is at, so saves and workflow moves get past the CONFLICT check.
    const version = chosen.id ? ((await app.container.reader.byId(chosen.id))?.version ?? null) : null;
    // Query: the documented parameters with valid values, some of them made hostile; else generic names.
    const hints: Hints = (name, r) => {
      if (name === 'language' || name === 'lang')
        return r.chance(0.8) ? r.pick(['en', 'az', 'ru']) : undefined;
      if (name === 'sectionSlug' || name === 'section')
        return r.pick([...(pools.get('section') ?? ['world'])]);
      if (name === 'version') return version ?? r.int(1, 3);
      if (name === 'articleId') return r.pick([...(pools.get('articleId') ?? ['x'])]);
      if (name === 'scheduledAt') return r.pick(['2031-01-01T09:00:00Z', '2020-01-01T00:00:00+04:00']);
      return undefined;
    };
    const query: string[] = [];
    if (!plain) {
      const real = queries.get(key);
      if (real?.length && rand.chance(0.5)) {
        // A real link's query, with values made hostile (a prefix check still passes).
        for (const [name, value] of Object.entries(rand.pick(real))) {
          const v = rand.chance(0.6) ? spoil(value, rand) : value;
          query.push(
            `${encode(name)}=${rand.chance(0.2) ? `${encode(value)}${rand.pick(rawSegments)}` : encode(v.slice(0, 3000))}`,
          );
        }
      } else if (spec?.query.length) {
        for (const q of spec.query) {
          if (!q.required && !rand.chance(0.5)) continue;
          const v = rand.chance(0.6) ? sample(q.schema, rand, hints, q.name) : hostileValue(rand);
          query.push(
            `${encode(q.name)}=${typeof v === 'string' ? encode(v.slice(0, 3000)) : encode(JSON.stringify(v)?.slice(0, 3000) ?? '')}`,
          );
        }
      } else if (rand.chance(0.7)) {
        for (let i = rand.int(1, 3); i > 0; i--) {
          const name = rand.pick(GENERIC_QUERY);
          query.push(
            `${name}=${rand.chance(0.4) ? rand.pick(rawSegments) : encode(hostileString(rand).slice(0, 3000))}`,
          );
        }
      }
      if (rand.chance(0.1))
        query.push(`${rand.pick(GENERIC_QUERY)}=1&${rand.pick(GENERIC_QUERY)}=2&page=1&page=x`);
      if (rand.chance(0.05)) query.push(`${rand.pick(rawSegments)}=${rand.pick(rawSegments)}`);
    }

    // Who asks: mostly a role allowed to, so the handler runs; sometimes one that is not, or nobody.
    let identity: Identity = identities.get('anonymous')!;
    if (isAdmin && access && access !== 'public') {
      const allowed = roles.filter((r) => can(r, access));
      const r = rand.next();
      const role = plain || r < 0.8 ? rand.pick(allowed) : r < 0.9 ? rand.pick(roles) : null;
      identity = identities.get(role ?? 'anonymous') ?? identities.get('anonymous')!;
    } else if (isAdmin && identities.size > 1 && rand.chance(0.2))
      identity = identities.get(rand.pick(roles))!;

    const headers: Record<string, string> = {};
    const cookies: string[] = [];
    if (identity.cookie) cookies.push(identity.cookie);
    const csrf =
      identity.csrf && (plain || rand.chance(0.9)) ? identity.csrf : rand.chance(0.5) ? 'wrong' : '';
    if (route.method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
    // Forms before sign-in: a double-submit token, cookie and field alike.
    const preCsrf = `pre${rand.int(1e6, 9e6)}`;
    if (isAdmin && access === 'public' && route.method === 'POST') cookies.push(`nd_csrf=${preCsrf}`);
    if (route.url.startsWith('/api/v1')) {
      const r = rand.next();
      if (plain || r < 0.85) headers.authorization = `Bearer ${apiKey}`;
      else if (r < 0.93) query.push(`key=${encode(apiKey)}`);
      else headers.authorization = `Bearer ${encode(hostileString(rand).slice(0, 500))}`;
    }
    if (!plain && rand.chance(0.15)) {
      const h = rand.next();
      if (h < 0.3)
        headers['accept-language'] = rand.pick([
          'az-Latn-AZ,az;q=0.9',
          '*',
          'xx;q=abc',
          ';;,,',
          'en;q=1e999',
          'a'.repeat(4000),
        ]);
      else if (h < 0.6)
        cookies.push(`${rand.pick(['nd_lang', 'nd_admin_lang', 'nd_session'])}=${rand.pick(rawSegments)}`);
      else if (h < 0.8)
        headers['if-none-match'] = rand.pick(['*', 'W/"x"', '"', encode(hostileString(rand)).slice(0, 2000)]);
      else headers.accept = rand.pick(['application/json', 'text/html;q=0', '*/*;q=abc']);
    }
    if (cookies.length) headers.cookie = cookies.join('; ');

    // Body.
    let payload: string | Buffer | undefined;
    let bodyNote = '';
    if (route.method !== 'GET' && route.method !== 'DELETE' && route.method !== 'OPTIONS') {
      const r = plain ? 0 : rand.next();
      const form = (fields: Record<string, string>) =>
        Object.entries(fields)
          .map(([k, v]) => `${encode(k)}=${v}`)
          .join('&');
      const formFields = () => {
        const fields: Record<string, string> = {};
        for (const name of GENERIC_FORM) {
          if (rand.chance(0.6))
            fields[name] = rand.chance(0.2)
              ? rand.pick(rawSegments)
              : encode(hostileString(rand).slice(0, 70_000));
        }
        if (rand.chance(0.3))
          fields.email = encode(rand.pick(['victim@example.com', 'x@example.com', 'not-an-address']));
        if (rand.chance(0.3)) fields.password = encode(rand.pick(['a long enough password', PASSWORD]));
        if (rand.chance(0.3)) fields.role = rand.pick([...roles, 'boss']);
        const token = identity.csrf ?? preCsrf;
        if (plain || rand.chance(0.9)) fields._csrf = encode(token);
        return fields;
      };
      if (spec?.body && r < 0.7) {
        let value = sample(spec.body, rand, hints);
        for (let i = plain ? 0 : rand.int(0, 2); i > 0; i--) value = mutate(value, rand);
        payload = JSON.stringify(value);
        headers['content-type'] = 'application/json';
      } else if (!spec?.body && r < 0.6) {
        payload = form(formFields());
        headers['content-type'] = 'application/x-www-form-urlencoded';
      } else {
        const kinds: (() => [string, string | Buffer])[] = [
          () => ['application/json', JSON.stringify(hostileValue(rand))],
          () => [
            'application/json',
            rand.pick(['{"a":', '[', '{"a":1}}', 'nul', '{"__proto__":{"x":1}}', '\uFEFF{}', '']),
          ],
          () => [
            'application/json',
            Buffer.concat([
              Buffer.from('{"headline":"'),
              Buffer.from([0xff, 0xfe, 0xc0, 0x80]),
              Buffer.from('"}'),
            ]),
          ],
          () => ['application/json; charset=utf-16le', Buffer.from('{"a":1}', 'utf16le')],
          () => ['application/json', JSON.stringify({ big: 'x'.repeat(1_100_000) })],
          () => ['text/plain', hostileString(rand)],
          () => [
            'application/x-www-form-urlencoded',
            `${rand.pick(rawSegments)}=${rand.pick(rawSegments)}&a[b]=1&a=2&a=3&_csrf=${encode(identity.csrf ?? preCsrf)}`,
          ],
          () => ['application/x-www-form-urlencoded', `email=${'x'.repeat(70_000)}`],
          () => [
            'multipart/form-data; boundary=zz',
            '--zz\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--zz--',
          ],
          () => [
            'application/xml',
            '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
          ],
          () => [rand.pick(['image/png', 'image/jpeg', 'image/svg+xml']), png],
          () => ['image/png', Buffer.concat([png.subarray(0, 33), Buffer.alloc(64)])],
          () => ['image/png', Buffer.from(Array.from({ length: 256 }, () => rand.int(0, 255)))],
          () => ['image/png', Buffer.alloc(0)],
          () => ['', 'x=1'],
        ];
        const [type, body] = rand.pick(kinds)();
        if (type) headers['content-type'] = type;
        payload = body;
      }
      // The upload takes the image itself as its body, which the document cannot describe as JSON.
      if (route.url === '/admin/api/media' && route.method === 'POST' && (plain || rand.chance(0.5))) {
        headers['content-type'] = 'image/png';
        payload = png;
      }
      bodyNote = short(
        typeof payload === 'string'
          ? `${headers['content-type'] ?? ''} ${payload}`
          : `${headers['content-type'] ?? ''} <${payload?.length} bytes>`,
      );
    }
    const url = `${path}${query.length ? `?${query.join('&')}` : ''}`;
    const method = !plain && route.method === 'GET' && rand.chance(0.05) ? 'HEAD' : route.method;
    return {
      identity,
      opts: {
        method: method as InjectOptions['method'],
        url: url.length > 12_000 ? url.slice(0, 12_000) : url,
        headers,
        remoteAddress: `198.51.${rand.int(0, 255)}.${rand.int(1, 254)}`,
        ...(payload !== undefined ? { payload } : {}),
      } satisfies InjectOptions,
      bodyNote,
    };
  }

  /** What is wrong with an answer (empty when nothing is). */
  function problemWith(url: string, res: LightMyRequestResponse): string {
    if (res.statusCode >= 500) return `status ${res.statusCode}`;
    if (res.statusCode < 200) return `status ${res.statusCode}`;
    const type = String(res.headers['content-type'] ?? '');
    // The path as it reached the router (inject resolves dot segments like a browser would).
    const path = new URL(url, BASE).pathname;
    if (res.statusCode >= 400 && (isApi(path) || type.startsWith('application/json'))) {
      if (!type.startsWith('application/json')) return `error answer is ${type || 'untyped'}, not JSON`;
      if (!res.body) return '';
      const body = res.json() as { error?: { code?: string; message?: string } };
      const code = body.error?.code as keyof typeof errorCatalog | undefined;
      if (!code || !(code in errorCatalog)) return `error code ${String(code)} is not in the catalog`;
      if (errorCatalog[code].status !== res.statusCode) return `${code} answered with ${res.statusCode}`;
      if (typeof body.error?.message !== 'string') return 'error without a message';
    }
    return '';
  }

  const outcomes: Outcome[] = [];
  const rand = new Random(SEED);

  /** Sends one request of a route and records what came back (and what the server logged). */
  async function send(route: RegisteredRoute, plain: boolean) {
    const c = await buildCase(route, rand, plain);
    logged.length = 0;
    const res = await inject(c.opts);
    record(routeKey(route), c.opts.method!, c.opts.url, c.identity.name, c.bodyNote, res);
    // A request that ended a session (sign-out, a password change) does not end the fuzzing.
    if (
      c.identity.email &&
      c.opts.method !== 'GET' &&
      !(await app.container.accounts.session(c.identity.cookie!.slice('nd_session='.length)))
    )
      await signIn(c.identity);
    return res;
  }
  function record(
    route: string,
    method: string,
    url: string,
    identity: string,
    body: string,
    res: LightMyRequestResponse,
  ) {
    const error = logged
      .filter((l) => l.err)
      .map(
        (l) =>
          `${l.err!.type}: ${l.err!.message}\n${(l.err!.stack ?? '').split('\n').slice(1, 6).join('\n')}`,
      )
      .join('\n---\n');
    outcomes.push({
      route,
      method,
      url,
      identity,
      body,
      status: res.statusCode,
      problem: problemWith(url, res),
      error,
    });
  }
  async function background() {
    await app.container.events.dispatchPending(500);
    await app.container.writer
      .publishDue()
      .catch((e: unknown) => backgroundErrors.push(`publishDue: ${(e as Error).stack}`));
    await app.container.analysis
      .analyzeMissing(500)
      .catch((e: unknown) => backgroundErrors.push(`analyzeMissing: ${(e as Error).stack}`));
  }

  /** The fixtures: accounts of every role, content of every kind, and the real links that lead to it. */
  async function prepare() {
    identities.set('anonymous', { name: 'anonymous', role: null });
    // The empty site first: only there does the setup form do anything real.
    for (const route of routes.filter((r) => r.access === 'public' && !EXCLUDED[routeKey(r)]))
      for (let i = 0; i < 3; i++) await send(route, i === 0);

    for (const role of roles) {
      const email = `fuzz-${role}@example.com`;
      const user = await app.container.accounts.createUser(
        { email, name: `Fuzz ${role}`, role, password: PASSWORD },
        null,
      );
      const identity: Identity = { name: role, role, email, userId: user.id };
      await signIn(identity);
      identities.set(role, identity);
    }
    await app.container.accounts.createUser(
      { email: 'victim@example.com', name: 'Victim', role: 'contributor', password: PASSWORD },
      null,
    );
    // Bodies and query parameters as the two APIs document them.
    specs = specsOf([
      (await inject({ url: '/api/v1/openapi.json' })).json(),
      (await inject({ url: '/admin/api/openapi.json', headers: { cookie: as('editor').cookie } })).json(),
    ]);
    expect(specs.size).toBeGreaterThan(20);
    apiKey = (await app.container.apiKeys.create({ name: 'fuzz', rateLimit: 100_000 })).key;
    const invite = await app.container.accounts.invite(
      { email: 'invited@example.com', name: 'Invited', role: 'author' },
      identities.get('admin')!.userId!,
    );
    await app.container.accounts.requestPasswordReset('victim@example.com');
    await app.container.accounts.mailSettled();
    harvest(
      [invite.link, ...mail.sent.map((m) => /https?:\/\/\S+\/admin\/\S+/.exec(m.text)?.[0] ?? '')]
        .map((l) => `href="${l.replace(BASE, '')}"`)
        .join(' '),
    );
    await background();

    const media = await inject({
      method: 'POST',
      url: '/admin/api/media?filename=red.png&alt=Red',
      headers: { ...as('editor'), 'content-type': 'image/png' },
      payload: png,
    });
    expect(media.statusCode, media.body).toBe(201);
    harvest(media.body);
    const draft = await inject({
      method: 'POST',
      url: '/admin/api/articles',
      headers: as('contributor'),
      payload: {
        language: 'en',
        headline: 'A contributor’s draft',
        sectionSlug: 'world',
        body: [{ type: 'paragraph', content: [{ text: 'Text.' }] }],
      },
    });
    expect(draft.statusCode, draft.body).toBe(201);
    harvest(draft.body);

    // Stored hostile content, which every page, feed and API answer must render without failing.
    const stored: string[] = [];
    for (let i = 0; i < 6; i++) {
      // Half without NUL and lone surrogates (refused on every input), so the rest of the odd text
      // is stored and rendered; the other half must be refused with a 400.
      const valid = (t: string) =>
        t
          .replaceAll('\u0000', '')
          .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
      const text = (n: number) => (i < 3 ? valid(oddText(rand, n)) : oddText(rand, n)).trim() || 'x';
      const payload = {
        language: rand.pick(['en', 'az', 'ru']),
        headline: text(120),
        standfirst: text(300),
        sectionSlug: rand.pick(['world', 'politics', 'economy']),
        tags: [text(40), text(20)],
        authors: [{ name: text(60), role: text(30) }],
        sources: [
          { outlet: text(50), citing: text(50), url: rand.pick(['https://example.com/a?b=<c>&d="e"', null]) },
        ],
        featuredImage: rand.pick([
          {
            src: 'https://images.example.com/a%20b.jpg?w=1&h=2',
            alt: text(80),
            caption: text(80),
            credit: text(30),
          },
          { src: '/media/does-not-exist/original.jpg', alt: text(40) },
          null,
        ]),
        breaking: rand.chance(0.3),
        body: [
          {
            type: 'paragraph',
            content: [
              { text: text(400) },
              { text: text(30), bold: true, href: 'https://example.com/?q=<x>' },
            ],
          },
          { type: 'heading', level: 2, content: [{ text: text(60) }] },
          { type: 'quote', content: [{ text: text(200) }], cite: text(40) },
          { type: 'list', ordered: true, items: [[{ text: text(50) }], [{ text: text(50), italic: true }]] },
          {
            type: 'image',
            src: rand.pick(['https://images.example.com/b.png', '/media/x/640.webp']),
            alt: text(50),
            caption: text(50),
          },
          {
            type: 'embed',
            provider: 'youtube',
            url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
            caption: text(40),
          },
        ],
      };
      logged.length = 0;
      const res = await inject({
        method: 'POST',
        url: '/admin/api/articles',
        headers: as('editor'),
        payload,
      });
      record(
        'POST /admin/api/articles',
        'POST',
        '/admin/api/articles',
        'editor',
        `stored hostile article ${short(JSON.stringify(payload))}`,
        res,
      );
      if (res.statusCode !== 201) continue;
      const created = res.json().data as { id: string; version: number };
      harvest(res.body);
      logged.length = 0;
      const published = await inject({
        method: 'POST',
        url: `/admin/api/articles/${created.id}/transitions`,
        headers: as('editor'),
        payload: { action: 'publish', version: created.version },
      });
      record(
        'POST /admin/api/articles/:id/transitions',
        'POST',
        `/admin/api/articles/${created.id}/transitions`,
        'editor',
        'publish',
        published,
      );
      if (published.statusCode === 200) stored.push(created.id);
      harvest(published.body);
    }
    expect(stored.length, 'hostile but valid articles were stored and published').toBeGreaterThanOrEqual(3);
    for (const id of stored) addPool('articleId', id);
    await background();
    const correction = await inject({
      method: 'POST',
      url: `/admin/api/articles/${stored[0]}/analysis/corrections`,
      headers: as('editor'),
      payload: { op: 'add-person', name: 'Fuzz Person', role: null },
    });
    expect(correction.statusCode, correction.body).toBe(201);
    for (const c of (correction.json().data as { corrections: { id: string }[] }).corrections)
      addPool('correctionId', c.id);
    for (const v of ['1', '2', '3']) {
      addPool('version', v);
      addPool('revision', v);
    }
    // Real links, as a reader, a partner and an editor find them.
    for (const url of ['/en/', '/az/', '/ru/', '/sitemaps/pages.xml', '/robots.txt', '/en/latest/'])
      await crawl(url);
    for (const url of (await crawl('/sitemap.xml')).body.match(/\/sitemaps\/articles-[\d-]+\.xml/g) ?? [])
      await crawl(url);
    for (const url of ['/api/v1/articles?limit=100', '/api/v1/sections', '/api/v1/tags', '/api/v1/authors'])
      await crawl(url, { authorization: `Bearer ${apiKey}` });
    for (const p of (paramSets.get('GET /:lang/:section/:slug') ?? []).slice(0, 12))
      await crawl(`/${p.lang}/${encode(p.section!)}/${encode(p.slug!)}`);
    for (const url of [
      '/admin/articles',
      '/admin/users',
      '/admin/audit',
      '/admin/api/articles',
      '/admin/api/media',
    ])
      await crawl(url, { cookie: as('admin').cookie });
  }

  it('fuzzes every route the app registers, or names why not', async () => {
    await prepare();
    expect(
      Object.keys(EXCLUDED).filter((k) => !routes.some((r) => routeKey(r) === k)),
      'excluded routes that do not exist',
    ).toEqual([]);
    for (const [key, reason] of Object.entries(EXCLUDED)) expect(reason, key).toMatch(/\w{10,}/);
    // Each route's plain request (real values from real links) reaches that route: the fuzz of it is not all 404s.
    const unreached: string[] = [];
    for (const route of routes) {
      if (EXCLUDED[routeKey(route)]) continue;
      const c = await buildCase(route, new Random(SEED), true);
      if (routeOf(route.method, c.opts.url.split('?')[0]!) !== route)
        unreached.push(`${routeKey(route)} ← ${c.opts.url}`);
    }
    expect(
      unreached,
      'routes the fuzz cannot reach: give them real values or exclude them with a reason',
    ).toEqual([]);
  });

  it('answers hostile input with 2xx/3xx/4xx only, and the process stays up', async ({ annotate }) => {
    expect(identities.size, 'the first test prepared the fixtures').toBe(roles.length + 1);
    // Every route, in a seeded order, CASES_PER_ROUTE times (the first request of each is the plain one).
    const work = routes
      .filter((r) => !EXCLUDED[routeKey(r)])
      .flatMap((r) => Array.from({ length: CASES_PER_ROUTE }, (_v, i) => ({ route: r, plain: i === 0 })));
    rand.shuffle(work);
    let n = 0;
    for (const w of work) {
      await send(w.route, w.plain);
      // The background work a real process does after writes (outbox, analysis, scheduled publishing).
      if (++n % 250 === 0) await background();
    }
    await background();
    // The stored content once more, after everything the fuzz wrote.
    for (const url of [
      '/en/',
      '/az/',
      '/ru/',
      '/en/feed.xml',
      '/az/atom.xml',
      '/ru/feed.json',
      '/feed.xml',
      '/atom.xml',
      '/feed.json',
      '/sitemap.xml',
      '/sitemaps/pages.xml',
      '/sitemaps/news.xml',
      '/api/v1/articles?limit=100&fields=id,headline,body,url,featuredImage,tags,authors,sources',
    ]) {
      const route = routeOf('GET', url.split('?')[0]!);
      logged.length = 0;
      const res = await inject({ url, headers: { authorization: `Bearer ${apiKey}` } });
      record(route ? routeKey(route) : `GET ${url}`, 'GET', url, 'anonymous', 'after the fuzz', res);
    }

    if (process.env.FUZZ_VERBOSE) {
      const counts = new Map<string, Record<string, number>>();
      for (const o of outcomes) {
        const c = counts.get(o.route) ?? {};
        c[o.status] = (c[o.status] ?? 0) + 1;
        counts.set(o.route, c);
      }
      await annotate([...counts.entries()].map(([r, c]) => `${r} ${JSON.stringify(c)}`).join('\n'));
    }
    const failures = outcomes.filter((x) => x.problem);
    const grouped = new Map<string, Outcome[]>();
    for (const f of failures)
      grouped.set(`${f.route}: ${f.problem}`, [...(grouped.get(`${f.route}: ${f.problem}`) ?? []), f]);
    const report = [...grouped.entries()].map(([k, list]) => {
      const e = list[0]!;
      return `${k} ×${list.length}\n  e.g. ${e.method} ${short(e.url, 300)} as ${e.identity}${e.body ? `, body ${e.body}` : ''}\n  ${e.error.split('\n').join('\n  ')}`;
    });
    expect(report, `seed ${SEED} (FUZZ_SEED=${SEED} repeats this run); ${outcomes.length} requests`).toEqual(
      [],
    );
    expect(backgroundErrors, `seed ${SEED}`).toEqual([]);

    // Still alive: probes, a page, both APIs, and nothing thrown outside a request.
    expect((await inject({ url: '/healthz' })).statusCode).toBe(200);
    expect((await inject({ url: '/readyz' })).statusCode).toBe(200);
    expect((await inject({ url: '/en/' })).statusCode).toBe(200);
    expect(
      (await inject({ url: '/api/v1/articles', headers: { authorization: `Bearer ${apiKey}` } })).statusCode,
    ).toBe(200);
    expect((await inject({ url: '/admin/api/me', headers: { cookie: as('admin').cookie } })).statusCode).toBe(
      200,
    );
    expect(processErrors, `seed ${SEED}`).toEqual([]);
  }, 240_000);
});
