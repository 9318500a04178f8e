import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerErrorHandler } from '../http/errors.ts';
import { ifStarted } from '../../test/utils/if-started.ts';
import { adminAppRoutes, ADMIN_APP_PATHS } from './app-shell.ts';
import type { MemberCtx } from './route.ts';

/** Who the handlers are told is asking (they do not look: the gate decided, and is not here). */
const editor: MemberCtx = {
  user: {
    id: 'id-editor',
    email: 'editor@example.com',
    name: 'Editor',
    role: 'editor',
    createdAt: new Date(0),
    disabledAt: null,
  },
  csrf: 'csrf-editor',
  token: 'token-editor',
};

/** A Fastify with just the app's routes (the access checks are registerAdmin's, tested in gate.test.ts and admin.int.test.ts). */
async function serve(dir: string): Promise<FastifyInstance> {
  const app = Fastify();
  registerErrorHandler(app);
  for (const r of adminAppRoutes({ dir, siteStylesheet: '/assets/site.abc.css' }))
    app.route({
      method: r.method,
      url: r.url,
      handler: (request, reply) =>
        r.access === 'public'
          ? r.handler(request, reply, { user: null, csrf: null, token: null })
          : r.handler(request, reply, editor),
    });
  await app.ready();
  return app;
}

describe('the newsroom app shell and its files', () => {
  let dir: string;
  let app: FastifyInstance;
  const js = `console.log(${JSON.stringify('x'.repeat(4000))});`;
  const css = `body{}${' '.repeat(3000)}`;
  // The build's gzipped twin (scripts/precompress.mjs), at a level the server would not choose:
  // its exact bytes on the wire show it was served rather than compressed again.
  const cssTwin = gzipSync(css, { level: 1 });
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nd-admin-build-'));
    mkdirSync(join(dir, '.vite'));
    writeFileSync(
      join(dir, '.vite', 'manifest.json'),
      JSON.stringify({
        'main.tsx': {
          file: 'main-abc123.js',
          isEntry: true,
          css: ['main-def456.css'],
          imports: ['_vendor.js'],
        },
        '_vendor.js': { file: 'vendor-789.js' },
      }),
    );
    writeFileSync(join(dir, 'main-abc123.js'), js);
    writeFileSync(join(dir, 'vendor-789.js'), 'export {}');
    writeFileSync(join(dir, 'main-def456.css'), css);
    writeFileSync(join(dir, 'main-def456.css.gz'), cssTwin);
    app = await serve(dir);
  });
  afterAll(async () => {
    await ifStarted(app)?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(ADMIN_APP_PATHS.map((p) => p.replace(':id', 'some-id')))(
    '%s is the shell: external module script and stylesheets only, never cached',
    async (url) => {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.body).toContain('<script type="module" src="/admin/assets/main-abc123.js"></script>');
      expect(res.body).toContain('<link rel="stylesheet" href="/assets/site.abc.css">');
      expect(res.body).toContain('<link rel="stylesheet" href="/admin/assets/main-def456.css">');
      expect(res.body).toContain('<link rel="modulepreload" href="/admin/assets/vendor-789.js">');
      // The CSP allows no inline script: every <script> has a src.
      expect(res.body.match(/<script(?![^>]*\ssrc=)[^>]*>/g)).toBeNull();
    },
  );

  it('serves the hashed files for a year, compressed when asked, with 304 on a known ETag', async () => {
    const res = await app.inject({ method: 'GET', url: '/admin/assets/main-abc123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.body).toBe(js);
    const gz = await app.inject({
      method: 'GET',
      url: '/admin/assets/main-abc123.js',
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(js);
    const again = await app.inject({
      method: 'GET',
      url: '/admin/assets/main-abc123.js',
      headers: { 'if-none-match': String(res.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    const css = await app.inject({ method: 'GET', url: '/admin/assets/main-def456.css' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it("serves the build's gzipped twin as it is, and never the twin as a file of its own", async () => {
    const gz = await app.inject({
      method: 'GET',
      url: '/admin/assets/main-def456.css',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.rawPayload.equals(cssTwin)).toBe(true);
    expect(gunzipSync(gz.rawPayload).toString()).toBe(css);
    const plain = await app.inject({ method: 'GET', url: '/admin/assets/main-def456.css' });
    expect(plain.body).toBe(css);
    expect((await app.inject({ method: 'GET', url: '/admin/assets/main-def456.css.gz' })).statusCode).toBe(
      404,
    );
  });

  it('answers 404 for files that are not in the build (and never serves the manifest)', async () => {
    for (const url of [
      '/admin/assets/nope.js',
      '/admin/assets/.vite/manifest.json',
      '/admin/assets/../package.json',
    ])
      expect((await app.inject({ method: 'GET', url })).statusCode, url).toBe(404);
  });

  it('says how to build the app when it is not built', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'nd-admin-none-'));
    const bare = await serve(empty);
    const res = await bare.inject({ method: 'GET', url: '/admin/articles' });
    expect(res.statusCode).toBe(503);
    expect(res.body).toContain('npm run build:admin');
    await bare.close();
    rmSync(empty, { recursive: true, force: true });
  });
});
