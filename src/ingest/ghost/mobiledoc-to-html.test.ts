import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../services/articles/body-html.ts';
import type { Unconverted } from '../import-kit.ts';
import { MobiledocError, mobiledocToHtml } from './mobiledoc-to-html.ts';

const convert = (doc: unknown, origin: string | null = 'https://old.example') => {
  const notes: Unconverted[] = [];
  const html = mobiledocToHtml(typeof doc === 'string' ? doc : JSON.stringify(doc), origin, notes);
  return { html, notes: notes.map((n) => n.what), blocks: htmlToBlocks(html) };
};

describe('Mobiledoc documents as body blocks', () => {
  it('opens and closes markups around text, with links and soft returns', () => {
    const { blocks } = convert({
      version: '0.3.1',
      atoms: [['soft-return', '', {}]],
      cards: [],
      markups: [['strong'], ['a', ['href', '__GHOST_URL__/harbour/']], ['em']],
      sections: [
        [
          1,
          'p',
          [
            [0, [], 0, 'The '],
            [0, [0], 1, 'harbour'],
            [0, [], 0, ' reopened '],
            [0, [1, 2], 2, 'today'],
            [1, [], 0, 0],
            [0, [], 0, 'Second line.'],
          ],
        ],
      ],
    });
    const p = blocks[0]!;
    expect(p.type).toBe('paragraph');
    const runs = p.type === 'paragraph' ? p.content : [];
    expect(runs.find((r) => r.text === 'harbour')?.bold).toBe(true);
    expect(runs.find((r) => r.text === 'today')).toMatchObject({
      italic: true,
      href: 'https://old.example/harbour/',
    });
    expect(runs.map((r) => r.text).join('')).toContain('Second line.');
  });

  it('maps headings, blockquotes, lists and image sections', () => {
    const { blocks } = convert({
      version: '0.3.1',
      atoms: [],
      cards: [],
      markups: [],
      sections: [
        [1, 'h2', [[0, [], 0, 'Schedule']]],
        [1, 'blockquote', [[0, [], 0, 'Quoted words.']]],
        [3, 'ol', [[[0, [], 0, 'One']], [[0, [], 0, 'Two']]]],
        [2, '__GHOST_URL__/content/images/x.jpg'],
      ],
    });
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'quote', 'list', 'image']);
    expect(blocks[3]).toMatchObject({ src: 'https://old.example/content/images/x.jpg' });
  });

  it('turns cards into blocks or names them', () => {
    const { blocks, notes } = convert({
      version: '0.3.1',
      atoms: [],
      markups: [],
      cards: [
        [
          'image',
          { src: '__GHOST_URL__/content/images/y.jpg', alt: 'Y', caption: 'Cap', width: 10, height: 5 },
        ],
        ['markdown', { markdown: 'Plain *markdown*.' }],
        ['embed', { url: 'https://youtu.be/abcdefghijk' }],
        ['product', { productTitle: 'A book' }],
        ['hr', {}],
        ['html', { html: '<p>Raw <b>html</b></p><iframe src="https://evil.example"></iframe>' }],
      ],
      sections: [
        [10, 0],
        [10, 1],
        [10, 2],
        [10, 3],
        [10, 4],
        [10, 5],
        [10, 99],
      ],
    });
    expect(blocks.map((b) => b.type)).toEqual(['image', 'paragraph', 'embed', 'paragraph']);
    expect(notes).toEqual([
      'markdown card kept as plain paragraphs',
      'product card (no counterpart; left out)',
      'unnamed card (no counterpart; left out)',
    ]);
  });

  it('closes markups a document leaves open', () => {
    const { html } = convert({
      version: '0.3.1',
      atoms: [],
      cards: [],
      markups: [['em']],
      sections: [[1, 'p', [[0, [0], 0, 'unclosed']]]],
    });
    expect(html).toBe('<p><em>unclosed</em></p>');
  });

  it('refuses what is not a Mobiledoc document', () => {
    expect(() => convert('not json')).toThrow(MobiledocError);
    expect(() => convert({ version: '0.3.1' })).toThrow('no sections');
  });
});
