/**
 * WordPress import benchmark (issue 16): `newsdesk import wxr` of a generated export of
 * IMPORT_POSTS posts (default 10,000), every IMPORT_IMAGE_EVERY-th with its own featured image
 * (default every 10th: 1,000 JPEGs in a copy of wp-content/uploads), into a fresh SQLite database,
 * as a child process: wall time, posts per second and the child's peak resident memory. Beside it,
 * in the same run, the baseline: the same command with --dry-run (the file streamed, every post
 * converted and checked, nothing written), so the difference is the cost of writing. Figures are
 * printed, never asserted. Build first (`npm run build:server`) to measure the compiled command, as
 * an operator runs it; otherwise the child runs the TypeScript sources through tsx.
 *
 *   npm run bench:import
 *   IMPORT_POSTS=2000 npm run bench:import
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import sharp from 'sharp';
import { tempDir } from './lib/bench-app.ts';
import { fixed, intFromEnv, table } from './lib/format.ts';
import { machine, printMachine } from './lib/machine.ts';

const POSTS = intFromEnv('IMPORT_POSTS', 10_000, 10, 200_000);
const IMAGE_EVERY = intFromEnv('IMPORT_IMAGE_EVERY', 10, 1, 1_000_000);
const SITE = 'https://bench-old.example.org';

const SECTIONS = ['News', 'Sport', 'Economy'] as const;
const cdata = (s: string) => `<![CDATA[${s}]]>`;
const pad = (n: number) => String(n).padStart(2, '0');

function post(id: number, thumbnail: number | null): string {
  const d = new Date(Date.UTC(2020, 0, 1) + id * 3_600_000);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:00:00`;
  const body = [
    `<!-- wp:paragraph -->\n<p>Bench report ${id}: the port authority counted ${id % 97} ships and ${id % 13} delays on the northern berth.</p>\n<!-- /wp:paragraph -->`,
    `<!-- wp:heading {"level":2} -->\n<h2>Details</h2>\n<!-- /wp:heading -->`,
    `<!-- wp:paragraph -->\n<p>The harbour board will meet again next week to <strong>review the timetable</strong> for route ${id % 31}.</p>\n<!-- /wp:paragraph -->`,
  ].join('\n');
  return `<item>
  <title>${cdata(`Bench harbour report ${id}`)}</title>
  <link>${SITE}/${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/bench-harbour-report-${id}/</link>
  <dc:creator>${cdata(`author${id % 7}`)}</dc:creator>
  <content:encoded>${cdata(body)}</content:encoded>
  <excerpt:encoded>${cdata(`Report ${id} in brief.`)}</excerpt:encoded>
  <wp:post_id>${id}</wp:post_id>
  <wp:post_date>${cdata(date)}</wp:post_date>
  <wp:post_date_gmt>${cdata(date)}</wp:post_date_gmt>
  <wp:post_name>${cdata(`bench-harbour-report-${id}`)}</wp:post_name>
  <wp:status>${cdata('publish')}</wp:status>
  <wp:post_type>${cdata('post')}</wp:post_type>
  <category domain="category" nicename="${SECTIONS[id % 3]?.toLowerCase()}">${cdata(SECTIONS[id % 3] ?? 'News')}</category>
  <category domain="post_tag" nicename="tag-${id % 40}">${cdata(`Tag ${id % 40}`)}</category>
  ${thumbnail ? `<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>${thumbnail}</wp:meta_value></wp:postmeta>` : ''}
</item>\n`;
}

function attachment(id: number, file: string): string {
  return `<item>
  <title>${cdata(`Picture ${id}`)}</title>
  <wp:post_id>${id}</wp:post_id>
  <wp:post_type>${cdata('attachment')}</wp:post_type>
  <wp:status>${cdata('inherit')}</wp:status>
  <wp:attachment_url>${cdata(`${SITE}/wp-content/uploads/${file}`)}</wp:attachment_url>
  <wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>${cdata(`Picture ${id}`)}</wp:meta_value></wp:postmeta>
</item>\n`;
}

async function writeExport(dir: string): Promise<{ file: string; images: number }> {
  const file = join(dir, 'export.xml');
  const out = createWriteStream(file);
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  await write(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Bench harbour</title><link>${SITE}</link><language>en-GB</language>
<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>${SITE}</wp:base_site_url>
${Array.from({ length: 7 }, (_, i) => `<wp:author><wp:author_login>${cdata(`author${i}`)}</wp:author_login><wp:author_display_name>${cdata(`Bench Author ${i}`)}</wp:author_display_name></wp:author>`).join('\n')}
`);
  const uploads = join(dir, 'uploads');
  let images = 0;
  const base = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#335577' } })
    .jpeg({ quality: 80 })
    .toBuffer();
  for (let id = 1; id <= POSTS; id++) {
    let thumbnail: number | null = null;
    if (id % IMAGE_EVERY === 0) {
      const rel = `${2020 + (id % 5)}/${pad((id % 12) + 1)}/picture-${id}.jpg`;
      mkdirSync(join(uploads, rel, '..'), { recursive: true });
      writeFileSync(join(uploads, rel), base);
      thumbnail = 1_000_000 + id;
      await write(attachment(thumbnail, rel));
      images++;
    }
    await write(post(id, thumbnail));
  }
  await write('</channel>\n</rss>\n');
  out.end();
  await once(out, 'finish');
  return { file, images };
}

interface Run {
  label: string;
  ms: number;
  peakRssMiB: number;
  report: string;
}

/** Runs `newsdesk import wxr` as a child, sampling its resident memory from /proc every 50 ms. */
async function runImport(label: string, dir: string, file: string, extra: string[]): Promise<Run> {
  const db = join(dir, `${label.replace(/\W+/g, '-')}.sqlite`);
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['bin/newsdesk.mjs', 'import', 'wxr', file, '--media-dir', join(dir, 'uploads'), ...extra],
    {
      env: {
        ...process.env,
        DATABASE_URL: `sqlite:${db}`,
        MEDIA_DIR: join(dir, `media-${label.replace(/\W+/g, '-')}`),
        NEWSDESK_DEMO: '0',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let peak = 0;
  const sample = setInterval(() => {
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
      if (kb) peak = Math.max(peak, Number(kb) / 1024);
    } catch {
      // The child has just ended.
    }
  }, 50);
  let report = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (c: string) => (report += c));
  const [code] = (await once(child, 'exit')) as [number | null];
  clearInterval(sample);
  if (code !== 0) throw new Error(`${label}: newsdesk import wxr exited ${code}\n${report}`);
  return { label, ms: performance.now() - started, peakRssMiB: peak, report };
}

const m = machine(new Date());
printMachine('WordPress import benchmark', m);
const dir = await tempDir('import');
try {
  const t0 = performance.now();
  const { file, images } = await writeExport(dir.path);
  const mb = statSync(file).size / 1e6;
  console.log(
    `export: ${POSTS} posts, ${images} images, ${fixed(mb, 1)} MB (written in ${fixed((performance.now() - t0) / 1000, 1)} s)`,
  );
  const dry = await runImport('dry run (baseline)', dir.path, file, ['--dry-run']);
  const full = await runImport('import', dir.path, file, []);
  console.log(
    table(
      [
        ['run', 'wall s', 'posts/s', 'peak RSS MiB'],
        ...[dry, full].map((r) => [
          r.label,
          fixed(r.ms / 1000, 1),
          fixed(POSTS / (r.ms / 1000), 0),
          fixed(r.peakRssMiB, 0),
        ]),
      ],
      new Set([1, 2, 3]),
    ),
  );
  console.log(`\nimport's report:\n${full.report}`);
} finally {
  await dir.remove();
}
