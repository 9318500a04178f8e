/**
 * A WordPress export (WXR 1.2) in the shape WordPress writes, with our own invented text: a
 * newsroom's archive of `posts` posts with categories, tags, three authors, drafts, one private
 * and one trashed post, Gutenberg and classic content, a shortcode, an unknown block, a gallery,
 * an embed, featured images and an inline image, and a page.
 */
export interface SampleExport {
  xml: string;
  /** Files the attachments point at, relative to wp-content/uploads (the last one is left out of the media folder by tests). */
  files: string[];
}

export const SAMPLE_SITE = 'https://old.example.org';
const cats = [
  ['news', 'News'],
  ['sport', 'Sport'],
  ['culture', 'Culture'],
  ['latest', 'Latest'], // a slug our site reserves for a route
] as const;
const tags = ['Harbour', 'Ferries', 'Council', 'Budget', 'Weather', 'Schools', 'Trains', 'Library'];
const authors = [
  ['mara', 'Mara Quill'],
  ['tobin', 'Tobin Vale'],
  ['ines', 'Ines Arbor'],
] as const;

const cdata = (s: string) => `<![CDATA[${s.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
const pad = (n: number) => String(n).padStart(2, '0');

export function statusOf(id: number): string {
  if (id === 7) return 'private';
  if (id === 13) return 'trash';
  return id % 10 === 0 ? 'draft' : 'publish';
}

/** Post `id`'s date: one a day from 1 January 2024, at 08:15 UTC. */
export const dateOf = (id: number): Date => new Date(Date.UTC(2024, 0, id, 8, 15, 0));
const wpDate = (d: Date) =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00`;

export const slugOf = (id: number) => `harbour-report-number-${id}`;
export const titleOf = (id: number) => `Harbour report number ${id}`;
export const linkOf = (id: number) => {
  const d = dateOf(id);
  return `${SAMPLE_SITE}/${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${slugOf(id)}/`;
};

function contentOf(id: number): string {
  const p1 = `The harbour board met on day ${id} and agreed to repaint the north pier before the spring ferries return.`;
  const p2 = `Residents asked for a second evening crossing; the board said it would look at the timetable in report ${id}.`;
  if (id === 5) return `${p1}\n\n[contact-form id="3" title="Tips"]\n\n${p2}`;
  if (id === 9)
    return `${p1}\n\n[caption id="attachment_1009" align="alignnone" width="300"]<img src="${SAMPLE_SITE}/wp-content/uploads/2024/01/inline-9-300x200.jpg" alt="The north pier" width="300" height="200" /> The north pier[/caption]\n\n${p2}`;
  const blocks = [
    `<!-- wp:paragraph -->\n<p>${p1}</p>\n<!-- /wp:paragraph -->`,
    `<!-- wp:heading {"level":2} -->\n<h2>What comes next</h2>\n<!-- /wp:heading -->`,
    `<!-- wp:paragraph -->\n<p><strong>${p2}</strong></p>\n<!-- /wp:paragraph -->`,
    `<!-- wp:list -->\n<ul><li>North pier</li><li>Ticket office</li></ul>\n<!-- /wp:list -->`,
  ];
  if (id === 11) blocks.push('<!-- wp:acme/poll {"pollId":4} /-->');
  if (id === 15)
    blocks.push(
      `<!-- wp:gallery {"ids":[1001,1002]} -->\n<figure class="wp-block-gallery"><ul><li><figure><img src="${SAMPLE_SITE}/wp-content/uploads/2024/01/featured-1.jpg" alt="Pier"/></figure></li></ul></figure>\n<!-- /wp:gallery -->`,
    );
  if (id === 17)
    blocks.push(
      '<!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} -->\n<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n</div></figure>\n<!-- /wp:embed -->',
    );
  if (id === 19)
    blocks.push('<!-- wp:html -->\n<script>alert("x")</script><p>Kept text.</p>\n<!-- /wp:html -->');
  // Classic-editor posts: paragraphs separated by blank lines, no <p>.
  return id % 2 === 0 || (id > 10 && id < 20) ? blocks.join('\n\n') : `${p1}\n\n${p2}`;
}

function post(id: number): string {
  const d = dateOf(id);
  const status = statusOf(id);
  const [catSlug, catName] = cats[id % cats.length]!;
  const [login] = authors[id % authors.length]!;
  const meta =
    id <= 5
      ? `\n    <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>${cdata(String(1000 + id))}</wp:meta_value></wp:postmeta>`
      : '';
  return `
  <item>
    <title>${cdata(titleOf(id))}</title>
    <link>${linkOf(id)}</link>
    <pubDate>${d.toUTCString()}</pubDate>
    <dc:creator>${cdata(login)}</dc:creator>
    <guid isPermaLink="false">${SAMPLE_SITE}/?p=${id}</guid>
    <description></description>
    <content:encoded>${cdata(contentOf(id))}</content:encoded>
    <excerpt:encoded>${cdata(id % 3 === 0 ? `A short summary of report ${id} &amp; its <em>pier</em>.` : '')}</excerpt:encoded>
    <wp:post_id>${id}</wp:post_id>
    <wp:post_date>${cdata(wpDate(new Date(d.getTime() + 4 * 3600_000)))}</wp:post_date>
    <wp:post_date_gmt>${cdata(status === 'draft' ? '0000-00-00 00:00:00' : wpDate(d))}</wp:post_date_gmt>
    <wp:post_name>${cdata(slugOf(id))}</wp:post_name>
    <wp:status>${cdata(status)}</wp:status>
    <wp:post_parent>0</wp:post_parent>
    <wp:post_type>${cdata('post')}</wp:post_type>
    <category domain="category" nicename="${catSlug}">${cdata(catName)}</category>
    <category domain="post_tag" nicename="${tags[id % 8]!.toLowerCase()}">${cdata(tags[id % 8]!)}</category>
    <category domain="post_tag" nicename="${tags[(id + 3) % 8]!.toLowerCase()}">${cdata(tags[(id + 3) % 8]!)}</category>${meta}
  </item>`;
}

function attachment(id: number, file: string): string {
  return `
  <item>
    <title>${cdata(`Picture ${id}`)}</title>
    <link>${SAMPLE_SITE}/?attachment_id=${id}</link>
    <wp:post_id>${id}</wp:post_id>
    <wp:post_type>${cdata('attachment')}</wp:post_type>
    <wp:status>${cdata('inherit')}</wp:status>
    <wp:attachment_url>${cdata(`${SAMPLE_SITE}/wp-content/uploads/${file}`)}</wp:attachment_url>
    <wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>${cdata(`Harbour picture ${id}`)}</wp:meta_value></wp:postmeta>
  </item>`;
}

const page = `
  <item>
    <title>${cdata('About us')}</title>
    <link>${SAMPLE_SITE}/about/</link>
    <wp:post_id>900</wp:post_id>
    <wp:post_type>${cdata('page')}</wp:post_type>
    <wp:status>${cdata('publish')}</wp:status>
    <content:encoded>${cdata('<p>We report on the harbour.</p>')}</content:encoded>
  </item>`;

/** The export; posts are numbered 1…`posts` (post 7 is private, 13 trashed, every tenth a draft). */
export function sampleExport(posts = 200, opts: { from?: number } = {}): SampleExport {
  const files = [1, 2, 3, 4, 5].map((i) => `2024/01/featured-${i}.jpg`);
  const attachments = files.map((f, i) => attachment(1001 + i, f));
  files.push('2024/01/inline-9.jpg');
  const items: string[] = [];
  for (let id = opts.from ?? 1; id <= posts; id++) items.push(post(id));
  const xml = `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0"
  xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:wfw="http://wellformedweb.org/CommentAPI/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Harbour Town Courier</title>
  <link>${SAMPLE_SITE}</link>
  <description>News from the harbour</description>
  <language>en-US</language>
  <wp:wxr_version>1.2</wp:wxr_version>
  <wp:base_site_url>${SAMPLE_SITE}</wp:base_site_url>
  <wp:base_blog_url>${SAMPLE_SITE}</wp:base_blog_url>
${authors.map(([login, name], i) => `  <wp:author><wp:author_id>${i + 1}</wp:author_id><wp:author_login>${cdata(login)}</wp:author_login><wp:author_display_name>${cdata(name)}</wp:author_display_name></wp:author>`).join('\n')}
${cats.map(([slug, name]) => `  <wp:category><wp:category_nicename>${slug}</wp:category_nicename><wp:cat_name>${cdata(name)}</wp:cat_name></wp:category>`).join('\n')}
${items.join('')}${attachments.join('')}${page}
</channel>
</rss>
`;
  return { xml, files };
}
