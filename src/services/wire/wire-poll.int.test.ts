import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContainer, type Container } from '../../app.ts';
import { testConfig } from '../../../test/utils/app.ts';
import { createTestDatabase, dialects, type TestDatabase } from '../../../test/utils/databases.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';
import { newsmlItem, ninjsItem, rssFeed } from '../../../test/utils/wire-samples.ts';
import { defaultWireLimits, fetchWire, WireAllowList } from './wire-fetch.ts';

const PIER =
  'The harbour authority said on Friday that the northern pier will stay closed for repairs until the end of the month, after a storm damaged its wooden deck and two mooring posts.';
const feed = rssFeed([
  { guid: 'hw-1', title: 'Northern pier stays closed', body: `<p>${PIER}</p><script>steal()</script>` },
  {
    guid: 'hw-2',
    title: 'Ferry fares unchanged',
    body: '<p>Fares stay as they are this winter, the operator said.</p>',
  },
  { guid: '', title: 'No id at all', body: '<p>x</p>' },
])
  .replace('<link>https://wire.example.org/</link>', '')
  .replace(/<link>https:\/\/wire\.example\.org\/<\/link>\n/g, '');

/** The test server: each path answers one way. */
function handler(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? '/';
  if (path === '/feed.xml') {
    if (req.headers.authorization !== `Basic ${Buffer.from('desk:pw').toString('base64')}`) {
      res.writeHead(401).end();
      return;
    }
    if (req.headers['if-none-match'] === '"v1"') {
      res.writeHead(304).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(feed);
  } else if (path === '/broken') res.writeHead(500).end('down');
  else if (path === '/slow') setTimeout(() => res.writeHead(200).end('<rss/>'), 5_000).unref();
  else if (path.startsWith('/loop')) res.writeHead(302, { location: `/loop${path.length}` }).end();
  else if (path === '/inside') res.writeHead(302, { location: 'http://10.1.2.3/feed.xml' }).end();
  else if (path === '/huge') res.writeHead(200).end('<rss>' + 'x'.repeat(200_000) + '</rss>');
  else if (path === '/ninjs')
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        ...ninjsItem,
        uri: 'urn:other:1',
        language: 'en',
        headlines: [{ value: 'Pier closed' }],
        bodies: [
          { value: `<p>${PIER.replace('on Friday', 'on Friday morning')}</p>`, contenttype: 'text/html' },
        ],
      }),
    );
  else res.writeHead(404).end();
}

describe.each(dialects)('wire polling on %s', (dialect) => {
  let tdb: TestDatabase;
  let c: Container;
  let server: Server;
  let base = '';
  const clock = {
    t: new Date('2025-11-21T10:00:00Z'),
    now() {
      return this.t;
    },
  };
  const add = async (name: string, location: string, extra: object = {}) =>
    c.wireSources.add(null, { name, kind: 'rss', location, language: 'en', intervalSeconds: 60, ...extra });
  const poll = async (id: string) => c.wirePoller.poll(await c.wireSources.forPolling(id));

  beforeAll(async () => {
    server = createServer(handler);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    tdb = await createTestDatabase(dialect);
    c = await createContainer(testConfig(tdb, { wire: { allowPrivate: ['127.0.0.1'] } }), {
      jobs: false,
      clock,
      wireLimits: { timeoutMs: 400, maxBytes: 100_000 },
    });
  });
  afterAll(async () => {
    await ifStarted(c)?.close();
    await ifStarted(tdb)?.drop();
    await new Promise((r) => server.close(r));
  });

  it('fetches with credentials, stores each item once, sanitised, original kept; then 304', async () => {
    const s = await add('Harbour', `${base}/feed.xml`, {
      credentials: { kind: 'basic', user: 'desk', password: 'pw' },
      agency: 'Harbour Agency',
    });
    const first = await poll(s.id);
    expect(first).toMatchObject({ outcome: 'fetched', added: 2, known: 0, error: null });
    expect(first.refused).toEqual([expect.stringMatching(/item 3: no guid\/id/)]);
    const items = await c.store.repos.wire.items({ sourceId: s.id, limit: 10 });
    const pier = items.find((i) => i.guid === 'hw-1');
    expect(pier?.bodyText).toBe(PIER);
    expect(pier?.original).toContain('<script>steal()</script>');
    expect(JSON.stringify(pier?.body)).not.toContain('steal');
    // Read by story intelligence: who, where, what.
    for (const key of ['people', 'places', 'orgs', 'quotes']) expect(pier?.reading).toHaveProperty(key);
    const again = await poll(s.id);
    expect(again).toMatchObject({ outcome: 'not-modified', added: 0 });
    const [source] = (await c.wireSources.list()).filter((x) => x.id === s.id);
    expect(source?.etag).toBe('"v1"');
    expect(source?.health).toMatchObject({ lastError: null, failures: 0, lastSuccessAt: clock.t });
    expect(source?.health.nextPollAt).toEqual(new Date(clock.t.getTime() + 60_000));
  });

  it('stores nothing twice when the feed is read again without its ETag', async () => {
    const s = await add('Harbour again', `${base}/feed.xml`, {
      credentials: { kind: 'basic', user: 'desk', password: 'pw' },
    });
    expect(await poll(s.id)).toMatchObject({ added: 2 });
    await c.store.repos.wire.recordSuccess(s.id, clock.t, clock.t, { etag: null, lastModified: null });
    expect(await poll(s.id)).toMatchObject({ outcome: 'fetched', added: 0, known: 2 });
  });

  it('groups a near-duplicate from another source and format', async () => {
    const s = await c.wireSources.add(null, {
      name: 'Other',
      kind: 'ninjs',
      location: `${base}/ninjs`,
      language: 'en',
    });
    expect(await poll(s.id)).toMatchObject({ added: 1 });
    const [other] = await c.store.repos.wire.items({ sourceId: s.id, limit: 1 });
    const all = await c.store.repos.wire.items({ limit: 50 });
    const group = all.filter((i) => i.dupGroup === other?.dupGroup).map((i) => i.guid);
    expect(group).toContain('hw-1');
    expect(group).toContain('urn:other:1');
    expect(all.find((i) => i.guid === 'hw-2')?.dupGroup).not.toBe(other?.dupGroup);
  });

  it('records failures in words and backs off: 500, timeout, redirect loop, size, private redirect', async () => {
    const cases: [string, RegExp][] = [
      ['/broken', /^the server answered 500/],
      ['/slow', /^timed out after 0 s$/],
      ['/loop', /^more than 5 redirects/],
      ['/huge', /larger than 100000 bytes/],
      [
        '/inside',
        /10\.1\.2\.3 is 10\.1\.2\.3, a private address; wire sources are fetched from public addresses only/,
      ],
    ];
    for (const [path, why] of cases) {
      const s = await add(`Failing ${path}`, `${base}${path}`);
      const r = await poll(s.id);
      expect(r.outcome, path).toBe('failed');
      expect(r.error, path).toMatch(why);
      const again = await poll(s.id);
      expect(again.error, path).toMatch(why);
      const source = await c.wireSources.forPolling(s.id);
      expect(source.health).toMatchObject({ failures: 2, lastSuccessAt: null });
      expect(source.health.lastError).toMatch(why);
      // Two failures in a row: the 60 s interval doubled twice.
      expect(source.health.nextPollAt).toEqual(new Date(clock.t.getTime() + 240_000));
    }
  });

  it('polls due sources from the task, each once, and not again before their time', async () => {
    clock.t = new Date(clock.t.getTime() + 61_000);
    const reports = await c.wirePoller.pollDue();
    expect(reports.length).toBeGreaterThan(0);
    expect(new Set(reports.map((r) => r.sourceId)).size).toBe(reports.length);
    const dueAgain = await c.wirePoller.pollDue();
    expect(dueAgain.map((r) => r.sourceId).filter((id) => reports.some((r) => r.sourceId === id))).toEqual(
      [],
    );
  });

  it('reads a folder source: NewsML-G2 and ninjs files in, moved to done/ or failed/', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsdesk-wire-folder-'));
    writeFileSync(join(dir, 'a.xml'), newsmlItem);
    writeFileSync(join(dir, 'b.json'), JSON.stringify(ninjsItem));
    writeFileSync(join(dir, 'c.xml'), '<rss><channel><item><title>x</titl></item></channel></rss>');
    const s = await c.wireSources.add(null, {
      name: 'Drop',
      kind: 'folder',
      location: dir,
      language: 'en',
      agency: 'Drop Agency',
    });
    const r = await poll(s.id);
    expect(r).toMatchObject({ outcome: 'fetched', added: 2 });
    expect(r.refused).toEqual([expect.stringMatching(/^c\.xml: line 1: malformed XML/)]);
    expect(readdirSync(join(dir, 'done')).sort()).toEqual(['a.xml', 'b.json']);
    expect(readdirSync(join(dir, 'failed'))).toEqual(['c.xml']);
    const items = await c.store.repos.wire.items({ sourceId: s.id, limit: 10 });
    expect(items.map((i) => [i.guid, i.language]).sort()).toEqual([
      ['urn:newsml:example.org:20251121:az-001', 'en'],
      ['urn:ninjs:example.org:2025:77', 'az'],
    ]);
    expect(items.find((i) => i.language === 'en')?.located).toBe('Baku');
  });
});

describe('WireAllowList', () => {
  it('allows public addresses, listed hosts and ranges, and names what it refuses', () => {
    const allow = new WireAllowList(['feeds.office.lan', '10.20.0.0/16', '::1']);
    expect(allow.problem('wire.example.org', '93.184.216.34')).toBeNull();
    expect(allow.problem('feeds.office.lan', '192.168.1.5')).toBeNull();
    expect(allow.problem('x', '10.20.3.4')).toBeNull();
    expect(allow.problem('x', '::1')).toBeNull();
    expect(allow.problem('x', '10.21.0.1')).toMatch(/a private address/);
    expect(allow.problem('metadata', '169.254.169.254')).toMatch(/a link-local address/);
    expect(allow.problem('x', '127.0.0.1')).toMatch(/a loopback address/);
    expect(allow.problem('x', 'fd00::1')).toMatch(/unique-local/);
  });
});

describe('fetchWire without an allow-list', () => {
  const none = defaultWireLimits(new WireAllowList([]));
  const req = { etag: null, lastModified: null, credentials: null };
  it('refuses loopback by address and by name (checked after DNS resolution), and other schemes', async () => {
    await expect(fetchWire('http://127.0.0.1:9/feed', req, none)).rejects.toThrow(
      /127\.0\.0\.1 is 127\.0\.0\.1, a loopback address/,
    );
    await expect(fetchWire('http://localhost:9/feed', req, none)).rejects.toThrow(
      /localhost is (127\.0\.0\.1|::1), a loopback address/,
    );
    await expect(fetchWire('http://[::ffff:169.254.169.254]/', req, none)).rejects.toThrow(
      /not public|IPv4-mapped|link-local/,
    );
    await expect(fetchWire('file:///etc/passwd', req, none)).rejects.toThrow(
      /only http:\/\/ and https:\/\/ are fetched/,
    );
  });
});
