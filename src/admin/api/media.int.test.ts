import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InjectOptions } from 'fastify';
import sharp from 'sharp';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/utils/app.ts';
import { dialects } from '../../../test/utils/databases.ts';
import type { Role } from '../../domain/roles.ts';

const PASSWORD = 'correct horse battery staple';
const MAX = 300_000;

/** The newsroom's media endpoints as the admin UI calls them. */
describe.each(dialects)('admin media API on %s', (dialect) => {
  let app: TestApp;
  let dir: string;
  const session: Record<string, { cookie: string; csrf: string }> = {};
  const inject = (opts: InjectOptions) => app.server.inject(opts);
  const as = (who: string, opts: InjectOptions): InjectOptions => ({
    ...opts,
    headers: { cookie: session[who]!.cookie, 'x-csrf-token': session[who]!.csrf, ...opts.headers },
  });
  const upload = (who: string, bytes: Buffer, query: string, type = 'image/jpeg') =>
    inject(
      as(who, {
        method: 'POST',
        url: `/admin/api/media?${query}`,
        headers: { 'content-type': type },
        payload: bytes,
      }),
    );
  const png = (w: number, h: number) =>
    sharp({ create: { width: w, height: h, channels: 3, background: '#884422' } })
      .png()
      .toBuffer();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsdesk-media-test-'));
    app = await createTestApp(dialect, { media: { dir, maxBytes: MAX } });
    for (const role of ['contributor', 'author', 'editor'] as Role[]) {
      const email = `${role}@example.com`;
      await app.container.accounts.createUser({ email, name: role, role, password: PASSWORD }, null);
      const s = await app.container.accounts.signIn(email, PASSWORD);
      session[role] = { cookie: `nd_session=${s.token}`, csrf: s.csrf };
    }
  });
  afterAll(async () => {
    await app?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('uploads the raw image: a PNG named .jpg is stored as a PNG, with block fields ready to insert', async () => {
    const res = await upload('contributor', await png(700, 350), 'filename=harbour.jpg&alt=Boats');
    expect(res.statusCode, res.body).toBe(201);
    const m = res.json().data;
    expect(m).toMatchObject({
      filename: 'harbour.jpg',
      format: 'png',
      mimeType: 'image/png',
      width: 700,
      height: 350,
      alt: 'Boats',
      url: `/media/${m.id}/original.png`,
      image: { src: `/media/${m.id}/700.png`, alt: 'Boats', width: 700, height: 350, mediaId: m.id },
    });
    expect(res.headers['cache-control']).toBe('no-store');
    expect((await inject({ method: 'GET', url: m.variants[1].url })).statusCode).toBe(200);
  });

  it('refuses what is not an image, what is too large, and uploads without session or CSRF token', async () => {
    const before = readdirSync(dir, { recursive: true }).length;
    const text = await upload('author', Buffer.from('definitely not a picture'), 'filename=fake.jpg');
    expect(text.statusCode).toBe(415);
    expect(text.json().error).toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      issues: [{ field: 'file', message: 'must be a JPEG, PNG, WebP or AVIF image' }],
    });
    const json = await inject(
      as('author', {
        method: 'POST',
        url: '/admin/api/media?filename=a.png',
        headers: { 'content-type': 'application/json' },
        payload: { file: 'x' },
      }),
    );
    expect(json.statusCode).toBe(415);
    expect(json.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');

    const tooBig = await upload('author', Buffer.alloc(MAX + 1, 1), 'filename=big.png', 'image/png');
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error.code).toBe('PAYLOAD_TOO_LARGE');

    const image = await png(50, 50);
    const anonymous = await inject({
      method: 'POST',
      url: '/admin/api/media?filename=a.png',
      headers: { 'content-type': 'image/png' },
      payload: image,
    });
    expect(anonymous.statusCode).toBe(401);
    // Who is asking is settled before the body is read: an oversized anonymous upload is a 401, not a 413.
    const anonymousBig = await inject({
      method: 'POST',
      url: '/admin/api/media?filename=a.png',
      headers: { 'content-type': 'image/png' },
      payload: Buffer.alloc(MAX + 1, 1),
    });
    expect(anonymousBig.statusCode).toBe(401);
    const noCsrf = await inject({
      method: 'POST',
      url: '/admin/api/media?filename=a.png',
      headers: { 'content-type': 'image/png', cookie: session.author!.cookie },
      payload: image,
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(readdirSync(dir, { recursive: true }).length).toBe(before);
  });

  it('takes one upload at a time per account: a second one meanwhile is refused with 429 before its body is read', async () => {
    const image = await png(400, 300);
    // The contributor's first upload is still arriving (its body trickles in).
    const body = new PassThrough();
    body.write(image.subarray(0, 100));
    const first = inject(
      as('contributor', {
        method: 'POST',
        url: '/admin/api/media?filename=slow.png',
        headers: { 'content-type': 'image/png', 'content-length': String(image.length) },
        payload: body,
      }),
    );
    // The server reads a body only once it has admitted the upload.
    await vi.waitFor(() => expect(body.readableLength).toBe(0), { timeout: 5_000, interval: 10 });
    // A second one by the same account: refused (junk bytes: had it been read, it would be a 415).
    const second = await upload('contributor', Buffer.from('junk'), 'filename=second.png', 'image/png');
    expect(second.statusCode).toBe(429);
    expect(second.json().error.code).toBe('RATE_LIMITED');
    expect(Number(second.headers['retry-after'])).toBeGreaterThan(0);
    // Someone else is not held up.
    expect((await upload('editor', await png(60, 40), 'filename=other.png', 'image/png')).statusCode).toBe(
      201,
    );
    body.end(image.subarray(100));
    expect((await first).statusCode).toBe(201);
    // Done: the next one goes through, and so after a refusal (413) that never reached the handler.
    const big = await upload('contributor', Buffer.alloc(MAX + 1, 1), 'filename=big.png', 'image/png');
    expect(big.statusCode).toBe(413);
    expect(
      (await upload('contributor', await png(60, 40), 'filename=next.png', 'image/png')).statusCode,
    ).toBe(201);
  });

  it('refuses a body without Content-Length once it passes the limit, and one shorter than it says', async () => {
    const chunked = new PassThrough();
    const res = inject(
      as('author', {
        method: 'POST',
        url: '/admin/api/media?filename=stream.png',
        headers: { 'content-type': 'image/png' },
        payload: chunked,
      }),
    );
    for (let sent = 0; sent <= MAX; sent += 50_000) chunked.write(Buffer.alloc(50_000, 1));
    chunked.end();
    expect((await res).statusCode).toBe(413);
    const image = await png(80, 60);
    const short = await inject(
      as('author', {
        method: 'POST',
        url: '/admin/api/media?filename=short.png',
        headers: { 'content-type': 'image/png', 'content-length': String(image.length + 10) },
        payload: Readable.from([image]),
      }),
    );
    expect(short.statusCode).toBe(400);
    // Streamed within the limit, it is an image like any other.
    const streamed = await inject(
      as('author', {
        method: 'POST',
        url: '/admin/api/media?filename=streamed.png',
        headers: { 'content-type': 'image/png' },
        payload: Readable.from([image.subarray(0, 50), image.subarray(50)]),
      }),
    );
    expect(streamed.statusCode, streamed.body).toBe(201);
  });

  it('lists and searches the library, reads one item, and lets the uploader or an editor describe it', async () => {
    const up = await upload(
      'author',
      await png(400, 300),
      'filename=oil-rig.png&credit=Reuters',
      'image/png',
    );
    const id = up.json().data.id as string;

    const found = await inject(as('contributor', { method: 'GET', url: '/admin/api/media?q=reuters' }));
    expect(found.statusCode).toBe(200);
    expect(found.json().data.map((m: { id: string }) => m.id)).toEqual([id]);
    expect(found.json().meta).toEqual({ page: 1, pageCount: 1, total: 1 });
    const all = await inject(as('contributor', { method: 'GET', url: '/admin/api/media' }));
    expect(all.json().meta.total).toBeGreaterThanOrEqual(2);
    expect(
      (await inject(as('contributor', { method: 'GET', url: '/admin/api/media?page=0' }))).statusCode,
    ).toBe(400);

    const one = await inject(as('editor', { method: 'GET', url: `/admin/api/media/${id}` }));
    expect(one.json().data).toMatchObject({ id, alt: '', credit: 'Reuters' });
    expect(
      (
        await inject(
          as('editor', { method: 'GET', url: '/admin/api/media/00000000-0000-4000-8000-000000000000' }),
        )
      ).statusCode,
    ).toBe(404);

    const patch = (who: string, payload: unknown) =>
      inject(as(who, { method: 'PATCH', url: `/admin/api/media/${id}`, payload: payload as object }));
    const other = await patch('contributor', { alt: 'An oil rig' });
    expect(other.statusCode).toBe(403);
    const own = await patch('author', { alt: 'An oil rig in the Caspian Sea', caption: 'Off Baku' });
    expect(own.statusCode).toBe(200);
    expect(own.json().data).toMatchObject({ alt: 'An oil rig in the Caspian Sea', caption: 'Off Baku' });
    expect((await patch('editor', { credit: 'AP' })).json().data).toMatchObject({
      credit: 'AP',
      alt: 'An oil rig in the Caspian Sea',
    });
    expect((await patch('editor', { alt: 'x'.repeat(501) })).statusCode).toBe(400);
    expect((await patch('editor', { width: 5 })).statusCode).toBe(400);
    expect(await app.container.media.missingAlt([id])).toEqual([]);

    expect(
      (await inject(as('contributor', { method: 'DELETE', url: `/admin/api/media/${id}` }))).statusCode,
    ).toBe(403);
    expect((await inject(as('editor', { method: 'DELETE', url: `/admin/api/media/${id}` }))).statusCode).toBe(
      204,
    );
    expect((await inject({ method: 'GET', url: `/media/${id}/original.png` })).statusCode).toBe(404);
  });
});
