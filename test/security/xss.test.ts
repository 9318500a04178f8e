import type { ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xssVectors } from '../fixtures/xss-vectors.ts';
import { createTestApp, type TestApp } from '../utils/app.ts';
import { dialects } from '../utils/databases.ts';

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

/** Everything in a page that could run script, other than the site's own scripts. */
function dangers(html: string, ownScripts: Set<string>): string[] {
  const found: string[] = [];
  const walk = (nodes: ChildNode[]) => {
    for (const n of nodes) {
      if (n.type !== 'tag' && n.type !== 'script' && n.type !== 'style') continue;
      const el = n as Element;
      const name = el.name.toLowerCase();
      if (name === 'script' && el.attribs.type === 'application/ld+json') {
        // Structured data is not run, but a "<" inside could close the element early.
        const text = (el.children[0] as { data?: string } | undefined)?.data ?? '';
        if (text.includes('<')) found.push('structured data with a raw "<"');
      } else if (name === 'script') {
        const key = el.attribs.src ?? (el.children[0] as { data?: string } | undefined)?.data ?? '';
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
        const compact = [...value]
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
    for (const n of nodes) {
      if (n.type !== 'tag' && n.type !== 'script' && n.type !== 'style') continue;
      const el = n as Element;
      if (el.name === 'script')
        keys.add(el.attribs.src ?? (el.children[0] as { data?: string } | undefined)?.data ?? '');
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
    return { status: res.statusCode, json: res.json() };
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
  afterAll(async () => app?.dispose());

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
      expect(res.json.error.issues[0].field).toMatch(new RegExp(`^${field}`));
    }
  });

  it('lets none of the vectors execute on the article page, the front page, feeds or search', async () => {
    const clean = (
      await api('POST', '/admin/api/articles', {
        language: 'en',
        headline: 'A clean article',
        sectionSlug: 'world',
        bodyHtml: '<p>Plain.</p>',
      })
    ).json.data;
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
      let a = created.json.data;
      // Images a vector smuggled in need alt text before they can be published.
      if (a.body.some((b: { type: string }) => b.type === 'image')) {
        const body = a.body.map((b: { type: string }) => (b.type === 'image' ? { ...b, alt: 'alt' } : b));
        a = (await api('PUT', `/admin/api/articles/${a.id}`, { version: a.version, body })).json.data;
      }
      const published = await api('POST', `/admin/api/articles/${a.id}/transitions`, {
        action: 'publish',
        version: a.version,
      });
      expect(published.status, `vector ${i}: ${JSON.stringify(published.json)}`).toBe(200);
      const page = await app.server.inject({ url: `/en/world/${published.json.data.slug}` });
      expect(page.statusCode).toBe(200);
      // A vector that opens a tag and never closes it may swallow what follows; what came before stays.
      expect(page.body).toContain(`Before ${i}`);
      for (const d of dangers(page.body, own)) failures.push(`vector ${i} (${vector.slice(0, 50)}): ${d}`);
    }
    for (const url of ['/en/', '/en/world/', '/en/search?q=vector']) {
      for (const d of dangers((await app.server.inject({ url })).body, own)) failures.push(`${url}: ${d}`);
    }
    // Feeds carry the body as escaped HTML: unescaped once, as a feed reader would, it must be just as harmless.
    const json = (await app.server.inject({ url: '/en/feed.json' })).json() as {
      items: { content_html: string }[];
    };
    expect(json.items.length).toBeGreaterThan(40);
    for (const item of json.items)
      for (const d of dangers(item.content_html, new Set())) failures.push(`feed: ${d}`);
    expect(failures).toEqual([]);
  });
});
