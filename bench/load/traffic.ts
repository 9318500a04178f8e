/** The reader and API traffic of the load: kinds of request, their shares, and a seeded mix of them. */
import { BenchError } from '../lib/format.ts';
import { itemAt, roundRobin } from '../lib/lists.ts';

/** A kind of traffic: its share of the connections and the requests its connections cycle through. */
export interface Kind {
  name: string;
  share: number;
  requests: { path: string; headers?: Record<string, string> }[];
}

/** The URLs of each kind, from the running site itself (its Content API and sitemaps). */
export async function kinds(origin: string, keys: string[]): Promise<Kind[]> {
  const api = async (path: string) => {
    const res = await fetch(`${origin}${path}`, { headers: { authorization: `Bearer ${keys[0]}` } });
    if (res.status !== 200) throw new BenchError(`GET ${path} answered ${res.status}`);
    return (await res.json()) as { data: Record<string, unknown>[] };
  };
  const articles = (await api('/api/v1/articles?limit=100&fields=id,url,language')).data;
  const paths = articles.map((a) => new URL(String(a.url)).pathname);
  const ids = articles.map((a) => String(a.id));
  const sections = (await api('/api/v1/sections')).data.map((s) => String(s.slug));
  const tags = (await api('/api/v1/tags')).data.map((t) => String(t.slug)).slice(0, 20);
  const index = await (await fetch(`${origin}/sitemap.xml`)).text();
  const monthly = [...index.matchAll(/\/sitemaps\/articles-[\d-]+\.xml/g)].map((m) => m[0]);
  if (paths.length < 10 || !sections.length || !tags.length)
    throw new BenchError('the demo content is missing');
  const auth = (i: number) => ({ authorization: `Bearer ${keys[i % keys.length]}` });
  const languages = ['en', 'az', 'ru'];
  return [
    { name: 'front', share: 0.15, requests: languages.map((l) => ({ path: `/${l}/` })) },
    { name: 'article', share: 0.3, requests: paths.map((path) => ({ path })) },
    {
      name: 'section',
      share: 0.1,
      requests: sections.flatMap((s) => languages.map((l) => ({ path: `/${l}/${s}/` }))),
    },
    { name: 'tag', share: 0.07, requests: tags.map((t) => ({ path: `/en/tag/${t}` })) },
    {
      name: 'search',
      share: 0.08,
      requests: ['embassy', 'missile strike', 'Baku', 'səfirlik', 'посольство', 'gov*', '"air defence"'].map(
        (q) => ({
          path: `/${/[ə]/.test(q) ? 'az' : /[а-я]/.test(q) ? 'ru' : 'en'}/search?q=${encodeURIComponent(q)}`,
        }),
      ),
    },
    {
      name: 'feeds',
      share: 0.08,
      requests: languages
        .flatMap((l) => [`/${l}/feed.xml`, `/${l}/atom.xml`, `/${l}/feed.json`])
        .map((path) => ({ path })),
    },
    {
      name: 'sitemaps',
      share: 0.05,
      requests: ['/sitemap.xml', '/sitemaps/pages.xml', '/sitemaps/news.xml', '/robots.txt', ...monthly].map(
        (path) => ({ path }),
      ),
    },
    {
      name: 'content-api',
      share: 0.17,
      requests: [
        '/api/v1/articles?limit=20',
        '/api/v1/articles?limit=10&language=az',
        ...ids.slice(0, 20).map((id) => `/api/v1/articles/${id}?fields=id,headline,body`),
        '/api/v1/search?q=embassy',
        '/api/v1/sections',
        '/api/v1/tags',
      ].map((path, i) => ({ path, headers: auth(i) })),
    },
  ];
}

/** A seeded sequence of requests in the kinds' shares, each kind's paths in turn. */
export function mixOf(all: Kind[], seed = 20251210) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const turn = new Map<string, number>();
  const total = all.reduce((a, k) => a + k.share, 0);
  // Rounding may leave r a hair above 0 after the last share: that request is the last kind's.
  const last = itemAt(all, -1, 'kinds of traffic');
  return () => {
    let r = next() * total;
    const kind = all.find((k) => (r -= k.share) < 0) ?? last;
    const i = turn.get(kind.name) ?? 0;
    turn.set(kind.name, i + 1);
    const request = roundRobin(kind.requests, i, `${kind.name} requests`);
    return { kind: kind.name, ...request };
  };
}
