import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles } from '../../src/domain/roles.ts';
import { dialects } from '../utils/databases.ts';
import { fuzzSeed, Random } from '../utils/fuzz.ts';
import { smallPng } from './fuzz/bodies.ts';
import { prepare } from './fuzz/fixtures.ts';
import { buildCase } from './fuzz/request.ts';
import { EXCLUDED, fuzzedRoutes, routeKey } from './fuzz/routes.ts';
import { FuzzRun } from './fuzz/run.ts';
import { FuzzTarget } from './fuzz/target.ts';
import { failureReport, statusCounts } from './fuzz/verdict.ts';

/**
 * The fuzz suite: every route the app registers, public and newsroom, gets seeded hostile input
 * — odd Unicode (RTL marks, combining characters, emoji, lone surrogates, Azerbaijani and
 * Cyrillic), NUL, huge strings, wrong types, deep nesting, arrays for objects, numbers out of
 * range, malformed path escapes — as every role, with valid sessions and CSRF tokens, so the
 * newsroom's handlers are reached and not just its 401. Bodies and query parameters follow the
 * two OpenAPI documents (valid values, then mutated), so a new endpoint is fuzzed without
 * touching this file; a new route that is neither fuzzed nor excluded (fuzz/routes.ts) fails the
 * first test. The pieces live in fuzz/: the app (target), real values from its links (links),
 * the request builder (request, bodies), the fixtures and the verdict.
 *
 * Every answer must be 2xx, 3xx or 4xx; an error answer of the APIs must be JSON with a code
 * from the catalog; and the process must still be up and serving at the end.
 *
 * Reproduce a run with FUZZ_SEED=<seed> (printed on failure); FUZZ_CASES sets the requests per
 * route (default 20).
 */

const SEED = fuzzSeed(20251210);
const CASES_PER_ROUTE = Number(process.env.FUZZ_CASES ?? 20);

/** Pages, feeds and the API over the stored content once more, after everything the fuzz wrote. */
const AFTER_THE_FUZZ = [
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
];

describe.each(dialects)(`fuzzing every input on %s (seed ${SEED})`, (dialect) => {
  const target = new FuzzTarget();
  let run: FuzzRun;

  beforeAll(async () => {
    await target.start(dialect);
    run = new FuzzRun(target, new Random(SEED), await smallPng());
  });
  afterAll(async () => target.stop());

  it('fuzzes every route the app registers, or names why not', async () => {
    await prepare(run);
    expect(
      Object.keys(EXCLUDED).filter((k) => !target.routes.some((r) => routeKey(r) === k)),
      'excluded routes that do not exist',
    ).toEqual([]);
    for (const [key, reason] of Object.entries(EXCLUDED)) expect(reason, key).toMatch(/\w{10,}/);
    // Each route's plain request (real values from real links) reaches that route: the fuzz of it is not all 404s.
    const unreached: string[] = [];
    for (const route of fuzzedRoutes(target.routes)) {
      const c = await buildCase(run, route, new Random(SEED), true);
      if (target.routeOf(route.method, c.opts.url.split('?')[0]!) !== route)
        unreached.push(`${routeKey(route)} ← ${c.opts.url}`);
    }
    expect(
      unreached,
      'routes the fuzz cannot reach: give them real values or exclude them with a reason',
    ).toEqual([]);
    // Preparing signs in every role, stores content and crawls the site: seconds, more on a busy machine.
  }, 120_000);

  it('answers hostile input with 2xx/3xx/4xx only, and the process stays up', async ({ annotate }) => {
    expect(target.identities.size, 'the first test prepared the fixtures').toBe(roles.length + 1);
    // Every route, in a seeded order, CASES_PER_ROUTE times (the first request of each is the plain one).
    const work = fuzzedRoutes(target.routes).flatMap((r) =>
      Array.from({ length: CASES_PER_ROUTE }, (_v, i) => ({ route: r, plain: i === 0 })),
    );
    run.rand.shuffle(work);
    let n = 0;
    for (const w of work) {
      await run.send(w.route, w.plain);
      // The background work a real process does after writes (outbox, analysis, scheduled publishing).
      if (++n % 250 === 0) await target.background();
    }
    await target.background();
    for (const url of AFTER_THE_FUZZ) {
      const route = target.routeOf('GET', url.split('?')[0]!);
      target.logged.length = 0;
      const res = await target.inject({ url, headers: { authorization: `Bearer ${run.apiKey}` } });
      run.record(route ? routeKey(route) : `GET ${url}`, 'GET', url, 'anonymous', 'after the fuzz', res);
    }

    if (process.env.FUZZ_VERBOSE) await annotate(statusCounts(run.outcomes));
    expect(
      failureReport(run.outcomes),
      `seed ${SEED} (FUZZ_SEED=${SEED} repeats this run); ${run.outcomes.length} requests`,
    ).toEqual([]);
    expect(target.backgroundErrors, `seed ${SEED}`).toEqual([]);

    // Still alive: probes, a page, both APIs, and nothing thrown outside a request.
    expect((await target.inject({ url: '/healthz' })).statusCode).toBe(200);
    expect((await target.inject({ url: '/readyz' })).statusCode).toBe(200);
    expect((await target.inject({ url: '/en/' })).statusCode).toBe(200);
    expect(
      (await target.inject({ url: '/api/v1/articles', headers: { authorization: `Bearer ${run.apiKey}` } }))
        .statusCode,
    ).toBe(200);
    expect(
      (await target.inject({ url: '/admin/api/me', headers: { cookie: target.as('admin').cookie } }))
        .statusCode,
    ).toBe(200);
    expect(target.processErrors, `seed ${SEED}`).toEqual([]);
  }, 240_000);
});
