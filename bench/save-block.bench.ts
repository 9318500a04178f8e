/**
 * How long one large article save holds the event loop (and so every other request). Builds the
 * app on a temporary SQLite database, signs a contributor in, and sends article saves of several
 * shapes near the body limit while a timer measures the longest gap between event-loop turns.
 * Figures are printed, never asserted. `node --import tsx bench/save-block.bench.ts`
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { z } from 'zod';
import { tempApp } from './lib/bench-app.ts';

/** The newsroom API's answer to a create or a save, as far as this benchmark reads it. */
const savedArticle = z.object({ data: z.looseObject({ id: z.string(), version: z.number() }) });

const bench = await tempApp('save');
const { app } = bench;
try {
  await app.container.taxonomy.createSection({ slug: 'world', name: 'World', position: 0 });
  await app.container.accounts.createUser(
    { email: 'c@example.com', name: 'C', role: 'contributor', password: 'correct horse battery staple' },
    null,
  );
  const s = await app.container.accounts.signIn('c@example.com', 'correct horse battery staple');
  const headers = {
    cookie: `nd_session=${s.token}`,
    'x-csrf-token': s.csrf,
    'content-type': 'application/json',
  };
  const created = await app.server.inject({
    method: 'POST',
    url: '/admin/api/articles',
    headers,
    payload: JSON.stringify({ language: 'en', headline: 'Big one', sectionSlug: 'world' }),
  });
  const { id, version: createdVersion } = savedArticle.parse(created.json()).data;
  let version = createdVersion;

  const words = 'the minister said on friday that talks would resume next week in baku'.split(' ');
  const text = (n: number, seed: number) =>
    Array.from({ length: n }, (_, i) => words[(i * 7 + seed) % words.length]).join(' ');
  const target = Number(process.env.BENCH_BYTES ?? 1_000_000);
  const shapes: Record<string, () => unknown> = {
    'bodyHtml, paragraphs of ~60 words': () => {
      const p = `<p>${text(60, 1)} <strong>${text(3, 2)}</strong></p>`;
      return { bodyHtml: p.repeat(Math.floor(target / p.length)) };
    },
    'body blocks, paragraphs of ~60 words': () => {
      const b = { type: 'paragraph', content: [{ text: text(60, 3) }, { text: text(3, 4), bold: true }] };
      const n = Math.floor(target / JSON.stringify(b).length);
      return { body: Array.from({ length: n }, () => b) };
    },
    'body blocks, one-word runs': () => {
      const b = {
        type: 'paragraph',
        content: Array.from({ length: 20 }, (_, i) => ({ text: `w${i} `, bold: i % 2 === 0 })),
      };
      const n = Math.floor(target / JSON.stringify(b).length);
      return { body: Array.from({ length: n }, () => b) };
    },
    'bodyHtml, one huge paragraph': () => ({ bodyHtml: `<p>${text(Math.floor(target / 5), 5)}</p>` }),
  };

  const h = monitorEventLoopDelay({ resolution: 1 });
  for (const [name, make] of Object.entries(shapes)) {
    for (let round = 0; round < 2; round++) {
      const payload = JSON.stringify({ version, ...(make() as object) });
      // Longest gap between timer turns while the save runs: what every other request waits.
      let last = performance.now();
      let worst = 0;
      const timer = setInterval(() => {
        const now = performance.now();
        worst = Math.max(worst, now - last);
        last = now;
      }, 1);
      h.reset();
      h.enable();
      const t0 = performance.now();
      const res = await app.server.inject({
        method: 'PUT',
        url: `/admin/api/articles/${id}`,
        headers,
        payload,
      });
      const total = performance.now() - t0;
      // Let the timer run once more: a request served without yielding shows its block only now.
      await new Promise((r) => setTimeout(r, 5));
      h.disable();
      clearInterval(timer);
      if (res.statusCode === 200) version = savedArticle.parse(res.json()).data.version;
      // The editor's analysis panel asks for the reading after every save (its version changed).
      if (process.env.BENCH_ANALYSIS === '0') continue;
      let last2 = performance.now();
      let worst2 = 0;
      const timer2 = setInterval(() => {
        const now = performance.now();
        worst2 = Math.max(worst2, now - last2);
        last2 = now;
      }, 1);
      const t1 = performance.now();
      const an = await app.server.inject({
        method: 'GET',
        url: `/admin/api/articles/${id}/analysis`,
        headers,
      });
      const total2 = performance.now() - t1;
      await new Promise((r) => setTimeout(r, 5));
      clearInterval(timer2);
      console.log(
        `   then GET analysis: status ${an.statusCode} total ${total2.toFixed(0)} ms longest block ${worst2.toFixed(0)} ms`,
      );
      console.log(
        `${name.padEnd(40)} ${String(payload.length).padStart(9)} B  status ${res.statusCode}  total ${total.toFixed(0)} ms  longest block ${worst.toFixed(0)} ms  (p99 delay ${(h.percentile(99) / 1e6).toFixed(0)} ms)${res.statusCode !== 200 ? ' ' + res.body.slice(0, 200) : ''}`,
      );
    }
  }
} finally {
  await bench.close();
}
