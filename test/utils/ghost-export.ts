/**
 * A Ghost 5 export (`{db: [{meta, data}]}`, as Settings → Advanced → Export writes it) with our own
 * invented text: a newsroom's archive of `posts` posts in Lexical (most), Mobiledoc (every fifth)
 * and stored HTML only (every seventh), with public and internal tags, two authors (one post has
 * both), drafts, a scheduled, an email-only and a members-only post, a page, feature images with
 * alt text and captions, inline images (one a resized copy), an embed, a button card and a script.
 * The Content API form of the same posts is `apiPostsOf`.
 */
export const GHOST_SITE = 'https://old-ghost.example.org';

const tags = [
  { id: 't-harbour', name: 'Harbour', slug: 'harbour', visibility: 'public' },
  { id: 't-trains', name: 'Trains', slug: 'trains', visibility: 'public' },
  { id: 't-weather', name: 'Weather', slug: 'weather', visibility: 'public' },
  { id: 't-internal', name: '#import-batch', slug: 'hash-import-batch', visibility: 'internal' },
];
const users = [
  { id: 'u-1', name: 'Perrin Holt', slug: 'perrin' },
  { id: 'u-2', name: 'Sela Marr', slug: 'sela' },
];

export const ghostUuidOf = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const ghostSlugOf = (n: number) => `pier-bulletin-${n}`;
export const ghostTitleOf = (n: number) => `Pier bulletin ${n}`;
/** Post n's date: one a day from 1 March 2024 at 09:30 UTC. */
export const ghostDateOf = (n: number) => new Date(Date.UTC(2024, 2, n, 9, 30, 0));

export function ghostStatusOf(n: number): { status: string; visibility: string } {
  if (n === 4) return { status: 'scheduled', visibility: 'public' };
  if (n === 6) return { status: 'sent', visibility: 'public' };
  if (n === 8) return { status: 'published', visibility: 'members' };
  return { status: n % 10 === 0 ? 'draft' : 'published', visibility: 'public' };
}

/** The primary (first public) tag of post n; tags in order. */
export function ghostTagsOf(n: number): string[] {
  const first = tags[n % 3]!.id;
  const list = [first];
  if (n % 2 === 0) list.push(tags[(n + 1) % 3]!.id);
  if (n % 4 === 0) list.unshift('t-internal'); // an internal tag before the primary one
  return list;
}

const sqliteDate = (d: Date) => d.toISOString().replace('T', ' ').slice(0, 19);
const text = (t: string, format = 0) => ({
  type: 'extended-text',
  text: t,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
});
const para = (...children: unknown[]) => ({
  type: 'paragraph',
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
});

function lexicalOf(n: number): string {
  const children: unknown[] = [
    para(
      text(
        `The harbour master said on day ${n} that the pier lights would be replaced before the winter ferries.`,
      ),
    ),
    { type: 'extended-heading', tag: 'h2', children: [text('What happens next')], version: 1 },
    para(text('Crossings continue '), text('as usual', 1), text(' while the work goes on.')),
  ];
  if (n === 3)
    children.push({
      type: 'image',
      src: '__GHOST_URL__/content/images/size/w1000/2024/03/inline-3.jpg',
      alt: 'The lit pier',
      caption: 'The pier at night',
      width: 40,
      height: 30,
    });
  if (n === 9)
    children.push({
      type: 'embed',
      url: 'https://www.youtube.com/watch?v=abcdefghijk',
      html: '<iframe></iframe>',
    });
  if (n === 11) children.push({ type: 'button', buttonText: 'Subscribe', buttonUrl: 'https://x.example' });
  if (n === 13) children.push({ type: 'html', html: '<p>Kept text.</p><script>alert(1)</script>' });
  return JSON.stringify({
    root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 },
  });
}

function mobiledocOf(n: number): string {
  return JSON.stringify({
    version: '0.3.1',
    atoms: [],
    markups: [['strong']],
    cards: [['markdown', { markdown: `A markdown note for bulletin ${n}.` }]],
    sections: [
      [
        1,
        'p',
        [
          [0, [], 0, `Bulletin ${n} from the older editor: `],
          [0, [0], 1, 'the ferry is late'],
        ],
      ],
      [10, 0],
    ],
  });
}

export interface SampleGhostExport {
  json: string;
  /** Image files under the content folder (images/…); tests leave the last out. */
  files: string[];
}

export function sampleGhostExport(count: number): SampleGhostExport {
  const posts: Record<string, unknown>[] = [];
  const postsTags: Record<string, unknown>[] = [];
  const postsAuthors: Record<string, unknown>[] = [];
  const postsMeta: Record<string, unknown>[] = [];
  const files = new Set<string>(['images/2024/03/inline-3.jpg']);
  for (let n = 1; n <= count; n++) {
    const { status, visibility } = ghostStatusOf(n);
    const id = `p-${n}`;
    const feature = n % 3 === 0 ? `__GHOST_URL__/content/images/2024/03/feature-${n}.jpg` : null;
    if (feature) files.add(`images/2024/03/feature-${n}.jpg`);
    const kind = n % 7 === 0 ? 'html' : n % 5 === 0 ? 'mobiledoc' : 'lexical';
    posts.push({
      id,
      uuid: ghostUuidOf(n),
      title: ghostTitleOf(n),
      slug: ghostSlugOf(n),
      mobiledoc: kind === 'mobiledoc' ? mobiledocOf(n) : null,
      lexical: kind === 'lexical' ? lexicalOf(n) : null,
      html: `<p>Stored HTML of bulletin ${n}: the pier reopens.</p>`,
      plaintext: `Stored text of bulletin ${n}.`,
      feature_image: feature,
      featured: 0,
      type: 'post',
      status,
      locale: null,
      visibility,
      created_at: sqliteDate(ghostDateOf(n)),
      updated_at: sqliteDate(ghostDateOf(n)),
      published_at: status === 'draft' ? null : sqliteDate(ghostDateOf(n)),
      custom_excerpt: n % 2 === 1 ? `Bulletin ${n} in short: lights & timetables.` : null,
    });
    ghostTagsOf(n).forEach((tag, i) =>
      postsTags.push({ id: `pt-${n}-${i}`, post_id: id, tag_id: tag, sort_order: i }),
    );
    postsAuthors.push({ id: `pa-${n}-0`, post_id: id, author_id: 'u-1', sort_order: 0 });
    if (n === 2) postsAuthors.push({ id: `pa-${n}-1`, post_id: id, author_id: 'u-2', sort_order: 1 });
    if (feature)
      postsMeta.push({
        id: `pm-${n}`,
        post_id: id,
        feature_image_alt: `Feature ${n}`,
        feature_image_caption: `<i>Caption ${n}</i>`,
      });
  }
  posts.push({
    id: 'page-1',
    uuid: '00000000-0000-4000-8000-999999999999',
    title: 'About the harbour paper',
    slug: 'about',
    lexical: JSON.stringify({ root: { type: 'root', children: [para(text('About us.'))] } }),
    type: 'page',
    status: 'published',
    visibility: 'public',
    published_at: sqliteDate(ghostDateOf(1)),
  });
  const data = {
    // Ghost writes tables in alphabetical order: links and posts before tags and users.
    posts,
    posts_authors: postsAuthors,
    posts_meta: postsMeta,
    posts_tags: postsTags,
    settings: [{ id: 's-1', key: 'title', value: 'The Harbour Paper' }],
    tags,
    users: users.map((u) => ({ ...u, email: `${u.slug}@old-ghost.example.org` })),
  };
  return {
    json: JSON.stringify({ db: [{ meta: { exported_on: 1733000000000, version: '5.130.6' }, data }] }),
    files: [...files],
  };
}

/** The published public and members-only posts as the Content API serves them (it serves no drafts). */
export function apiPostsOf(count: number): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (let n = 1; n <= count; n++) {
    const { status, visibility } = ghostStatusOf(n);
    if (status !== 'published') continue;
    const tagList = ghostTagsOf(n)
      .map((id) => tags.find((t) => t.id === id)!)
      .map(({ name, slug, visibility: v }) => ({ name, slug, visibility: v }));
    out.push({
      id: `p-${n}`,
      uuid: ghostUuidOf(n),
      title: ghostTitleOf(n),
      slug: ghostSlugOf(n),
      visibility,
      html: `<p>Bulletin ${n} over the API.</p>${n === 3 ? `<figure><img src="${GHOST_SITE}/content/images/2024/03/inline-3.jpg" alt="The lit pier"></figure>` : ''}`,
      plaintext: `Bulletin ${n} over the API.`,
      feature_image: n % 3 === 0 ? `${GHOST_SITE}/content/images/2024/03/feature-${n}.jpg` : null,
      feature_image_alt: n % 3 === 0 ? `Feature ${n}` : null,
      feature_image_caption: null,
      custom_excerpt: null,
      published_at: ghostDateOf(n).toISOString(),
      url: `${GHOST_SITE}/${ghostSlugOf(n)}/`,
      tags: tagList,
      authors: [{ name: 'Perrin Holt' }],
    });
  }
  return out;
}
