import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../utils/databases.ts';
import { startServer, type LogLine, type ServerProcess } from '../utils/process.ts';
import { call, prepareNewsroom, type Session } from './newsroom.ts';
import { ifStarted } from '../utils/if-started.ts';
import { z } from 'zod';

const strayErrors = fileURLToPath(new URL('./fixtures/stray-errors.ts', import.meta.url));
const errMessage = (l: LogLine) => (l.err as { message?: string } | undefined)?.message;

/** The real server process (src/main.ts), on SQLite: what ends it and what must not. */
describe('the server process', () => {
  let db: TestDatabase;
  let session: Session;
  let server: ServerProcess | undefined;
  let image: Buffer;

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    session = await prepareNewsroom(db);
    image = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#336699' } })
      .png()
      .toBuffer();
  });
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });
  afterAll(async () => ifStarted(db)?.drop());

  const start = (env: Record<string, string> = {}, preload: string[] = []) =>
    startServer({ DATABASE_URL: db.url, ...env }, { preload });

  it('logs an error that slipped through (rejection, stream, emitter, timer) and keeps serving', async () => {
    server = await start({}, [strayErrors]);
    expect((await call(server.url, 'GET', '/en/')).status).toBe(200);
    server.child.kill('SIGUSR2');
    for (const message of [
      'stray rejection from a background promise',
      'stray stream error with no listener',
      'stray emitter error with no listener',
      'stray throw inside a timer',
    ]) {
      const line = await server.waitForLog((l) => errMessage(l) === message);
      expect(line.level).toBe(50);
      expect(line.msg).toMatch(
        /^(uncaught exception|unhandled promise rejection); the process keeps running$/,
      );
      expect((line.err as { stack?: string }).stack).toContain(message);
    }
    expect(server.alive()).toBe(true);
    expect((await call(server.url, 'GET', '/en/')).status).toBe(200);
    expect((await call(server.url, 'GET', '/readyz')).status).toBe(200);
  });

  /** Starts an upload on a keep-alive connection: sends the headers and the first half of the image. */
  function startUpload(base: string, agent: Agent) {
    const req = request(`${base}/admin/api/media?filename=harbour.png&alt=The%20harbour`, {
      method: 'POST',
      agent,
      headers: {
        cookie: session.cookie,
        'x-csrf-token': session.csrf,
        'content-type': 'image/png',
        'content-length': String(image.length),
      },
    });
    const answer = new Promise<{ status: number; body: string } | { error: string }>((resolve) => {
      req.on('response', (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', (e) => resolve({ error: e.message }));
    });
    req.flushHeaders();
    req.write(image.subarray(0, image.length >> 1));
    return { answer, finish: () => req.end(image.subarray(image.length >> 1)) };
  }

  it('on SIGTERM closes idle keep-alive connections, lets an upload in flight finish, and exits 0', async () => {
    server = await start({ SHUTDOWN_TIMEOUT_MS: '8000' });
    const agent = new Agent({ keepAlive: true, maxSockets: 10 });
    try {
      // Three readers whose keep-alive connections stay open, idle.
      const idle = await Promise.all(
        [0, 1, 2].map(() => call(server!.url, 'GET', '/healthz', { agent: new Agent({ keepAlive: true }) })),
      );
      expect(idle.map((r) => r.status)).toEqual([200, 200, 200]);
      const upload = startUpload(server.url, agent);
      await new Promise((r) => setTimeout(r, 200));

      server.child.kill('SIGTERM');
      await server.waitForLog((l) => l.msg === 'shutting down');
      upload.finish();
      const answer = await upload.answer;
      expect(answer).toMatchObject({ status: 201 });
      if (!('body' in answer)) throw new Error(`no answer: ${answer.error}`);
      const stored = z.object({ data: z.object({ alt: z.string() }) }).parse(JSON.parse(answer.body));
      expect(stored.data.alt).toBe('The harbour');

      expect(await server.exited).toBe(0);
      const msgs = server.logs.map((l) => l.msg);
      expect(msgs).toContain('shut down');
      expect(msgs).not.toContain('requests still running at the shutdown bound were cut');
    } finally {
      agent.destroy();
    }
  });

  it('cuts an upload that is still running at the shutdown bound and exits 0', async () => {
    server = await start({ SHUTDOWN_TIMEOUT_MS: '3000' });
    const agent = new Agent({ keepAlive: true });
    try {
      const upload = startUpload(server.url, agent); // never finished
      await new Promise((r) => setTimeout(r, 200));
      server.child.kill('SIGTERM');
      expect(await upload.answer).toHaveProperty('error', expect.any(String));
      expect(await server.exited).toBe(0);
      const msgs = server.logs.map((l) => l.msg);
      expect(msgs).toContain('requests still running at the shutdown bound were cut');
      expect(msgs).toContain('shut down');
    } finally {
      agent.destroy();
    }
  });
});
