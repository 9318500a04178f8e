import { describe, expect, it } from 'vitest';
import { withSafeUrls } from './article.ts';
import { blockSchema, safeBody, type Block } from './body.ts';
import { embedUrlOf } from '../lib/embeds.ts';
import { isSafeUrl, publicUrl, urlKinds, urlProblem, type UrlKind } from './urls.ts';

/** Addresses no kind of field may hold: script and data schemes in the disguises browsers accept. */
const hostile = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0001javascript:alert(1)',
  'javascript&colon;alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml;base64,PHN2Zz4=',
  'file:///etc/passwd',
  '//evil.example/x.png',
  '/\\evil.example/x.png',
  'https:evil.example',
  'https://',
  'http:///path',
  '',
  `https://example.com/${'a'.repeat(2000)}`,
];

const allowed: Record<UrlKind, string[]> = {
  link: [
    'https://example.com/a?b=1&c=2#d',
    'HTTP://EXAMPLE.COM/',
    'mailto:desk@example.com',
    'tel:+994 12 345-67-89',
    '/en/world/story',
  ],
  image: ['https://cdn.example.com/photo.jpg', 'http://127.0.0.1:3000/media/x.jpg', '/media/abc/640.webp'],
  source: ['https://outlet.example/story', 'http://outlet.example/'],
  embed: [
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://youtu.be/dQw4w9WgXcQ',
    'https://x.com/someone/status/1',
    'https://www.facebook.com/post/1',
  ],
};
const refused: Record<UrlKind, string[]> = {
  link: ['ftp://example.com/', 'mailto:', 'tel:javascript:alert(1)', 'example.com', '#top', '?q=1'],
  image: ['mailto:desk@example.com', 'tel:+994', 'ftp://example.com/x.png', 'photo.jpg'],
  source: ['/en/world/story', 'mailto:desk@example.com', 'tel:+99412345'],
  embed: [
    'http://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://evil.example/watch?v=x',
    'https://youtube.com.evil.example/',
    '/en/world/story',
  ],
};

describe('the URL policy', () => {
  it.each(urlKinds)('refuses script, data and other-site addresses as %s URLs', (kind) => {
    for (const url of hostile)
      expect(urlProblem(kind, url), `${kind}: ${JSON.stringify(url)}`).not.toBeNull();
  });

  it.each(urlKinds)('allows and refuses what the policy says for %s URLs', (kind) => {
    for (const url of allowed[kind]) expect(urlProblem(kind, url), `${kind}: ${url}`).toBeNull();
    for (const url of refused[kind]) expect(isSafeUrl(kind, url), `${kind}: ${url}`).toBe(false);
  });

  it('says what is allowed in its message', () => {
    expect(urlProblem('link', 'javascript:alert(1)')).toBe(
      'must be an http(s), mailto: or tel: link, or a path on this site',
    );
    expect(urlProblem('embed', 'https://evil.example/')).toBe(
      'must be an https URL of YouTube, X or Facebook',
    );
    expect(urlProblem('image', '//evil.example/x.png')).toBe('must not start with // (that is another site)');
  });

  it('makes public URLs: site paths joined to the base URL, external addresses kept, unsafe ones null', () => {
    const base = 'http://127.0.0.1:3000';
    expect(publicUrl('image', base, '/media/a.jpg')).toBe('http://127.0.0.1:3000/media/a.jpg');
    expect(publicUrl('image', base, 'https://cdn.example.com/a.jpg?w=1&h=2')).toBe(
      'https://cdn.example.com/a.jpg?w=1&h=2',
    );
    expect(publicUrl('image', 'https://news.example/', '/media/a b.jpg')).toBe(
      'https://news.example/media/a%20b.jpg',
    );
    expect(publicUrl('image', base, 'javascript:alert(1)')).toBeNull();
    expect(publicUrl('image', base, null)).toBeNull();
    expect(publicUrl('source', base, '/en/')).toBeNull();
  });

  it('stores pasted http embed links as https, and only for the allowlisted providers', () => {
    expect(embedUrlOf(' http://www.youtube.com/watch?v=dQw4w9WgXcQ ')).toEqual({
      provider: 'youtube',
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    });
    expect(embedUrlOf('https://evil.example/v')).toBeNull();
    expect(embedUrlOf('javascript:alert(1)')).toBeNull();
  });

  it('names the field of a refused address in a body block', () => {
    const r = blockSchema.safeParse({ type: 'embed', provider: 'youtube', url: 'javascript:alert(1)' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['url']);
    const mismatch = blockSchema.safeParse({
      type: 'embed',
      provider: 'youtube',
      url: 'https://x.com/a/status/1',
    });
    expect(mismatch.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['url', 'is a x URL, not youtube'],
    ]);
    const link = blockSchema.safeParse({
      type: 'paragraph',
      content: [{ text: 'ok' }, { text: 'x', href: 'data:text/html,x' }],
    });
    expect(link.error?.issues.map((i) => i.path.join('.'))).toEqual(['content.1.href']);
  });
});

describe('cleaning stored addresses for output', () => {
  const stored: Block[] = [
    {
      type: 'paragraph',
      content: [
        { text: 'kept ', href: 'https://example.com/' },
        { text: 'unlinked', bold: true, href: 'javascript:alert(1)' },
      ],
    },
    { type: 'list', ordered: true, items: [[{ text: 'x', href: 'vbscript:x' }]] },
    { type: 'image', src: 'data:image/svg+xml,<svg onload=alert(1)>', alt: 'gone' },
    { type: 'image', src: 'https://cdn.example.com/kept.jpg', alt: 'kept' },
    { type: 'embed', provider: 'youtube', url: 'javascript:alert(1)' },
    { type: 'embed', provider: 'x', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
    { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
  ];

  it('unlinks bad links (keeping the text) and leaves out bad images and embeds', () => {
    expect(safeBody(stored)).toEqual([
      {
        type: 'paragraph',
        content: [
          { text: 'kept ', href: 'https://example.com/' },
          { text: 'unlinked', bold: true },
        ],
      },
      { type: 'list', ordered: true, items: [[{ text: 'x' }]] },
      { type: 'image', src: 'https://cdn.example.com/kept.jpg', alt: 'kept' },
      { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
    ]);
  });

  it('drops a bad featured image and bad source URLs, keeping the source names', () => {
    const cleaned = withSafeUrls({
      body: [],
      featuredImage: { src: 'javascript:alert(1)', alt: '' } as never,
      sources: [
        { outlet: 'Bad', citing: null, url: 'javascript:alert(1)' },
        { outlet: 'Good', citing: null, url: 'https://outlet.example/' },
      ],
    });
    expect(cleaned.featuredImage).toBeNull();
    expect(cleaned.sources).toEqual([
      { outlet: 'Bad', citing: null, url: null },
      { outlet: 'Good', citing: null, url: 'https://outlet.example/' },
    ]);
  });
});
