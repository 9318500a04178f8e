import { describe, expect, it } from 'vitest';
import { demoArticles } from '../demo-content.ts';
import { demoArticlesAz } from '../demo-content-az.ts';
import { demoArticlesRu } from '../demo-content-ru.ts';
import { seedHeadlines } from '../load-demo.ts';
import { demoPicture, picturedHeadlines } from './demo-pictures.ts';

const world = { name: 'World', color: '#1a5fb4' };
const [seedEn, seedAz, seedRu] = seedHeadlines;

describe('the demo’s pictures', () => {
  it('are listed only for headlines the demo has (a renamed story would lose its map)', () => {
    const headlines = new Set([
      ...seedHeadlines.map((s) => s.headline),
      ...[...demoArticles, ...demoArticlesAz, ...demoArticlesRu].map((a) => a.headline),
    ]);
    expect(picturedHeadlines.filter((h) => !headlines.has(h))).toEqual([]);
  });

  it('map the seed’s places, named in the story’s language on the map and in its alt text', () => {
    const en = demoPicture({ headline: seedEn?.headline ?? '', language: 'en' }, world);
    expect(en.svg).toContain('>Kyiv</text>');
    expect(en.svg).toContain('>Caspian Sea</text>');
    expect(en.alt).toBe('Map of the region with Kyiv, Moscow and Baku marked');
    expect(en.credit).toBe('Illustration: Newsdesk demo');
    const ru = demoPicture(
      { headline: seedRu?.headline ?? '', language: 'ru' },
      { name: 'Мир', color: '#1a5fb4' },
    );
    expect(ru.svg).toContain('>Киев</text>');
    expect(ru.caption).toBe('Где происходят события: Киев, Москва и Баку.');
    const az = demoPicture(
      { headline: seedAz?.headline ?? '', language: 'az' },
      { name: 'Dünya', color: '#1a5fb4' },
    );
    expect(az.alt).toBe('Kiyev, Moskva və Bakı qeyd olunmuş region xəritəsi');
    expect([en.width, en.height]).toEqual([1280, 720]);
    expect(en.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1280" height="720"/);
  });

  it('chart a story’s figures with numbers written the language’s way, all of them in the alt text', () => {
    const cotton = demoArticlesAz[0]?.headline ?? '';
    const p = demoPicture({ headline: cotton, language: 'az' }, { name: 'İqtisadiyyat', color: '#1e7345' });
    expect(p.svg).toContain('41,2 min ton');
    expect(p.alt).toBe(
      'Sütunlu diaqram: Pambıq tədarükü rayonlar üzrə. Saatlı 41,2 min ton; Sabirabad 38,7 min ton; İmişli 33,5 min ton; Digər rayonlar 72,9 min ton',
    );
  });

  it('draw any other story as an illustration of its own, the same every time, with markup escaped', () => {
    const a = demoPicture(
      { headline: 'Jazz <nights> & days', language: 'en' },
      { name: 'A & B', color: '#7b2d9e' },
    );
    const b = demoPicture({ headline: 'Another story', language: 'en' }, { name: 'A & B', color: '#7b2d9e' });
    expect(
      demoPicture({ headline: 'Jazz <nights> & days', language: 'en' }, { name: 'A & B', color: '#7b2d9e' })
        .svg,
    ).toBe(a.svg);
    expect(b.svg).not.toBe(a.svg);
    expect(a.svg).toContain('>A &amp; B</text>');
    expect(a.svg).not.toContain('<nights>');
    expect(a.alt).toBe('Abstract illustration in the colours of the A & B section');
    expect(a.filename).toBe('jazz-nights-and-days.svg');
  });
});
