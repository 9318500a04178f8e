import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraph } from '../domain/body.ts';
import { createTestApp, type TestApp } from '../../test/utils/app.ts';
import { dialects } from '../../test/utils/databases.ts';
import { ifStarted } from '../../test/utils/if-started.ts';

describe.each(dialects)('featured images on %s', (dialect) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(dialect);
    await app.container.taxonomy.createSection({ slug: 'world', name: 'World', position: 0 });
    await app.container.writer.create({
      language: 'en',
      headline: 'Ferry service restored',
      sectionSlug: 'world',
      body: [paragraph('The ferry runs again.')],
      status: 'published',
      featuredImage: {
        src: '/media/2f0c7a52-8f1e-4d3b-9a57-0c1d2e3f4a5b/original.jpg',
        alt: 'The ferry at the pier',
        caption: 'Back in service',
        credit: 'Photo: Staff',
        width: 1600,
        height: 900,
        mediaId: '2f0c7a52-8f1e-4d3b-9a57-0c1d2e3f4a5b',
      },
    });
  });
  afterAll(async () => ifStarted(app)?.dispose());

  it('shows the featured image on the article page with srcset, caption and credit, and in social cards', async () => {
    const html = (await app.server.inject({ url: '/en/world/ferry-service-restored' })).body;
    const figure = /<figure class="featured-image">([\s\S]*?)<\/figure>/.exec(html)?.[1] ?? '';
    expect(figure).toContain('alt="The ferry at the pier"');
    expect(figure).toMatch(/srcset="[^"]*640w/);
    expect(figure).toContain('width="1600"');
    expect(figure).toContain('loading="eager"');
    expect(figure).toContain('Back in service');
    expect(figure).toContain('Photo: Staff');
    expect(html).toContain(
      '<meta property="og:image" content="http://news.test/media/2f0c7a52-8f1e-4d3b-9a57-0c1d2e3f4a5b/original.jpg"/>',
    );
  });

  it('gives the front page’s lead story its image', async () => {
    const html = (await app.server.inject({ url: '/en/' })).body;
    expect(html).toMatch(/<article class="lead with-image"[\s\S]*?alt="The ferry at the pier"/);
  });
});
