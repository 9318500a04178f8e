import type { ComponentChildren } from 'preact';
import { SiteShareTags } from '../../share-tags.tsx';
import { absolute } from '../../urls.ts';
import type { Alternate, PageContext } from '../page-context.ts';

/**
 * A page's <head>: title, description, canonical and hreflang links, robots, fonts, stylesheet and
 * icon, the page's own tags (`head`), its feeds, and the script that applies the text size before paint.
 */
export function PageHead({
  ctx,
  fullTitle,
  description,
  canonical,
  noindex,
  alternates,
  xDefault,
  feeds,
  head,
}: {
  ctx: PageContext;
  fullTitle: string;
  description?: string | null | undefined;
  canonical?: string | null | undefined;
  noindex?: boolean | undefined;
  alternates?: Alternate[] | undefined;
  xDefault?: string | undefined;
  feeds?: { rss: string; atom: string; json: string } | undefined;
  head?: ComponentChildren;
}) {
  const { site, assets } = ctx;
  // hreflang only where the page exists in more than one language.
  const translated = alternates && alternates.length > 1 ? alternates : null;
  return (
    <head>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{fullTitle}</title>
      {description ? <meta name="description" content={description} /> : null}
      {canonical ? <link rel="canonical" href={canonical} /> : null}
      {translated
        ? translated.map((a) => (
            <link rel="alternate" hrefLang={a.language} href={absolute(site.baseUrl, a.href)} />
          ))
        : null}
      {translated && xDefault ? (
        <link rel="alternate" hrefLang="x-default" href={absolute(site.baseUrl, xDefault)} />
      ) : null}
      {/* Indexable pages let search engines show their pictures large (Discover, Top stories). */}
      <meta name="robots" content={noindex ? 'noindex' : 'max-image-preview:large'} />
      <meta name="color-scheme" content="light dark" />
      {[
        ...assets.preloadFonts,
        // The subsets this page's language needs at once (its title or description shows them), so
        // they make first paint (the faces are font-display: optional).
        ...assets.subsetFonts
          .filter((f) => f.letters.test(`${fullTitle} ${description ?? ''}`))
          .flatMap((f) => f.hrefs),
      ].map((href) => (
        <link rel="preload" href={href} as="font" type="font/woff2" crossOrigin="anonymous" />
      ))}
      <link rel="stylesheet" href={assets.stylesheetHref} />
      {/* No first paint before the page is parsed (it arrives whole, ~20 KB): a paint in the middle
          of parsing (a slow device) drew the search form where the language links, parsed a moment
          later, then pushed it from — a layout shift. Browsers without rel=expect ignore it. */}
      <link rel="expect" href="#site-footer" {...{ blocking: 'render' }} />
      <link rel="icon" href={assets.logoHref} type="image/svg+xml" />
      {head ??
        (canonical && !noindex ? (
          <SiteShareTags ctx={ctx} title={fullTitle} description={description} canonical={canonical} />
        ) : null)}
      {feeds ? <FeedLinks title={fullTitle} feeds={feeds} /> : null}
      <script dangerouslySetInnerHTML={{ __html: assets.headScript }} />
    </head>
  );
}

/** A listing's feeds, announced for feed readers. */
function FeedLinks({ title, feeds }: { title: string; feeds: { rss: string; atom: string; json: string } }) {
  return (
    <>
      <link rel="alternate" type="application/rss+xml" title={`${title} (RSS)`} href={feeds.rss} />
      <link rel="alternate" type="application/atom+xml" title={`${title} (Atom)`} href={feeds.atom} />
      <link rel="alternate" type="application/feed+json" title={`${title} (JSON Feed)`} href={feeds.json} />
    </>
  );
}
