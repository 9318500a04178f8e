import type { ChildNode, Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { xssVectors } from '../fixtures/xss-vectors.ts';
import { createTestApp, type TestApp } from '../utils/app.ts';
import { dialects } from '../utils/databases.ts';
import { errorAnswer } from '../utils/error-answer.ts';
import { ifStarted } from '../utils/if-started.ts';
import { runCli } from '../../src/cli/program.ts';
import { editorArticleSchema } from '../../src/contract/articles.ts';
import { dataOf } from '../../src/contract/wire.ts';

const PASSWORD = 'correct horse battery staple';
const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formaction',
  'data',
  'background',
  'poster',
  'srcset',
  'xlink:href',
];

/** The article an admin API answer carries. */
const articleIn = (json: unknown) => dataOf(editorArticleSchema).parse(json).data;

/** The fields an error answer names. */
const issueFields = (json: unknown) => errorAnswer.parse(json).error.issues?.map((i) => i.field) ?? [];

/** The text inside an element (a script's code, structured data), if its first child has any. */
const firstText = (el: Element): string | undefined => {
  const first = el.children[0];
  return first && 'data' in first ? first.data : undefined;
};

/** Everything in a page that could run script, other than the site's own scripts. */
function dangers(html: string, ownScripts: Set<string>): string[] {
  const found: string[] = [];
  const walk = (nodes: ChildNode[]) => {
    for (const el of nodes) {
      if (!DomUtils.isTag(el)) continue;
      const name = el.name.toLowerCase();
      if (name === 'script' && el.attribs.type === 'application/ld+json') {
        // Structured data is not run, but a "<" inside could close the element early.
        const text = firstText(el) ?? '';
        if (text.includes('<')) found.push('structured data with a raw "<"');
      } else if (name === 'script') {
        const key = el.attribs.src ?? firstText(el) ?? '';
        if (!ownScripts.has(key)) found.push(`script ${key.slice(0, 60)}`);
      }
      if (
        [
          'object',
          'embed',
          'applet',
          'base',
          'frame',
          'frameset',
          'svg',
          'math',
          'form',
          'input',
          'button',
        ].includes(name) &&
        !ownScripts.has(`tag:${name}`)
      )
        found.push(`<${name}>`);
      if (name === 'iframe' && !/^https:\/\/www\.youtube-nocookie\.com\/embed\//.test(el.attribs.src ?? ''))
        found.push(`iframe ${el.attribs.src}`);
      if (name === 'meta' && /refresh|link/i.test(el.attribs['http-equiv'] ?? '')) found.push('meta refresh');
      for (const [attr, value] of Object.entries(el.attribs)) {
        if (/^on/i.test(attr)) found.push(`${name}[${attr}]`);
        if (attr === 'style' && /expression|url\(|binding/i.test(value))
          found.push(`${name}[style=${value}]`);
        // Browsers ignore whitespace and control characters inside a scheme.
        const compact = Array.from(value)
          .filter((ch) => ch.charCodeAt(0) > 0x20)
          .join('')
          .toLowerCase();
        if (
          URL_ATTRIBUTES.includes(attr.toLowerCase()) &&
          /^(javascript|vbscript|data:text\/html|data:image\/svg)/.test(compact.replace(/^url=/, ''))
        )
          found.push(`${name}[${attr}=${value.slice(0, 40)}]`);
        // A meta's content is inert unless the meta is an http-equiv one (refresh, link).
        if (attr === 'content' && el.attribs['http-equiv'] && /url=\s*javascript/i.test(value))
          found.push(`meta content ${value}`);
      }
      walk(el.children);
    }
  };
  walk(parseDocument(html).children);
  return found;
}

function scriptsOf(html: string): Set<string> {
  const keys = new Set<string>();
  const walk = (nodes: ChildNode[]) => {
    for (const el of nodes) {
      if (!DomUtils.isTag(el)) continue;
      if (el.name === 'script') keys.add(el.attribs.src ?? firstText(el) ?? '');
      // The site's own search form (and its button) is part of every page.
      if (['form', 'input', 'button', 'svg'].includes(el.name)) keys.add(`tag:${el.name}`);
      walk(el.children);
    }
  };
  walk(parseDocument(html).children);
  return keys;
}

describe.each(dialects)('OWASP XSS vectors through create → publish → render on %s', (dialect) => {
  let app: TestApp;
  let auth: { cookie: string; 'x-csrf-token': string };
  const api = async (method: 'POST' | 'PUT' | 'GET', url: string, payload?: Record<string, unknown>) => {
    const res = await app.server.inject({ method, url, headers: auth, ...(payload ? { payload } : {}) });
    return { status: res.statusCode, json: res.json<unknown>() };
  };

  beforeAll(async () => {
    // One editor posts every vector within a minute: far more writes than the default allows.
    app = await createTestApp(dialect, { limits: { articleSavesPerMinute: 10_000 } });
    await app.container.taxonomy.createSection({ slug: 'world', name: 'World', position: 0 });
    await app.container.accounts.createUser(
      { email: 'ed@example.com', name: 'Ed', role: 'editor', password: PASSWORD },
      null,
    );
    const s = await app.container.accounts.signIn('ed@example.com', PASSWORD);
    auth = { cookie: `nd_session=${s.token}`, 'x-csrf-token': s.csrf };
  });
  afterAll(async () => ifStarted(app)?.dispose());

  it('refuses script URLs in link fields with a message naming the field', async () => {
    for (const [field, value] of [
      ['sources', [{ outlet: 'X', citing: null, url: 'javascript:alert(1)' }]],
      ['featuredImage', { src: 'javascript:alert(1)', alt: 'x' }],
      ['featuredImage', { src: '//evil.example/x.png', alt: 'x' }],
    ] as const) {
      const res = await api('POST', '/admin/api/articles', {
        language: 'en',
        headline: 'Link field',
        sectionSlug: 'world',
        [field]: value,
      });
      expect(res.status).toBe(400);
      expect(issueFields(res.json)[0]).toMatch(new RegExp(`^${field}`));
    }
  });

  // Every vector through the editor, publish and four renders: minutes' worth on a busy machine.
  it(
    'lets none of the vectors execute on the article page, the front page, feeds or search',
    { timeout: 120_000 },
    async () => {
      const clean = articleIn(
        (
          await api('POST', '/admin/api/articles', {
            language: 'en',
            headline: 'A clean article',
            sectionSlug: 'world',
            bodyHtml: '<p>Plain.</p>',
          })
        ).json,
      );
      await api('POST', `/admin/api/articles/${clean.id}/transitions`, {
        action: 'publish',
        version: clean.version,
      });
      const own = scriptsOf((await app.server.inject({ url: `/en/world/${clean.slug}` })).body);

      const failures: string[] = [];
      for (const [i, vector] of xssVectors.entries()) {
        const created = await api('POST', '/admin/api/articles', {
          language: 'en',
          headline: `Vector ${i} ${vector}`.slice(0, 300),
          standfirst: vector.slice(0, 600),
          sectionSlug: 'world',
          sources: [{ outlet: vector.slice(0, 200), citing: vector.slice(0, 300), url: null }],
          bodyHtml: `<p>Before ${i}</p>${vector}<p>After ${i}</p>`,
        });
        expect(created.status, `vector ${i}`).toBe(201);
        let a = articleIn(created.json);
        // Images a vector smuggled in need alt text before they can be published.
        if (a.body.some((b) => b.type === 'image')) {
          const body = a.body.map((b) => (b.type === 'image' ? { ...b, alt: 'alt' } : b));
          a = articleIn((await api('PUT', `/admin/api/articles/${a.id}`, { version: a.version, body })).json);
        }
        const published = await api('POST', `/admin/api/articles/${a.id}/transitions`, {
          action: 'publish',
          version: a.version,
        });
        expect(published.status, `vector ${i}: ${JSON.stringify(published.json)}`).toBe(200);
        const page = await app.server.inject({ url: `/en/world/${articleIn(published.json).slug}` });
        expect(page.statusCode).toBe(200);
        // A vector that opens a tag and never closes it may swallow what follows; what came before stays.
        expect(page.body).toContain(`Before ${i}`);
        for (const d of dangers(page.body, own)) failures.push(`vector ${i} (${vector.slice(0, 50)}): ${d}`);
      }
      for (const url of ['/en/', '/en/world/', '/en/search?q=vector']) {
        for (const d of dangers((await app.server.inject({ url })).body, own)) failures.push(`${url}: ${d}`);
      }
      // Feeds carry the body as escaped HTML: unescaped once, as a feed reader would, it must be just as harmless.
      const json = z
        .object({ items: z.array(z.object({ content_html: z.string() })) })
        .parse((await app.server.inject({ url: '/en/feed.json' })).json());
      expect(json.items.length).toBeGreaterThan(40);
      for (const item of json.items)
        for (const d of dangers(item.content_html, new Set())) failures.push(`feed: ${d}`);
      expect(failures).toEqual([]);
    },
  );
});

/** Script, data and other dangerous schemes, as they may be typed into any URL field. */
const SCRIPT_URL = /javascript:|vbscript:|data:(?:text|image)|evil\.example/i;

describe.each(dialects)('unsafe URLs in every URL field on %s', (dialect) => {
  let app: TestApp;
  let auth: { cookie: string; 'x-csrf-token': string };
  const api = async (method: 'POST' | 'PUT' | 'GET', url: string, payload?: Record<string, unknown>) => {
    const res = await app.server.inject({ method, url, headers: auth, ...(payload ? { payload } : {}) });
    return { status: res.statusCode, json: res.json<unknown>() };
  };

  beforeAll(async () => {
    app = await createTestApp(dialect);
    await app.container.taxonomy.createSection({ slug: 'world', name: 'World', position: 0 });
    await app.container.accounts.createUser(
      { email: 'ed@example.com', name: 'Ed', role: 'editor', password: PASSWORD },
      null,
    );
    const s = await app.container.accounts.signIn('ed@example.com', PASSWORD);
    auth = { cookie: `nd_session=${s.token}`, 'x-csrf-token': s.csrf };
  });
  afterAll(async () => ifStarted(app)?.dispose());

  it('refuses them at input with a 400 naming the field: admin API create and save, services, CLI', async () => {
    const para = { type: 'paragraph', content: [{ text: 'Text' }] };
    const cases: [Record<string, unknown>, string][] = [
      [
        { body: [para, para, para, { type: 'embed', provider: 'youtube', url: 'javascript:alert(1)' }] },
        'body.3.url',
      ],
      [{ body: [{ type: 'embed', provider: 'x', url: 'https://evil.example/status/1' }] }, 'body.0.url'],
      [
        { body: [{ type: 'embed', provider: 'youtube', url: 'data:text/html,<script>alert(1)</script>' }] },
        'body.0.url',
      ],
      [
        {
          body: [{ type: 'paragraph', content: [{ text: 'a' }, { text: 'b', href: 'JaVaScRiPt:alert(1)' }] }],
        },
        'body.0.content.1.href',
      ],
      [
        { body: [{ type: 'list', ordered: false, items: [[{ text: 'b', href: 'vbscript:x' }]] }] },
        'body.0.items.0.0.href',
      ],
      [
        { body: [para, { type: 'image', src: 'data:image/svg+xml;base64,PHN2Zz4=', alt: 'x' }] },
        'body.1.src',
      ],
      [{ body: [{ type: 'image', src: '//evil.example/x.png', alt: 'x' }] }, 'body.0.src'],
      [{ featuredImage: { src: 'data:image/png;base64,iVBORw0KGgo=', alt: 'x' } }, 'featuredImage.src'],
      [{ sources: [{ outlet: 'X', citing: null, url: 'javascript:alert(1)' }] }, 'sources.0.url'],
      [{ sources: [{ outlet: 'X', citing: null, url: '/en/world/' }] }, 'sources.0.url'],
    ];
    const draft = articleIn(
      (await api('POST', '/admin/api/articles', { language: 'en', headline: 'Draft', sectionSlug: 'world' }))
        .json,
    );
    for (const [fields, field] of cases) {
      const created = await api('POST', '/admin/api/articles', {
        language: 'en',
        headline: 'URL field',
        sectionSlug: 'world',
        ...fields,
      });
      expect(created.status, field).toBe(400);
      expect(issueFields(created.json), field).toContain(field);
      const saved = await api('PUT', `/admin/api/articles/${draft.id}`, {
        version: draft.version,
        ...fields,
      });
      expect(saved.status, field).toBe(400);
      expect(issueFields(saved.json), field).toContain(field);
    }
    // Nothing was half-written.
    expect(articleIn((await api('GET', `/admin/api/articles/${draft.id}`)).json).version).toBe(draft.version);
    // Editor HTML is cut down instead: the unsafe link, image and embed never become blocks.
    const fromHtml = await api('POST', '/admin/api/articles', {
      language: 'en',
      headline: 'From HTML',
      sectionSlug: 'world',
      bodyHtml:
        '<p><a href="javascript:alert(1)">a</a> <a href="tel:+994125550000">call</a></p>' +
        '<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="x">' +
        '<div data-embed="youtube" data-url="javascript:alert(1)"></div>' +
        '<div data-embed="youtube" data-url="http://www.youtube.com/watch?v=dQw4w9WgXcQ"></div>',
    });
    expect(fromHtml.status).toBe(201);
    expect(articleIn(fromHtml.json).body).toEqual([
      { type: 'paragraph', content: [{ text: 'a ' }, { text: 'call', href: 'tel:+994125550000' }] },
      { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
    ]);
    // A person's photo (services) and a webhook target (CLI) are held to the same schemes.
    await expect(
      app.container.taxonomy.createPerson({ name: 'Photo', photoUrl: 'javascript:alert(1)' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ field: 'photoUrl' }] });
    const err: string[] = [];
    const code = await runCli(
      ['webhook', 'add', 'javascript:alert(1)'],
      async () => ({ ...app.container, migrated: [], close: async () => {} }),
      { out: () => {}, err: (l) => err.push(l) },
    );
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(/^newsdesk: url: /);
    expect(await app.container.webhooks.list()).toEqual([]);
  });

  it('never lets one planted in the database reach a page, feed, sitemap, JSON-LD, the API or a webhook', async () => {
    const hook = await app.container.webhooks.register({ url: 'https://partner.example/hook' });
    const draft = await app.container.writer.create({
      language: 'en',
      headline: 'Planted addresses',
      sectionSlug: 'world',
      body: [{ type: 'paragraph', content: [{ text: 'Good link', href: 'https://example.com/good' }] }],
      sources: [{ outlet: 'Outlet', citing: null, url: 'https://outlet.example/story' }],
    });
    // As an older version (or a direct database edit) could have stored them.
    const planted = [
      {
        type: 'paragraph',
        content: [
          { text: 'Good link', href: 'https://example.com/good' },
          { text: ' bad link', href: 'javascript:alert(1)' },
        ],
      },
      { type: 'list', ordered: false, items: [[{ text: 'item', href: 'vbscript:msgbox(1)' }]] },
      { type: 'image', src: 'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+', alt: 'svg' },
      { type: 'image', src: '//evil.example/x.png', alt: 'other site' },
      { type: 'embed', provider: 'youtube', url: 'javascript:alert(1)' },
      { type: 'embed', provider: 'x', url: 'https://evil.example/status/1' },
    ];
    const db = app.container.database.db;
    await db
      .updateTable('articles')
      .set({
        body_json: JSON.stringify(planted),
        featured_image: JSON.stringify({ src: 'javascript:alert(1)', alt: 'featured' }),
      })
      .where('id', '=', draft.id)
      .execute();
    await db
      .updateTable('article_sources')
      .set({ url: 'javascript:alert(1)' })
      .where('article_id', '=', draft.id)
      .execute();
    const a = await app.container.writer.transition(draft.id, 'publish');
    await app.container.events.dispatchPending();

    const key = (await app.container.apiKeys.create({ name: 'Partner' })).key;
    const month = a.publishedAt!.toISOString().slice(0, 7);
    const outputs: [string, string][] = [];
    for (const url of [
      `/en/world/${a.slug}`,
      '/en/',
      '/en/world/',
      '/en/feed.xml',
      '/en/atom.xml',
      '/en/feed.json',
      '/en/world/feed.xml',
      '/sitemaps/news.xml',
      `/sitemaps/articles-${month}.xml`,
      `/api/v1/articles/${a.id}?key=${key}`,
      `/api/v1/articles?fields=body,sources&key=${key}`,
    ]) {
      const res = await app.server.inject({ url });
      expect(res.statusCode, url).toBe(200);
      outputs.push([url, res.body]);
    }
    for (const [name, url] of [
      ['editor', `/admin/api/articles/${a.id}`],
      ['preview', `/admin/api/articles/${a.id}/preview`],
    ] as const) {
      const res = await app.server.inject({ url, headers: auth });
      expect(res.statusCode, name).toBe(200);
      outputs.push([name, res.body]);
    }
    const deliveries = await app.container.webhooks.deliveries(hook.id);
    expect(deliveries).toHaveLength(1);
    outputs.push(['webhook', deliveries[0]!.body]);

    for (const [where, body] of outputs) expect(body, where).not.toMatch(SCRIPT_URL);
    const page = outputs[0]![1];
    expect(dangers(page, scriptsOf(page))).toEqual([]);
    // What was safe is still there: the good link, its text, the source's name.
    expect(page).toContain('<a href="https://example.com/good" rel="noopener">Good link</a> bad link');
    expect(page).toContain('Outlet');
    const fromApi = z
      .object({ data: z.object({ body: z.unknown(), sources: z.unknown() }) })
      .parse(JSON.parse(outputs[9]![1])).data;
    expect(fromApi.body).toEqual([
      {
        type: 'paragraph',
        content: [{ text: 'Good link', href: 'https://example.com/good' }, { text: ' bad link' }],
      },
      { type: 'list', ordered: false, items: [[{ text: 'item' }]] },
    ]);
    expect(fromApi.sources).toEqual([{ outlet: 'Outlet', citing: null, url: null }]);
  });
});
