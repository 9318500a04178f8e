/**
 * What the page benchmark requests, and its baseline: the pages (with the headers each needs),
 * fetching one page's exact bytes, and a bare `node:http` server answering those bytes with the
 * same content-type. All on 127.0.0.1.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BenchError } from '../lib/format.ts';
import { HOST } from '../lib/bench-app.ts';

export const SEED_SLUG = 'moscow-expresses-regret-over-damage-to-azerbaijans-embassy-in-kyiv';

export interface PageSpec {
  name: string;
  path: string;
  /** The page cache serves it (search and the Content API are never cached, by design). */
  cacheable: boolean;
  /** Needs a Content API key (sent as `Authorization: Bearer …`). */
  apiKey: boolean;
}

export const PAGES: readonly PageSpec[] = [
  { name: 'article', path: `/en/world/${SEED_SLUG}`, cacheable: true, apiKey: false },
  { name: 'front', path: '/en/', cacheable: true, apiKey: false },
  { name: 'section', path: '/en/world/', cacheable: true, apiKey: false },
  { name: 'rss', path: '/en/feed.xml', cacheable: true, apiKey: false },
  { name: 'search', path: '/en/search?q=embassy', cacheable: false, apiKey: false },
  { name: 'api', path: '/api/v1/articles', cacheable: false, apiKey: true },
];

export interface FetchedPage {
  name: string;
  path: string;
  body: Buffer;
  contentType: string;
  /** The X-Cache header of this answer, when the app sent one. */
  xCache: string | null;
}

/** Fetches one page; anything but a 200 with a raw body stops the benchmark. */
export async function fetchPage(
  origin: string,
  page: { name: string; path: string },
  headers: Record<string, string> = {},
): Promise<FetchedPage> {
  const response = await fetch(`${origin}${page.path}`, {
    headers: { 'accept-encoding': 'identity', ...headers },
    redirect: 'manual',
    signal: AbortSignal.timeout(30_000),
  });
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) {
    throw new BenchError(
      `GET ${origin}${page.path} answered ${String(response.status)}, expected 200: ${body.toString('utf8', 0, 300)}`,
    );
  }
  const contentType = response.headers.get('content-type');
  if (!contentType) throw new BenchError(`GET ${page.path} answered without a content-type`);
  const encoding = response.headers.get('content-encoding');
  if (encoding && encoding !== 'identity') {
    throw new BenchError(`GET ${page.path} answered with content-encoding ${encoding}; expected raw bytes`);
  }
  if (body.length === 0) throw new BenchError(`GET ${page.path} answered an empty body`);
  return { name: page.name, path: page.path, body, contentType, xCache: response.headers.get('x-cache') };
}

/** The baseline: answers each path with bytes it is given, with the same content-type, nothing else. */
export interface Baseline {
  origin: string;
  /** Serves `page`'s bytes at its path from now on (a page's bytes differ between app variants). */
  serve(page: FetchedPage): Promise<void>;
  close(): Promise<void>;
}

export async function startBaseline(): Promise<Baseline> {
  const byPath = new Map<string, FetchedPage>();
  const server = createServer((req, res) => {
    const page = req.method === 'GET' ? byPath.get(req.url ?? '') : undefined;
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': page.contentType, 'content-length': page.body.length });
    res.end(page.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const origin = `http://${HOST}:${String(portOf(server.address()))}`;
  return {
    origin,
    serve: async (page) => {
      byPath.set(page.path, page);
      // It must answer the very bytes the app answered.
      const copy = await fetchPage(origin, page);
      if (!copy.body.equals(page.body) || copy.contentType !== page.contentType)
        throw new BenchError(`baseline does not serve the same bytes for ${page.path}`);
    },
    close: () => closeServer(server),
  };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((err) => {
      if (err) reject(err);
      else resolve();
    });
    server.closeAllConnections();
  });
}

function portOf(address: string | AddressInfo | null): number {
  if (!address || typeof address === 'string')
    throw new BenchError(`unexpected listen address ${String(address)}`);
  if (address.address !== HOST)
    throw new BenchError(`server listens on ${address.address}, expected ${HOST}`);
  return address.port;
}
