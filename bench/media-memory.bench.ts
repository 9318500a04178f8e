/**
 * Memory while images are uploaded: several contributors send a near-limit image each at the
 * same moment; the process's peak resident memory (sampled every 10 ms) is printed beside the
 * memory before the uploads, and how long they took. Figures only, never asserted.
 *
 *   node --import tsx bench/media-memory.bench.ts            # 4 uploads of a near-limit JPEG
 *   BENCH_UPLOADS=8 BENCH_FORMAT=png node --import tsx bench/media-memory.bench.ts
 */
import sharp from 'sharp';
import { tempApp } from './lib/bench-app.ts';
import { intFromEnv } from './lib/format.ts';

const uploads = intFromEnv('BENCH_UPLOADS', 4, 1, 32);
const format = process.env.BENCH_FORMAT === 'png' ? 'png' : 'jpeg';
const pixels = intFromEnv('BENCH_PIXELS', 0, 0, 500_000_000);
const bench = await tempApp('media');
const { app } = bench;
try {
  const limit =
    pixels || ((app.container.media as unknown as { maxPixels?: number }).maxPixels ?? 80_000_000);
  // Just under the pixel limit, 3:2, and small on disk (a smooth gradient).
  const width = Math.floor(Math.sqrt((limit * 0.98 * 3) / 2));
  const height = Math.floor((limit * 0.98) / width);
  const canvas = sharp({ create: { width, height, channels: 3, background: { r: 40, g: 90, b: 160 } } });
  const image = await (format === 'png' ? canvas.png() : canvas.jpeg()).toBuffer();
  const sessions = [];
  for (let i = 0; i < uploads; i++) {
    const email = `c${i}@example.com`;
    await app.container.accounts.createUser(
      { email, name: `C${i}`, role: 'contributor', password: 'correct horse battery staple' },
      null,
    );
    sessions.push(await app.container.accounts.signIn(email, 'correct horse battery staple'));
  }
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const t0 = performance.now();
  const results = await Promise.all(
    sessions.map((s) =>
      app.server.inject({
        method: 'POST',
        url: '/admin/api/media?filename=big.' + (format === 'png' ? 'png' : 'jpg'),
        headers: {
          cookie: `nd_session=${s.token}`,
          'x-csrf-token': s.csrf,
          'content-type': `image/${format}`,
        },
        payload: image,
      }),
    ),
  );
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  console.log(
    `${uploads} × ${format} ${width}×${height} (${((width * height) / 1e6).toFixed(1)} MP, ${mb(image.length)} file): ` +
      `statuses ${results.map((r) => r.statusCode).join(',')}; RSS before ${mb(before)}, peak ${mb(peak)} (+${mb(peak - before)}); ${seconds.toFixed(1)} s`,
  );
} finally {
  await bench.close();
}
