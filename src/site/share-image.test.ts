import { describe, expect, it } from 'vitest';
import { defaultSiteSettings } from '../domain/site.ts';
import { shareImagePath, shareImageSource, shareImageSvg, wrap } from './share-image.ts';

describe('the share image', () => {
  it('wraps words into lines, ending a cut text with an ellipsis', () => {
    expect(wrap('News from the region and the world', 16, 3)).toEqual([
      'News from the',
      'region and the',
      'world',
    ]);
    expect(wrap('one two three four', 7, 2)).toEqual(['one two', 'three…']);
    expect(wrap('  ', 10, 2)).toEqual([]);
  });

  it('shows the name and the tagline in the page’s language, escaped', () => {
    const site = { ...defaultSiteSettings, name: 'Caspian <Courier> & Co' };
    const svg = shareImageSvg(site, 'ru');
    expect(svg).toContain('width="1200" height="630"');
    expect(svg).toContain('Caspian &lt;Courier&gt; &amp; Co');
    expect(svg).toContain('Новости региона и мира');
    expect(svg).toContain('>127.0.0.1:3000</text>');
    expect(shareImageSvg(site, 'en')).toContain('News from the region and the world');
  });

  it('has a stable path whose version changes exactly with what it shows', () => {
    const path = shareImagePath(defaultSiteSettings, 'en');
    expect(path).toMatch(/^\/share-image\/en\.png\?v=[0-9a-f]{12}$/);
    const smallerPages = { ...defaultSiteSettings, pageSize: 3 };
    expect(shareImagePath(smallerPages, 'en')).toBe(path);
    expect(shareImagePath({ ...defaultSiteSettings, name: 'Other' }, 'en')).not.toBe(path);
    // Another language's tagline changes only that language's picture.
    const az = { ...defaultSiteSettings, taglines: { ...defaultSiteSettings.taglines, az: 'Yeni' } };
    expect(shareImagePath(az, 'en')).toBe(path);
    expect(shareImagePath(az, 'az')).not.toBe(shareImagePath(defaultSiteSettings, 'az'));
  });

  it('is drawn on the brand colour, and a new colour gives new addresses', () => {
    const green = { ...defaultSiteSettings, brandColor: '#0b5d3b' };
    expect(shareImageSvg(green, 'en')).toContain('<rect width="1200" height="630" fill="#0b5d3b"/>');
    expect(shareImageSource(green, 'logo.png')?.svg).toContain('fill="#0b5d3b"');
    expect(shareImagePath(green, 'en')).not.toBe(shareImagePath(defaultSiteSettings, 'en'));
    expect(shareImageSource(green, 'logo.png')?.version).not.toBe(
      shareImageSource(defaultSiteSettings, 'logo.png')?.version,
    );
  });

  it('answers only the site’s languages and the logo', () => {
    expect(shareImageSource(defaultSiteSettings, 'az.png')?.svg).toContain('Regiondan');
    expect(shareImageSource(defaultSiteSettings, 'logo.png')?.svg).toContain('width="512"');
    for (const name of ['fr.png', 'en.jpg', 'EN.png', '../en.png'])
      expect(shareImageSource(defaultSiteSettings, name)).toBeNull();
  });
});
