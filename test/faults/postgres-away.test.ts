import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../utils/databases.ts';
import { eventually, startServer, type ServerProcess } from '../utils/process.ts';
import { call, prepareNewsroom, publishArticle, type Session } from './newsroom.ts';
import { TcpProxy } from './tcp-proxy.ts';
import { ifStarted } from '../utils/if-started.ts';
import { errorAnswer } from '../utils/error-answer.ts';

/**
 * A real server talking to PostgreSQL through a proxy the test breaks: first the database stops
 * answering (connections hang), then every connection is reset and new ones refused. Each time
 * `/readyz` says 503 within its bound, pages not in the page cache answer 503 instead of hanging
 * (a page readers already had keeps being served from the cache), the process stays up, and once
 * the database is back everything answers 200 again without a restart.
 */
describe('PostgreSQL away and back', () => {
  let db: TestDatabase;
  let session: Session;
  let proxy: TcpProxy;
  let server: ServerProcess;
  const media = mkdtempSync(join(tmpdir(), 'newsdesk-faults-'));

  beforeAll(async () => {
    db = await createTestDatabase('postgres');
    session = await prepareNewsroom(db);
    const direct = new URL(db.url);
    proxy = new TcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    const viaProxy = new URL(db.url);
    viaProxy.port = String(await proxy.start());
    server = await startServer({
      DATABASE_URL: viaProxy.toString(),
      MEDIA_DIR: media,
      // Short bounds so the test is quick; the defaults are seconds longer.
      DATABASE_CONNECT_TIMEOUT_MS: '1000',
      DATABASE_STATEMENT_TIMEOUT_MS: '1000',
      DATABASE_QUERY_TIMEOUT_MS: '2000',
    });
  });
  afterAll(async () => {
    await ifStarted(server)?.stop();
    await ifStarted(proxy)?.close();
    await ifStarted(db)?.drop();
    rmSync(media, { recursive: true, force: true });
  });

  // Bounds on each request: an answer later than this counts as none (status 0).
  const READYZ_BOUND_MS = 2_500;
  const PAGE_BOUND_MS = 6_000;

  const readyz = async () =>
    (await call(server.url, 'GET', '/readyz', { timeoutMs: READYZ_BOUND_MS })).status;
  const page = async (path: string) =>
    (await call(server.url, 'GET', path, { timeoutMs: PAGE_BOUND_MS })).status;
  const recovers = async (path: string) => {
    await eventually(
      '/readyz answers 200',
      async () => ((await readyz()) === 200 ? true : undefined),
      15_000,
    );
    await eventually(
      `${path} answers 200`,
      async () => ((await page(path)) === 200 ? true : undefined),
      20_000,
    );
  };

  /**
   * The publish's purges (and the reading refresh after it) run from the outbox after the commit;
   * a page stored before they ran would be dropped again. Waits until the outbox is empty, so the
   * next render stays in the cache.
   */
  const outboxDrained = async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await eventually(
        'the outbox is drained',
        async () => {
          const r = await client.query(
            'SELECT count(*)::int AS n FROM outbox_events WHERE processed_at IS NULL',
          );
          return (r.rows[0] as { n: number }).n === 0 ? true : undefined;
        },
        15_000,
      );
    } finally {
      await client.end();
    }
  };

  it('answers 503 while the database hangs or refuses, and 200 again once it is back', async () => {
    const article = await publishArticle(server.url, session, 'Ferry service to Turkmenbashi resumes');
    expect(article).not.toBeNull();
    const path = `/en/world/${article!.slug}`;
    await outboxDrained();
    expect(await readyz()).toBe(200);
    expect(await page(path)).toBe(200);

    // The database stops answering; connections stay open.
    proxy.swallow();
    expect(await readyz()).toBe(503);
    // The article was rendered before the outage: the page cache keeps serving it.
    expect(await page(path)).toBe(200);
    for (const p of ['/en/', '/en/world/', '/en/latest/']) expect(await page(p)).toBe(503);
    expect(await readyz()).toBe(503);
    expect(server.alive()).toBe(true);

    proxy.restore();
    await recovers(path);
    await outboxDrained();
    expect(await page(path)).toBe(200);

    // The connections are reset and new ones refused (a restart of the database server).
    proxy.reset();
    expect(await readyz()).toBe(503);
    expect(await page(path)).toBe(200);
    for (const p of ['/en/', '/en/latest/']) expect(await page(p)).toBe(503);
    const admin = await call(server.url, 'GET', '/admin/api/articles', { session, timeoutMs: PAGE_BOUND_MS });
    expect(admin.status).toBe(503);
    expect(admin.json(errorAnswer).error.code).toBe('UNAVAILABLE');
    expect(server.alive()).toBe(true);

    proxy.restore();
    await recovers(path);
    expect(await publishArticle(server.url, session, 'Ferry timetable published')).not.toBeNull();

    // The operator can tell from the log what happened and that it is over.
    const msgs = server.logs.map((l) => l.msg);
    expect(msgs).toContain(
      'database unreachable: requests answer 503 and connecting is retried with back-off',
    );
    expect(msgs).toContain('database reachable again');
    expect(server.alive()).toBe(true);
  }, 90_000);
});
