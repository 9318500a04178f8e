import { describe, expect, it } from 'vitest';
import {
  breadcrumbLd,
  jsonLdScript,
  newsArticleLd,
  organizationLd,
  profilePageLd,
  webSiteLd,
  type ArticleLdModel,
} from './structured-data.ts';

const model = (over: Partial<ArticleLdModel> = {}): ArticleLdModel => ({
  url: 'https://news.example/en/world/talks',
  headline: 'Talks resume',
  description: 'Both sides met.',
  language: 'en',
  section: { name: 'World', url: 'https://news.example/en/world/' },
  published: new Date('2025-11-21T08:00:00Z'),
  modified: new Date('2025-11-21T09:00:00Z'),
  authors: [{ name: 'Aysel Mammadova', url: 'https://news.example/en/author/aysel' }],
  creditedOrganization: null,
  publisher: { name: 'Newsdesk', url: 'https://news.example/', logoUrl: 'https://news.example/logo.png' },
  images: ['https://news.example/media/1/1200.jpg'],
  defaultImage: 'https://news.example/share-image/en.png?v=1',
  tags: ['Diplomacy', 'Energy'],
  sources: [],
  home: { name: 'Newsdesk', url: 'https://news.example/en/' },
  translations: [],
  ...over,
});

describe('newsArticleLd', () => {
  it('describes the article: headline, dates, section, page, people, publisher, images, keywords', () => {
    const ld = newsArticleLd(model());
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Talks resume',
      description: 'Both sides met.',
      inLanguage: 'en',
      articleSection: 'World',
      datePublished: '2025-11-21T08:00:00.000Z',
      dateModified: '2025-11-21T09:00:00.000Z',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://news.example/en/world/talks' },
      author: [{ '@type': 'Person', name: 'Aysel Mammadova', url: 'https://news.example/en/author/aysel' }],
      publisher: {
        '@type': 'NewsMediaOrganization',
        name: 'Newsdesk',
        logo: { '@type': 'ImageObject', url: 'https://news.example/logo.png' },
      },
      image: ['https://news.example/media/1/1200.jpg'],
      keywords: 'Diplomacy, Energy',
    });
  });

  it('cuts a headline past 110 characters to 109 and an ellipsis', () => {
    const headline = newsArticleLd(model({ headline: 'x'.repeat(111) })).headline as string;
    expect(headline).toHaveLength(110);
    expect(headline.endsWith('…')).toBe(true);
    expect(newsArticleLd(model({ headline: 'y'.repeat(110) })).headline).toBe('y'.repeat(110));
  });

  it('credits the originating outlet, else the publisher, when no person is named', () => {
    const wire = { name: 'Wire Agency', url: 'https://wire.example/' };
    expect(newsArticleLd(model({ authors: [], creditedOrganization: wire })).author).toEqual([
      { '@type': 'Organization', name: 'Wire Agency', url: 'https://wire.example/' },
    ]);
    const unlinked = { name: 'Wire Agency', url: null };
    expect(newsArticleLd(model({ authors: [], creditedOrganization: unlinked })).author).toEqual([
      { '@type': 'Organization', name: 'Wire Agency' },
    ]);
    expect(newsArticleLd(model({ authors: [] })).author).toEqual([
      { '@type': 'Organization', name: 'Newsdesk', url: 'https://news.example/' },
    ]);
  });

  it('names raster images only: an SVG picture is left out, and without any the share image stands in', () => {
    expect(
      newsArticleLd(
        model({ images: ['https://cdn.example/chart.svg?x=1', 'https://news.example/media/1/1200.jpg'] }),
      ).image,
    ).toEqual(['https://news.example/media/1/1200.jpg']);
    expect(newsArticleLd(model({ images: ['https://cdn.example/Chart.SVG'] })).image).toEqual([
      'https://news.example/share-image/en.png?v=1',
    ]);
  });

  it('falls back to the share image for an article without images and leaves empty lists out', () => {
    const ld = newsArticleLd(model({ images: [], tags: [], description: null }));
    expect(ld.image).toEqual(['https://news.example/share-image/en.png?v=1']);
    for (const key of [
      'keywords',
      'description',
      'isBasedOn',
      'citation',
      'about',
      'mentions',
      'workTranslation',
    ])
      expect(ld, key).not.toHaveProperty(key);
  });

  it('cites sources (with their address when known), topics and translations', () => {
    const ld = newsArticleLd(
      model({
        sources: [
          { name: 'Ministry statement', url: 'https://gov.example/s' },
          { name: 'Interview', url: null },
        ],
        about: [
          { type: 'Person', name: 'Ilham Aliyev', url: 'https://news.example/en/topic/person/ilham-aliyev' },
        ],
        mentions: [{ type: 'Place', name: 'Baku', url: 'https://news.example/en/topic/place/baku' }],
        translations: [{ language: 'az', url: 'https://news.example/az/dunya/danisiqlar' }],
      }),
    );
    const cited = [
      { '@type': 'CreativeWork', name: 'Ministry statement', url: 'https://gov.example/s' },
      { '@type': 'CreativeWork', name: 'Interview' },
    ];
    expect(ld.isBasedOn).toEqual(cited);
    expect(ld.citation).toEqual(cited);
    expect(ld.about).toEqual([
      { '@type': 'Person', name: 'Ilham Aliyev', url: 'https://news.example/en/topic/person/ilham-aliyev' },
    ]);
    expect(ld.mentions).toEqual([
      { '@type': 'Place', name: 'Baku', url: 'https://news.example/en/topic/place/baku' },
    ]);
    expect(ld.workTranslation).toEqual([
      { '@type': 'NewsArticle', inLanguage: 'az', url: 'https://news.example/az/dunya/danisiqlar' },
    ]);
  });
});

describe('breadcrumbLd', () => {
  it('numbers the trail from 1', () => {
    expect(
      breadcrumbLd([
        { name: 'Newsdesk', url: 'https://news.example/en/' },
        { name: 'World', url: 'https://news.example/en/world/' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Newsdesk', item: 'https://news.example/en/' },
        { '@type': 'ListItem', position: 2, name: 'World', item: 'https://news.example/en/world/' },
      ],
    });
  });
});

describe('the front page’s organisation and site', () => {
  it('gives the organisation a raster logo and image, and the publisher’s details when known', () => {
    const ld = organizationLd({
      name: 'Newsdesk',
      url: 'https://news.example/en/',
      logoUrl: 'https://news.example/share-image/logo.png?v=1',
      image: 'https://news.example/share-image/en.png?v=1',
      legalName: 'Newsdesk Ltd',
      email: '',
    });
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsMediaOrganization',
      name: 'Newsdesk',
      url: 'https://news.example/en/',
      logo: { '@type': 'ImageObject', url: 'https://news.example/share-image/logo.png?v=1' },
      image: 'https://news.example/share-image/en.png?v=1',
      legalName: 'Newsdesk Ltd',
    });
  });

  it('describes the site with its search', () => {
    expect(
      webSiteLd({
        name: 'Newsdesk',
        url: 'https://news.example/ru/',
        language: 'ru',
        searchUrl: 'https://news.example/ru/search?q={search_term_string}',
      }),
    ).toMatchObject({
      '@type': 'WebSite',
      inLanguage: 'ru',
      potentialAction: {
        '@type': 'SearchAction',
        target: { urlTemplate: 'https://news.example/ru/search?q={search_term_string}' },
      },
    });
  });
});

describe('jsonLdScript', () => {
  it('cannot close the script element or start markup, and reads back as the same data', () => {
    const data = { headline: '</script><script>alert(1)</script> & <!-- x -->' };
    const text = jsonLdScript(data);
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual(data);
  });
  it('an author page: a ProfilePage about the person, or the organisation credited as author', () => {
    const base = {
      name: 'Leyla Hasanova',
      url: 'https://news.example/en/author/leyla',
      jobTitle: 'Reporter',
      description: 'Covers energy.',
      image: 'https://news.example/media/1/320.jpg',
    };
    expect(profilePageLd({ kind: 'person', ...base })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      url: base.url,
      mainEntity: { '@type': 'Person', ...base },
    });
    const desk = profilePageLd({ ...base, kind: 'organization', name: 'Economy desk', image: null });
    expect(desk.mainEntity).toEqual({
      '@type': 'Organization',
      name: 'Economy desk',
      url: base.url,
      description: 'Covers energy.',
    });
  });
  it('an organisation byline is an Organization author, linked to its author page', () => {
    const desk = { name: 'Economy desk', url: 'https://news.example/en/author/economy-desk' };
    expect(
      newsArticleLd(
        model({
          authors: [
            { ...desk, kind: 'organization' },
            { name: 'A B', url: 'u' },
          ],
        }),
      ).author,
    ).toEqual([
      { '@type': 'Organization', ...desk },
      { '@type': 'Person', name: 'A B', url: 'u' },
    ]);
  });
});
