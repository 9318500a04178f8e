import { describe, expect, it } from 'vitest';
import type { Block } from '../../domain/body.ts';
import { blocksToHtml, htmlToBlocks } from './body-html.ts';

describe('editor HTML ⇄ body blocks', () => {
  const body: Block[] = [
    { type: 'heading', level: 2, content: [{ text: 'What happened' }] },
    {
      type: 'paragraph',
      content: [
        { text: 'The ministry said ' },
        { text: '“nothing', bold: true },
        { text: ' more”', italic: true },
        { text: ' — see ' },
        { text: 'the note', href: 'https://example.org/note?a=1&b=2' },
        { text: '.' },
      ],
    },
    {
      type: 'quote',
      content: [{ text: 'First line.' }, { text: '\n' }, { text: 'Second line.' }],
      cite: 'A. Speaker',
    },
    { type: 'list', ordered: true, items: [[{ text: 'one' }], [{ text: 'two <b>' }]] },
    {
      type: 'image',
      src: '/media/0b3c1c5e-4a4f-4f77-9a55-2f1f1b1c1d1e/original.jpg',
      alt: 'A "quoted" & <odd> alt',
      caption: 'The embassy',
      credit: 'Photo: Staff',
      width: 1200,
      height: 800,
      mediaId: '0b3c1c5e-4a4f-4f77-9a55-2f1f1b1c1d1e',
    },
    {
      type: 'embed',
      provider: 'youtube',
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      caption: 'Video',
    },
  ];

  it('round-trips every block kind through the editor HTML', () => {
    const html = blocksToHtml(body);
    expect(html).toContain('two &lt;b&gt;');
    expect(htmlToBlocks(html)).toEqual([
      body[0],
      body[1],
      { type: 'quote', content: [{ text: 'First line.\nSecond line.' }], cite: 'A. Speaker' },
      body[3],
      body[4],
      body[5],
    ]);
  });

  it('reads pasted HTML from other editors into blocks: headings, bare text, images inside paragraphs', () => {
    const blocks = htmlToBlocks(
      '<h1>Title</h1>Loose   text<br><div><p>In a <span style="color:red">div</span></p></div>' +
        '<p>Before<img src="https://example.org/a.jpg" alt="A">After</p><h4>Small</h4>' +
        '<ul><li>a<ul><li>nested</li></ul></li></ul>',
    );
    expect(blocks).toEqual([
      { type: 'heading', level: 2, content: [{ text: 'Title' }] },
      { type: 'paragraph', content: [{ text: 'Loose text' }] },
      { type: 'paragraph', content: [{ text: 'In a div' }] },
      { type: 'paragraph', content: [{ text: 'Before' }] },
      { type: 'image', src: 'https://example.org/a.jpg', alt: 'A' },
      { type: 'paragraph', content: [{ text: 'After' }] },
      { type: 'heading', level: 3, content: [{ text: 'Small' }] },
      { type: 'list', ordered: false, items: [[{ text: 'a\nnested' }]] },
    ]);
  });

  it('drops scripts, handlers, unsafe links and embeds from unknown hosts', () => {
    const blocks = htmlToBlocks(
      '<p onclick="alert(1)">Hi<script>alert(1)</script> <a href="javascript:alert(1)">x</a>' +
        '<a href="//evil.example/">y</a></p><img src="javascript:alert(1)" onerror="alert(1)">' +
        '<div data-embed="youtube" data-url="https://evil.example/v"></div><style>p{}</style>',
    );
    expect(blocks).toEqual([{ type: 'paragraph', content: [{ text: 'Hi xy' }] }]);
  });
});
