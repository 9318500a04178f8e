import type { ComponentChildren } from 'preact';
import type { ArticleSummary } from '../../domain/article.ts';
import type { Language, SiteSettings } from '../../domain/site.ts';
import type { Section } from '../../domain/taxonomy.ts';
import type { AssetManifest } from '../assets.ts';
import { fill, type Strings } from '../strings.ts';
import { paths } from '../urls.ts';

export interface PageContext {
  site: SiteSettings;
  languages: Language[];
  language: string;
  strings: Strings;
  sections: Section[];
  assets: AssetManifest;
}

export interface LayoutProps {
  ctx: PageContext;
  title: string;
  description?: string | null;
  canonical?: string | null;
  currentSection?: string;
  breaking?: ArticleSummary | null;
  noindex?: boolean;
  children: ComponentChildren;
}

export function Layout({
  ctx,
  title,
  description,
  canonical,
  currentSection,
  breaking,
  noindex,
  children,
}: LayoutProps) {
  const { site, strings: t, language } = ctx;
  const ts = site.textSize;
  const fullTitle = title === site.name ? title : `${title} — ${site.name}`;
  return (
    <html
      lang={language}
      data-ts-min={ts.min}
      data-ts-max={ts.max}
      data-ts-step={ts.step}
      data-ts-default={ts.default}
    >
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        {description ? <meta name="description" content={description} /> : null}
        {canonical ? <link rel="canonical" href={canonical} /> : null}
        {noindex ? <meta name="robots" content="noindex" /> : null}
        <meta name="color-scheme" content="light dark" />
        {ctx.assets.preloadFonts.map((href) => (
          <link rel="preload" href={href} as="font" type="font/woff2" crossOrigin="anonymous" />
        ))}
        <link rel="stylesheet" href={ctx.assets.stylesheetHref} />
        <script dangerouslySetInnerHTML={{ __html: ctx.assets.headScript }} />
      </head>
      <body>
        <a class="skip-link" href="#content">
          {t.skipToContent}
        </a>
        <header class="site-header">
          <div class="wrap">
            <a class="brand" href={paths.front(language)}>
              {site.name}
              <span class="brand-tagline">{site.tagline}</span>
            </a>
            {ctx.languages.length > 1 ? (
              <nav class="lang-switch" aria-label={t.languages}>
                <ul>
                  {ctx.languages.map((l) => (
                    <li>
                      <a
                        href={paths.front(l.code)}
                        lang={l.code}
                        hrefLang={l.code}
                        aria-current={l.code === language ? 'true' : undefined}
                      >
                        {l.name}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            ) : null}
          </div>
          <nav class="section-nav" aria-label={t.sections}>
            <div class="wrap">
              <ul>
                {ctx.sections.map((s) => (
                  <li style={s.color ? { '--section-color': s.color } : undefined}>
                    <a
                      href={paths.section(language, s.slug)}
                      aria-current={s.slug === currentSection ? 'page' : undefined}
                    >
                      {s.name}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          </nav>
        </header>
        {breaking ? (
          <div class="breaking" role="region" aria-label={t.breaking}>
            <div class="wrap">
              <strong>{t.breaking}</strong>
              <a href={paths.article(breaking.language, breaking.section.slug, breaking.slug)}>
                {breaking.headline}
              </a>
            </div>
          </div>
        ) : null}
        <main id="content" tabIndex={-1}>
          <div class="wrap">{children}</div>
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <a class="brand" href={paths.front(language)}>
              {site.name}
            </a>
            <nav aria-label={t.sections}>
              <ul>
                {ctx.sections.map((s) => (
                  <li>
                    <a href={paths.section(language, s.slug)}>{s.name}</a>
                  </li>
                ))}
              </ul>
            </nav>
            <p>{fill(t.footerAbout, { publisher: site.publisher.legalName })}</p>
            <address>
              {site.publisher.address}
              {site.publisher.email ? (
                <>
                  {' · '}
                  {t.contact}: <a href={`mailto:${site.publisher.email}`}>{site.publisher.email}</a>
                </>
              ) : null}
            </address>
          </div>
        </footer>
      </body>
    </html>
  );
}
