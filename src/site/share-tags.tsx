import { jsonLdScript, organizationLd, webSiteLd } from '../feeds/structured-data.ts';
import { packFor } from '../languages/index.ts';
import type { PageContext } from './components/page-context.ts';
import { logoImagePath, SHARE_HEIGHT, SHARE_WIDTH, shareImagePath } from './share-image.ts';
import { absolute, paths } from './urls.ts';

/** The share image's size and type, so networks lay the card out before fetching the picture. */
export const ShareImageSize = () => (
  <>
    <meta property="og:image:type" content="image/png" />
    <meta property="og:image:width" content={String(SHARE_WIDTH)} />
    <meta property="og:image:height" content={String(SHARE_HEIGHT)} />
  </>
);

/**
 * OpenGraph and Twitter tags of a page without tags of its own (front, section, listing pages):
 * its title and description with the site's share image; on the front page also JSON-LD for the
 * site (with its search) and the news organisation (raster logo and image).
 */
export function SiteShareTags({
  ctx,
  title,
  description,
  canonical,
}: {
  ctx: PageContext;
  title: string;
  description?: string | null | undefined;
  canonical: string;
}) {
  const { site, language } = ctx;
  const abs = (path: string) => absolute(site.baseUrl, path);
  const image = abs(shareImagePath(site, language));
  const front = abs(paths.front(language));
  const ld =
    canonical === front
      ? [
          webSiteLd({
            name: site.name,
            url: front,
            language,
            searchUrl: `${abs(paths.search(language))}?q={search_term_string}`,
          }),
          organizationLd({
            name: site.name,
            url: front,
            logoUrl: abs(logoImagePath(site)),
            image,
            legalName: site.publisher.legalName,
            email: site.publisher.email,
            address: site.publisher.address,
          }),
        ]
      : null;
  return (
    <>
      {ld ? (
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(ld) }} />
      ) : null}
      <meta property="og:type" content="website" />
      <meta property="og:site_name" content={site.name} />
      <meta property="og:title" content={title} />
      {description ? <meta property="og:description" content={description} /> : null}
      <meta property="og:url" content={canonical} />
      <meta property="og:locale" content={packFor(language).ogLocale} />
      <meta property="og:image" content={image} />
      <ShareImageSize />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:image" content={image} />
    </>
  );
}
