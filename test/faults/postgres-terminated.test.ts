import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, postgresAdminUrl, type TestDatabase } from '../utils/databases.ts';
import { eventually, startServer, type ServerProcess } from '../utils/process.ts';
import { call, prepareNewsroom, publishArticle, type Published, type Session } from './newsroom.ts';
import { ifStarted } from '../utils/if-started.ts';
import { z } from 'zod';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A real server on PostgreSQL under light load (readers, a publisher, an editor saving) while
 * every connection it holds is terminated by the database server, several times
 * (`pg_terminate_backend`, as a failover or an operator does). The process must stay up,
 * answer again, and keep every write it acknowledged.
 */
describe('PostgreSQL terminates the server’s connections under load', () => {
  let db: TestDatabase;
  let session: Session;
  let server: ServerProcess;
  const media = mkdtempSync(join(tmpdir(), 'newsdesk-faults-'));

  beforeAll(async () => {
    db = await createTestDatabase('postgres');
    session = await prepareNewsroom(db);
    // The editor here saves as fast as it can: raise the per-account write limit (tested elsewhere).
    server = await startServer({ DATABASE_URL: db.url, MEDIA_DIR: media, SAVES_PER_MINUTE: '10000' });
  });
  afterAll(async () => {
    await ifStarted(server)?.stop();
    await ifStarted(db)?.drop();
    rmSync(media, { recursive: true, force: true });
  });

  it('stays alive, /readyz recovers, and every acknowledged publish and save is kept', async () => {
    const base = server.url;
    const first = await publishArticle(base, session, 'Talks resume in Baku');
    expect(first).not.toBeNull();
    const published: Published[] = [first!];
    const saves: { id: string; version: number; headline: string }[] = [];
    const statuses = new Map<number, number>();
    const count = (s: number) => statuses.set(s, (statuses.get(s) ?? 0) + 1);
    let running = true;

    const reader = async () => {
      for (let i = 0; running; i++) {
        const a = published[i % published.length]!;
        for (const path of ['/en/', '/en/world/', `/en/world/${a.slug}`]) {
          count((await call(base, 'GET', path, { timeoutMs: 15_000 })).status);
        }
      }
    };
    const publisher = async () => {
      for (let i = 0; running; i++) {
        const p = await publishArticle(base, session, `Dispatch number ${i} from the capital`);
        if (p) published.push(p);
      }
    };
    const editor = async () => {
      const id = first!.id;
      let version = 0;
      for (let i = 0; running; i++) {
        if (!version) {
          const r = await call(base, 'GET', `/admin/api/articles/${id}`, { session });
          if (r.status !== 200) continue;
          version = r.json(z.object({ data: z.object({ version: z.number() }) })).data.version;
        }
        const headline = `Talks resume in Baku, update ${i}`;
        const r = await call(base, 'PUT', `/admin/api/articles/${id}`, {
          session,
          json: { version, headline },
        });
        count(r.status);
        if (r.status === 200) {
          version = r.json(z.object({ data: z.object({ version: z.number() }) })).data.version;
          saves.push({ id, version, headline });
        } else {
          version = 0; // not acknowledged: read the article again before the next save
        }
      }
    };

    const admin = new pg.Client({ connectionString: postgresAdminUrl });
    await admin.connect();
    let terminated = 0;
    const load = [reader(), reader(), publisher(), editor()];
    try {
      for (let round = 0; round < 6; round++) {
        await sleep(500);
        const r = await admin.query<{ n: string }>(
          `SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) AS n
             FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
          [new URL(db.url).pathname.slice(1)],
        );
        terminated += Number(r.rows[0]!.n);
      }
      await sleep(500);
    } finally {
      running = false;
      await Promise.all(load);
      await admin.end();
    }

    // The faults happened, and the process lived through them.
    expect(terminated).toBeGreaterThan(0);
    expect(server.alive(), server.stderr().slice(-1500)).toBe(true);
    expect(server.stderr()).not.toMatch(/Uncaught|ERR_UNHANDLED/);
    // Every request was answered: served, or refused with 503 while its connection was lost.
    expect([...statuses.keys()].filter((s) => s !== 200 && s !== 503)).toEqual([]);
    expect(statuses.get(200)).toBeGreaterThan(0);
    await eventually('/readyz answers 200', async () =>
      (await call(base, 'GET', '/readyz')).status === 200 ? true : undefined,
    );
    // The lost connections were logged (not swallowed) through the server's logger.
    expect(server.logs.some((l) => l.level >= 40 && /database/i.test(l.msg))).toBe(true);

    // Every acknowledged publish is on the site, every acknowledged save in the history.
    expect(published.length).toBeGreaterThan(1);
    for (const p of published) {
      const page = await call(base, 'GET', `/en/world/${p.slug}`);
      expect(page.status, p.slug).toBe(200);
    }
    expect(saves.length).toBeGreaterThan(0);
    for (const s of saves) {
      const r = await call(base, 'GET', `/admin/api/articles/${s.id}/revisions/${s.version}`, { session });
      expect(r.status).toBe(200);
      expect(r.json(z.object({ data: z.object({ headline: z.string() }) })).data.headline).toBe(s.headline);
    }
  }, 60_000);
});
