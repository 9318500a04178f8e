import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../services/articles/body-html.ts';
import type { Unconverted } from '../import-kit.ts';
import { LexicalError, lexicalToHtml } from './lexical-to-html.ts';

const text = (t: string, format = 0) => ({
  type: 'extended-text',
  text: t,
  format,
  detail: 0,
  mode: 'normal',
});
const doc = (...children: unknown[]) => JSON.stringify({ root: { type: 'root', children } });
const convert = (json: string, origin: string | null = 'https://old.example') => {
  const notes: Unconverted[] = [];
  const html = lexicalToHtml(json, origin, notes);
  return { html, notes: notes.map((n) => n.what), blocks: htmlToBlocks(html) };
};

describe('Lexical documents as body blocks', () => {
  it('keeps paragraphs with bold, italic and links, and line breaks inside them', () => {
    const { blocks } = convert(
      doc({
        type: 'paragraph',
        children: [
          text('The ferry '),
          text('resumed', 1),
          text(' on '),
          text('Monday', 2),
          { type: 'linebreak' },
          { type: 'link', url: '__GHOST_URL__/ferry-timetable/', children: [text('timetable')] },
        ],
      }),
    );
    expect(blocks).toHaveLength(1);
    const p = blocks[0]!;
    expect(p.type).toBe('paragraph');
    const runs = p.type === 'paragraph' ? p.content : [];
    expect(runs.find((r) => r.text === 'resumed')?.bold).toBe(true);
    expect(runs.find((r) => r.text === 'Monday')?.italic).toBe(true);
    expect(runs.find((r) => r.text === 'timetable')?.href).toBe('https://old.example/ferry-timetable/');
  });

  it('maps headings, quotes, asides and lists (nested items flattened, with a note)', () => {
    const { blocks, notes } = convert(
      doc(
        { type: 'extended-heading', tag: 'h2', children: [text('What changed')] },
        { type: 'heading', tag: 'h4', children: [text('Details')] },
        { type: 'extended-quote', children: [text('We are ready.')] },
        { type: 'aside', children: [text('A side note.')] },
        {
          type: 'list',
          listType: 'number',
          tag: 'ol',
          children: [
            { type: 'listitem', children: [text('First')] },
            {
              type: 'listitem',
              children: [
                {
                  type: 'list',
                  listType: 'bullet',
                  children: [{ type: 'listitem', children: [text('Inner')] }],
                },
              ],
            },
          ],
        },
      ),
    );
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'heading', 'quote', 'quote', 'list']);
    const list = blocks[4]!;
    expect(list.type === 'list' && list.ordered).toBe(true);
    expect(list.type === 'list' && list.items.map((i) => i.map((r) => r.text).join(''))).toEqual([
      'First',
      'Inner',
    ]);
    expect(notes).toContain('nested list flattened');
  });

  it('turns image cards into images with alt, caption and size, resolving __GHOST_URL__', () => {
    const { blocks } = convert(
      doc({
        type: 'image',
        src: '__GHOST_URL__/content/images/2025/11/pier.jpg',
        alt: 'The pier at dawn',
        caption: '<span>The pier</span>',
        width: 1200,
        height: 800,
      }),
    );
    expect(blocks).toEqual([
      expect.objectContaining({
        type: 'image',
        src: 'https://old.example/content/images/2025/11/pier.jpg',
        alt: 'The pier at dawn',
        caption: 'The pier',
        width: 1200,
        height: 800,
      }),
    ]);
  });

  it('leaves __GHOST_URL__ as a site path when the old address is unknown', () => {
    const { blocks } = convert(
      doc({ type: 'image', src: '__GHOST_URL__/content/images/a.png', alt: '' }),
      null,
    );
    expect(blocks[0]).toMatchObject({ type: 'image', src: '/content/images/a.png' });
  });

  it('keeps embeds of known providers as embeds and other embeds as links, with a note', () => {
    const { blocks, notes } = convert(
      doc(
        {
          type: 'embed',
          url: 'https://www.youtube.com/watch?v=abcdefghijk',
          embedType: 'video',
          html: '<iframe></iframe>',
        },
        { type: 'embed', url: 'https://maps.example.org/view/1', html: '<iframe></iframe>' },
        { type: 'bookmark', url: 'https://example.org/report', metadata: { title: 'The report' } },
      ),
    );
    expect(blocks[0]).toMatchObject({ type: 'embed', provider: 'youtube' });
    expect(blocks[1]?.type).toBe('paragraph');
    expect(blocks[2]).toMatchObject({
      type: 'paragraph',
      content: [{ text: 'The report', href: 'https://example.org/report' }],
    });
    expect(notes).toEqual(['embed of maps.example.org kept as a link', 'bookmark card kept as a link']);
  });

  it('sanitises html cards and names cards it cannot keep; silent cards vanish', () => {
    const { blocks, notes } = convert(
      doc(
        { type: 'html', html: '<p>Kept.</p><script>alert(1)</script>' },
        { type: 'button', buttonText: 'Subscribe', buttonUrl: 'https://x.example' },
        { type: 'paywall' },
        { type: 'horizontalrule' },
        { type: 'markdown', markdown: 'First *para*.\n\nSecond.' },
        { type: 'codeblock', code: 'x < 1', language: 'js' },
      ),
    );
    expect(
      blocks.map((b) => (b.type === 'paragraph' ? b.content.map((r) => r.text).join('') : b.type)),
    ).toEqual(['Kept.', 'First *para*.', 'Second.', 'x < 1']);
    expect(notes).toEqual([
      'button card (no counterpart; left out)',
      'markdown card kept as plain paragraphs',
      'code block kept as plain text',
    ]);
  });

  it('keeps gallery images one after another', () => {
    const { blocks, notes } = convert(
      doc({
        type: 'gallery',
        images: [
          { src: '__GHOST_URL__/content/images/g1.jpg', alt: 'one', width: 10, height: 10 },
          { src: '__GHOST_URL__/content/images/g2.jpg', alt: 'two' },
        ],
      }),
    );
    expect(blocks.map((b) => b.type === 'image' && b.alt)).toEqual(['one', 'two']);
    expect(notes).toEqual(['gallery card (its images kept one after another)']);
  });

  it('refuses what is not a Lexical document', () => {
    expect(() => convert('{"root":')).toThrow(LexicalError);
    expect(() => convert('{"root":{"type":"root"}}')).toThrow('no root node');
    expect(() => convert('[1,2]')).toThrow(LexicalError);
  });
});
