import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../services/articles/body-html.ts';
import { autoParagraphs, stripShortcodes, wordpressToHtml, type Unconverted } from './wp-content.ts';

const convert = (content: string) => {
  const notes: Unconverted[] = [];
  return { blocks: htmlToBlocks(wordpressToHtml(content, notes)), notes: notes.map((n) => n.what) };
};

describe('WordPress content', () => {
  it('unwraps Gutenberg blocks into body blocks', () => {
    const { blocks, notes } = convert(
      '<!-- wp:paragraph -->\n<p>The pier reopens.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:heading {"level":3} -->\n<h3>Times</h3>\n<!-- /wp:heading -->',
    );
    expect(blocks).toEqual([
      { type: 'paragraph', content: [{ text: 'The pier reopens.' }] },
      { type: 'heading', level: 3, content: [{ text: 'Times' }] },
    ]);
    expect(notes).toEqual([]);
  });

  it('turns a YouTube embed block into an embed and lists an unsupported one', () => {
    const { blocks, notes } = convert(
      '<!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ"} -->\n<figure><div>https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure>\n<!-- /wp:embed -->' +
        '<!-- wp:embed {"url":"https://video.example.net/v/1"} -->\n<figure><div>https://video.example.net/v/1</div></figure>\n<!-- /wp:embed -->',
    );
    expect(blocks).toEqual([
      { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
    ]);
    expect(notes).toEqual(['embed of https://video.example.net/v/1 (provider not supported)']);
  });

  it('lists unknown, dynamic and gallery blocks', () => {
    const { notes } = convert(
      '<!-- wp:acme/map -->\n<p>Map text</p>\n<!-- /wp:acme/map --><!-- wp:latest-posts /--><!-- wp:gallery -->\n<figure></figure>\n<!-- /wp:gallery -->',
    );
    expect(notes).toEqual([
      'block wp:acme/map (its HTML kept as it was)',
      'dynamic block wp:latest-posts (nothing to keep)',
      'gallery block (its images kept one after another)',
    ]);
  });

  it('removes shortcodes but keeps [caption] content and bracketed prose', () => {
    const notes: Unconverted[] = [];
    const out = stripShortcodes(
      'He said [sic] so. [gallery ids="1,2"] [caption id="c1"]<img src="https://x.example/a.jpg"> A pier[/caption] [note]hidden[/note]',
      notes,
    );
    expect(out).toBe('He said [sic] so.  <img src="https://x.example/a.jpg"> A pier ');
    expect(notes.map((n) => n.what)).toEqual(['shortcode [gallery] removed', 'shortcode [note] removed']);
  });

  it('gives classic-editor text its paragraphs and line breaks', () => {
    expect(autoParagraphs('First line\nsecond line\n\nNext paragraph\n\n<ul><li>a</li></ul>')).toBe(
      '<p>First line<br>second line</p>\n<p>Next paragraph</p>\n<ul><li>a</li></ul>',
    );
    expect(autoParagraphs('<p>Already</p>')).toBe('<p>Already</p>');
  });

  it('drops scripts and says so', () => {
    const { blocks, notes } = convert('<p>Safe</p><script>alert(1)</script>');
    expect(blocks).toEqual([{ type: 'paragraph', content: [{ text: 'Safe' }] }]);
    expect(notes).toEqual(['<script> removed']);
  });
});
