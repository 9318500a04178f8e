/** Builds one fuzz request for a route: path, query, who asks, headers and body, all seeded. */
import type { InjectOptions } from 'fastify';
import type { RegisteredRoute } from '../../../src/app.ts';
import { can, roles, type Permission } from '../../../src/domain/roles.ts';
import {
  encode,
  hostileSegment,
  hostileString,
  hostileValue,
  rawSegments,
  sample,
  spoil,
  type Hints,
  type Random,
} from '../../utils/fuzz.ts';
import { bodyFor } from './bodies.ts';
import type { RealValues } from './links.ts';
import type { Spec } from './openapi.ts';
import { routeKey } from './routes.ts';
import type { FuzzRun } from './run.ts';

/** A value as JSON; undefined for undefined (and functions), which JSON.stringify's type leaves out. */
const jsonOf = (v: unknown): string | undefined => JSON.stringify(v);
import type { FuzzTarget, Identity } from './target.ts';

/** Query parameter names the site and the newsroom read, for routes the documents do not describe. */
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

/** The route's access rule (`public` or a permission), and whether it is the newsroom's. */
const accessOf = (route: RegisteredRoute) => ({
  isAdmin: route.url.startsWith('/admin'),
  access: route.access as 'public' | Permission | undefined,
});

/**
 * The path: parameters from a real link to the route, from values seen elsewhere or documented,
 * and (unless plain) some spoiled or replaced by hostile segments. The plain request must reach
 * its route: values from a real link to it, else tried until one does.
 */
function pathFor(run: FuzzRun, route: RegisteredRoute, spec: Spec | undefined, rand: Random, plain: boolean) {
  const { pools, paramSets } = run.values;
  const set = paramSets.get(routeKey(route));
  const allPool = [...[...pools.values()].flatMap((s) => [...s]), 'no-such-thing'];
  let chosen: Record<string, string> = {};
  let path = '';
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
    if (!plain || run.target.routeOf(route.method, path) === route) break;
  }
  return { path, chosen };
}

/** Valid values for documented parameters the schemas alone cannot give: real sections, articles, versions. */
function hintsFor(values: RealValues, version: number | null): Hints {
  return (name, r) => {
    if (name === 'language' || name === 'lang') return r.chance(0.8) ? r.pick(['en', 'az', 'ru']) : undefined;
    if (name === 'sectionSlug' || name === 'section')
      return r.pick([...(values.pools.get('section') ?? ['world'])]);
    if (name === 'version') return version ?? r.int(1, 3);
    if (name === 'articleId') return r.pick([...(values.pools.get('articleId') ?? ['x'])]);
    if (name === 'scheduledAt') return r.pick(['2031-01-01T09:00:00Z', '2020-01-01T00:00:00+04:00']);
    return undefined;
  };
}

/**
 * The query (not for the plain request): a real link's query made hostile, else the documented
 * parameters with valid values and some hostile ones, else generic names; sometimes repeated keys.
 */
function queryFor(run: FuzzRun, key: string, spec: Spec | undefined, rand: Random, hints: Hints): string[] {
  const query: string[] = [];
  const real = run.values.queries.get(key);
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
        `${encode(q.name)}=${typeof v === 'string' ? encode(v.slice(0, 3000)) : encode(jsonOf(v)?.slice(0, 3000) ?? '')}`,
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
  return query;
}

/** Who asks: mostly a role allowed to, so the handler runs; sometimes one that is not, or nobody. */
function identityFor(target: FuzzTarget, route: RegisteredRoute, rand: Random, plain: boolean): Identity {
  const { identities } = target;
  const { isAdmin, access } = accessOf(route);
  let identity: Identity = identities.get('anonymous')!;
  if (isAdmin && access && access !== 'public') {
    const allowed = roles.filter((r) => can(r, access));
    const r = rand.next();
    const role = plain || r < 0.8 ? rand.pick(allowed) : r < 0.9 ? rand.pick(roles) : null;
    identity = identities.get(role ?? 'anonymous') ?? identities.get('anonymous')!;
  } else if (isAdmin && identities.size > 1 && rand.chance(0.2)) identity = identities.get(rand.pick(roles))!;
  return identity;
}

/**
 * The headers: the session cookie, a CSRF token (right, wrong or none), a token for forms before
 * sign-in, the Content API key (in a header, or in the query, which this appends to, or spoiled),
 * and sometimes an odd Accept-Language, cookie, If-None-Match or Accept.
 */
function headersFor(
  run: FuzzRun,
  route: RegisteredRoute,
  identity: Identity,
  query: string[],
  rand: Random,
  plain: boolean,
) {
  const { isAdmin, access } = accessOf(route);
  const headers: Record<string, string> = {};
  const cookies: string[] = [];
  if (identity.cookie) cookies.push(identity.cookie);
  const csrf = identity.csrf && (plain || rand.chance(0.9)) ? identity.csrf : rand.chance(0.5) ? 'wrong' : '';
  if (route.method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
  // Forms before sign-in: a double-submit token, cookie and field alike.
  const preCsrf = `pre${rand.int(1e6, 9e6)}`;
  if (isAdmin && access === 'public' && route.method === 'POST') cookies.push(`nd_csrf=${preCsrf}`);
  if (route.url.startsWith('/api/v1')) {
    const r = rand.next();
    if (plain || r < 0.85) headers.authorization = `Bearer ${run.apiKey}`;
    else if (r < 0.93) query.push(`key=${encode(run.apiKey)}`);
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
  return { headers, preCsrf };
}

/**
 * One request for a route: its inject() options, who sends it, and a note on its body for the
 * report. The plain one (`plain`) carries real values as an allowed role, so it reaches the
 * handler; the others are drawn from `rand` and made hostile.
 */
export async function buildCase(run: FuzzRun, route: RegisteredRoute, rand: Random, plain: boolean) {
  const key = routeKey(route);
  const spec = run.specs.get(key);
  const { path, chosen } = pathFor(run, route, spec, rand, plain);
  // The version an article is at, so saves and workflow moves get past the CONFLICT check.
  const version = chosen.id
    ? ((await run.target.app.container.reader.byId(chosen.id))?.version ?? null)
    : null;
  const hints = hintsFor(run.values, version);
  const query = plain ? [] : queryFor(run, key, spec, rand, hints);
  const identity = identityFor(run.target, route, rand, plain);
  const { headers, preCsrf } = headersFor(run, route, identity, query, rand, plain);
  const { payload, bodyNote } = bodyFor(
    { route, spec, hints, headers, token: identity.csrf ?? preCsrf, png: run.png },
    rand,
    plain,
  );
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
