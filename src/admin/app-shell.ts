import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { AppError } from '../domain/errors.ts';
import { IMMUTABLE_ASSET_CACHE, NO_STORE } from '../http/caching.ts';
import type { AdminRoute } from './routes.tsx';

/**
 * The newsroom app (src/admin/ui, built by Vite into dist/admin/): its hashed files under
 * /admin/assets/ cached for a year, and the app shell — an HTML page with no inline script
 * (the CSP allows none) that loads the bundle — for every screen's URL, never cached.
 */
export const ADMIN_APP_PATHS = [
  '/admin/articles',
  '/admin/articles/new',
  '/admin/articles/:id',
  '/admin/frontpage',
  '/admin/media',
] as const;

/** Screens of the app for admins only (site settings). */
export const ADMIN_APP_SETTINGS_PATHS = ['/admin/settings/story', '/admin/settings/site'] as const;
/** Screens of the app for editors and admins (sections and tags). */
export const ADMIN_APP_TAXONOMY_PATHS = ['/admin/settings/sections'] as const;

const ENTRY = 'main.tsx';
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

interface BuiltFile {
  body: Buffer;
  gzip: Buffer | null;
  type: string;
  etag: string;
}

/** Suffix of the gzipped twin that `npm run build` writes beside each compressible file. */
export const PRECOMPRESSED = '.gz';

export interface AdminBuild {
  script: string;
  stylesheets: string[];
  preloads: string[];
  /** A file by its URL, read (and compressed) on its first request: a start reads none of them. */
  file(url: string): BuiltFile | undefined;
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  css?: string[];
  imports?: string[];
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === '.vite' ? [] : walk(p);
    return name.endsWith(PRECOMPRESSED) ? [] : [p];
  });
}

/**
 * One file of the build with its gzipped form: the build's own twin when there is one (gzip -9
 * of the app took seconds of a start when done here for every file), else compressed here.
 */
function readBuiltFile(path: string): BuiltFile {
  const body = readFileSync(path);
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  const compressible = /^(text|application\/json|image\/svg)/.test(type) && body.length > 1024;
  const twin = `${path}${PRECOMPRESSED}`;
  return {
    body,
    gzip: compressible ? (existsSync(twin) ? readFileSync(twin) : gzipSync(body, { level: 9 })) : null,
    type,
    etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
  };
}

/** Reads a Vite build of the admin UI (its manifest and files), or null when there is none. */
export function loadAdminBuild(dir: string): AdminBuild | null {
  const manifestPath = join(dir, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) return null;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const entry = manifest[ENTRY];
  if (!entry) return null;
  const preloads = new Set<string>();
  const css = new Set(entry.css ?? []);
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || preloads.has(chunk.file)) return;
    preloads.add(chunk.file);
    for (const c of chunk.css ?? []) css.add(c);
    for (const i of chunk.imports ?? []) visit(i);
  };
  for (const i of entry.imports ?? []) visit(i);
  const paths = new Map(walk(dir).map((p) => [`/admin/assets/${relative(dir, p).split(sep).join('/')}`, p]));
  const files = new Map<string, BuiltFile>();
  const file = (url: string): BuiltFile | undefined => {
    const path = paths.get(url);
    if (path === undefined) return undefined;
    let built = files.get(url);
    if (!built) {
      try {
        built = readBuiltFile(path);
      } catch {
        // Gone since the start (a rebuild replaced the app): not found, as any other name.
        return undefined;
      }
      files.set(url, built);
    }
    return built;
  };
  const url = (f: string) => `/admin/assets/${f}`;
  return {
    script: url(entry.file),
    stylesheets: [...css].map(url),
    preloads: [...preloads].map(url),
    file,
  };
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page every app screen is served as: the stylesheets, the module script, and room for the app. */
export function shellHtml(build: AdminBuild, siteStylesheet: string): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    '<title>Newsroom</title>',
    // No icon of its own: an empty one, or the browser asks for /favicon.ico and logs a 404 on every screen.
    '<link rel="icon" href="data:,">',
    siteStylesheet ? `<link rel="stylesheet" href="${escapeAttr(siteStylesheet)}">` : '',
    ...build.stylesheets.map((href) => `<link rel="stylesheet" href="${escapeAttr(href)}">`),
    ...build.preloads.map((href) => `<link rel="modulepreload" href="${escapeAttr(href)}">`),
    `<script type="module" src="${escapeAttr(build.script)}"></script>`,
    '</head>',
    '<body>',
    '<div id="app"><p role="status">Loading the newsroom…</p>',
    '<noscript><p>The newsroom needs JavaScript. <a href="/admin/account/password">Account</a></p></noscript></div>',
    '</body>',
    '</html>',
  ]
    .filter(Boolean)
    .join('\n');
}

const NOT_BUILT =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Newsroom not built</title></head>' +
  '<body><main><h1>The newsroom app is not built</h1><p>Run <code>npm run build:admin</code> ' +
  '(<code>npm start</code> does it first) and reload.</p></main></body></html>';

/**
 * The admin app's routes: the shell for each screen (signed-in newsroom members) and the
 * built files (public: code and styles only, no data).
 */
export function adminAppRoutes(options: { dir: string; siteStylesheet: string }): AdminRoute[] {
  const build = loadAdminBuild(options.dir);
  const shell = build ? shellHtml(build, options.siteStylesheet) : null;
  return [
    ...[
      ...ADMIN_APP_PATHS.map((url) => ({ url, access: 'newsroom.enter' as const })),
      ...ADMIN_APP_SETTINGS_PATHS.map((url) => ({ url, access: 'settings.manage' as const })),
      ...ADMIN_APP_TAXONOMY_PATHS.map((url) => ({ url, access: 'taxonomy.manage' as const })),
    ].map(({ url, access }): AdminRoute => ({
      method: 'GET',
      url,
      access,
      handler: async (_request, reply) =>
        reply
          .code(shell ? 200 : 503)
          .header('cache-control', NO_STORE)
          .type('text/html; charset=utf-8')
          .send(shell ?? NOT_BUILT),
    })),
    {
      method: 'GET',
      url: '/admin/assets/*',
      access: 'public',
      handler: async (request, reply) => {
        const path = request.url.replace(/\?.*$/s, '');
        const file = build?.file(path);
        if (!file) throw new AppError('NOT_FOUND', 'no such file');
        reply
          .header('cache-control', IMMUTABLE_ASSET_CACHE)
          .header('etag', file.etag)
          .header('vary', 'accept-encoding')
          .type(file.type);
        if (request.headers['if-none-match'] === file.etag) return reply.code(304).send();
        if (file.gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? ''))
          return reply.header('content-encoding', 'gzip').send(file.gzip);
        return reply.send(file.body);
      },
    },
  ];
}
