/** The fuzz suite's fixtures: accounts of every role, content of every kind, and the real links to it. */
import { expect } from 'vitest';
import { z } from 'zod';
import { dataOf } from '../../../src/contract/wire.ts';
import { roles } from '../../../src/domain/roles.ts';
import { encode, oddText, type Random } from '../../utils/fuzz.ts';
import { specsOf } from './openapi.ts';
import { fuzzedRoutes } from './routes.ts';
import type { FuzzRun } from './run.ts';
import { BASE, PASSWORD, type Identity } from './target.ts';
import { short } from './verdict.ts';

/** The empty site first: only there does the setup form do anything real. */
async function fuzzTheEmptySite(run: FuzzRun) {
  run.target.identities.set('anonymous', { name: 'anonymous', role: null });
  for (const route of fuzzedRoutes(run.target.routes).filter((r) => r.access === 'public'))
    for (let i = 0; i < 3; i++) await run.send(route, i === 0);
}

/** A signed-in account per role, and one more (the victim) for the fuzz to aim at. */
async function signInEveryRole(run: FuzzRun) {
  const { target } = run;
  for (const role of roles) {
    const email = `fuzz-${role}@example.com`;
    const user = await target.app.container.accounts.createUser(
      { email, name: `Fuzz ${role}`, role, password: PASSWORD },
      null,
    );
    const identity: Identity = { name: role, role, email, userId: user.id };
    await target.signIn(identity);
    target.identities.set(role, identity);
  }
  await target.app.container.accounts.createUser(
    { email: 'victim@example.com', name: 'Victim', role: 'contributor', password: PASSWORD },
    null,
  );
}

/** The two APIs' documents, a Content API key, and the links an invitation and a reset mail carry. */
async function readDocumentsAndMail(run: FuzzRun) {
  const { target } = run;
  // Bodies and query parameters as the two APIs document them.
  run.specs = specsOf([
    (await target.inject({ url: '/api/v1/openapi.json' })).json(),
    (
      await target.inject({ url: '/admin/api/openapi.json', headers: { cookie: target.as('editor').cookie } })
    ).json(),
  ]);
  expect(run.specs.size).toBeGreaterThan(20);
  run.apiKey = (await target.app.container.apiKeys.create({ name: 'fuzz', rateLimit: 100_000 })).key;
  const invite = await target.app.container.accounts.invite(
    { email: 'invited@example.com', name: 'Invited', role: 'author' },
    target.identities.get('admin')!.userId!,
  );
  await target.app.container.accounts.requestPasswordReset('victim@example.com');
  await target.app.container.accounts.mailSettled();
  run.values.harvest(
    [invite.link, ...target.mail.sent.map((m) => /https?:\/\/\S+\/admin\/\S+/.exec(m.text)?.[0] ?? '')]
      .map((l) => `href="${l.replace(BASE, '')}"`)
      .join(' '),
  );
}

/** An uploaded image and a contributor's draft, through the newsroom API. */
async function uploadAndDraft(run: FuzzRun) {
  const { target } = run;
  const media = await target.inject({
    method: 'POST',
    url: '/admin/api/media?filename=red.png&alt=Red',
    headers: { ...target.as('editor'), 'content-type': 'image/png' },
    payload: run.png,
  });
  expect(media.statusCode, media.body).toBe(201);
  run.values.harvest(media.body);
  const draft = await target.inject({
    method: 'POST',
    url: '/admin/api/articles',
    headers: target.as('contributor'),
    payload: {
      language: 'en',
      headline: 'A contributor’s draft',
      sectionSlug: 'world',
      body: [{ type: 'paragraph', content: [{ text: 'Text.' }] }],
    },
  });
  expect(draft.statusCode, draft.body).toBe(201);
  run.values.harvest(draft.body);
}

/** Odd text without NUL and lone surrogates (refused on every input), so the rest is stored. */
const storable = (t: string) =>
  t
    .replaceAll('\u0000', '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');

/** An article body of every block type, its text from `text`. */
const hostileBlocks = (rand: Random, text: (n: number) => string) => [
  {
    type: 'paragraph',
    content: [{ text: text(400) }, { text: text(30), bold: true, href: 'https://example.com/?q=<x>' }],
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
];

/** A new article's fields, every one of odd text (storable, or with NUL and lone surrogates). */
function hostileArticle(rand: Random, valid: boolean) {
  const text = (n: number) => (valid ? storable(oddText(rand, n)) : oddText(rand, n)).trim() || 'x';
  return {
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
    body: hostileBlocks(rand, text),
  };
}

/**
 * Stored hostile content, which every page, feed and API answer must render without failing: six
 * articles, the first three storable (then published), the other three to be refused with a 400.
 */
async function storeHostileArticles(run: FuzzRun) {
  const { target } = run;
  const stored: string[] = [];
  for (let i = 0; i < 6; i++) {
    const payload = hostileArticle(run.rand, i < 3);
    target.logged.length = 0;
    const res = await target.inject({
      method: 'POST',
      url: '/admin/api/articles',
      headers: target.as('editor'),
      payload,
    });
    run.record(
      'POST /admin/api/articles',
      'POST',
      '/admin/api/articles',
      'editor',
      `stored hostile article ${short(JSON.stringify(payload))}`,
      res,
    );
    if (res.statusCode !== 201) continue;
    const created = dataOf(z.object({ id: z.string(), version: z.number() })).parse(res.json()).data;
    run.values.harvest(res.body);
    target.logged.length = 0;
    const url = `/admin/api/articles/${created.id}/transitions`;
    const published = await target.inject({
      method: 'POST',
      url,
      headers: target.as('editor'),
      payload: { action: 'publish', version: created.version },
    });
    run.record('POST /admin/api/articles/:id/transitions', 'POST', url, 'editor', 'publish', published);
    if (published.statusCode === 200) stored.push(created.id);
    run.values.harvest(published.body);
  }
  expect(stored.length, 'hostile but valid articles were stored and published').toBeGreaterThanOrEqual(3);
  return stored;
}

/** An editor's correction to an analysis, and the version and revision numbers to ask for. */
async function correctAnAnalysis(run: FuzzRun, articleId: string) {
  const correction = await run.target.inject({
    method: 'POST',
    url: `/admin/api/articles/${articleId}/analysis/corrections`,
    headers: run.target.as('editor'),
    payload: { op: 'add-person', name: 'Fuzz Person', role: null },
  });
  expect(correction.statusCode, correction.body).toBe(201);
  const corrected = dataOf(z.object({ corrections: z.array(z.object({ id: z.string() })) }));
  for (const c of corrected.parse(correction.json()).data.corrections) run.values.add('correctionId', c.id);
  for (const v of ['1', '2', '3']) {
    run.values.add('version', v);
    run.values.add('revision', v);
  }
}

/** Real links, as a reader, a partner and an editor find them. */
async function crawlRealLinks(run: FuzzRun) {
  for (const url of ['/en/', '/az/', '/ru/', '/sitemaps/pages.xml', '/robots.txt', '/en/latest/'])
    await run.crawl(url);
  for (const url of (await run.crawl('/sitemap.xml')).body.match(/\/sitemaps\/articles-[\d-]+\.xml/g) ?? [])
    await run.crawl(url);
  for (const url of ['/api/v1/articles?limit=100', '/api/v1/sections', '/api/v1/tags', '/api/v1/authors'])
    await run.crawl(url, { authorization: `Bearer ${run.apiKey}` });
  for (const p of (run.values.paramSets.get('GET /:lang/:section/:slug') ?? []).slice(0, 12))
    await run.crawl(`/${p.lang}/${encode(p.section!)}/${encode(p.slug!)}`);
  for (const url of [
    '/admin/articles',
    '/admin/users',
    '/admin/audit',
    '/admin/api/articles',
    '/admin/api/media',
    '/admin/api/settings/sections',
    '/admin/api/settings/tags',
  ])
    await run.crawl(url, { cookie: run.target.as('admin').cookie });
}

/** The fixtures, in order: each step learns the links the next ones reach. */
export async function prepare(run: FuzzRun) {
  await fuzzTheEmptySite(run);
  await signInEveryRole(run);
  await readDocumentsAndMail(run);
  await run.target.background();
  await uploadAndDraft(run);
  const stored = await storeHostileArticles(run);
  for (const id of stored) run.values.add('articleId', id);
  await run.target.background();
  await correctAnAnalysis(run, stored[0]!);
  await crawlRealLinks(run);
}
