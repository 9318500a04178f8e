import type { ComponentChildren } from 'preact';
import type { ArticleSummary } from '../../domain/article.ts';
import type { Language, SiteSettings } from '../../domain/site.ts';
import type { Section } from '../../domain/taxonomy.ts';
import type { AssetManifest } from '../assets.ts';
import type { Translate } from '../../lib/messages.ts';
import { absolute, paths } from '../urls.ts';

/** A version of the current page in another language, for hreflang links and the switcher. */
export interface Alternate {
  language: string;
  href: string;
}

export interface PageContext {
  site: SiteSettings;
  languages: Language[];
  language: string;
  t: Translate;
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
  /** Versions of this page in other languages; when absent, the switcher offers each language's front page. */
  alternates?: Alternate[];
  /** Page-specific <head> content: structured data, OpenGraph and Twitter tags. */
  head?: ComponentChildren;
  /** This listing's feeds, announced in <head> for feed readers. */
  feeds?: { rss: string; atom: string; json: string };
  /** The version search engines should show readers whose language has none (hreflang x-default). */
  xDefault?: string;
  children: ComponentChildren;
}

/** Language switcher links go through /lang/{code}, which remembers the reader's choice. */
const chooseLanguage = (code: string, to: string) => `/lang/${code}?to=${encodeURIComponent(to)}`;

export function Layout(props: LayoutProps) {
  const { ctx, title, description, canonical, currentSection, breaking, noindex, children } = props;
  const { site, t, language } = ctx;
  const ts = site.textSize;
  const switcher: Alternate[] =
    props.alternates ?? ctx.languages.map((l) => ({ language: l.code, href: paths.front(l.code) }));
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
        {props.alternates && props.alternates.length > 1
          ? props.alternates.map((a) => (
              <link rel="alternate" hrefLang={a.language} href={absolute(site.baseUrl, a.href)} />
            ))
          : null}
        {props.alternates && props.alternates.length > 1 && props.xDefault ? (
          <link rel="alternate" hrefLang="x-default" href={absolute(site.baseUrl, props.xDefault)} />
        ) : null}
        {noindex ? <meta name="robots" content="noindex" /> : null}
        <meta name="color-scheme" content="light dark" />
        {ctx.assets.preloadFonts.map((href) => (
          <link rel="preload" href={href} as="font" type="font/woff2" crossOrigin="anonymous" />
        ))}
        <link rel="stylesheet" href={ctx.assets.stylesheetHref} />
        <link rel="icon" href={ctx.assets.logoHref} type="image/svg+xml" />
        {props.head}
        {props.feeds ? (
          <>
            <link
              rel="alternate"
              type="application/rss+xml"
              title={`${fullTitle} (RSS)`}
              href={props.feeds.rss}
            />
            <link
              rel="alternate"
              type="application/atom+xml"
              title={`${fullTitle} (Atom)`}
              href={props.feeds.atom}
            />
            <link
              rel="alternate"
              type="application/feed+json"
              title={`${fullTitle} (JSON Feed)`}
              href={props.feeds.json}
            />
          </>
        ) : null}
        <script dangerouslySetInnerHTML={{ __html: ctx.assets.headScript }} />
      </head>
      <body>
        <a class="skip-link" href="#content">
          {t('skipToContent')}
        </a>
        <header class="site-header">
          <div class="wrap">
            <a class="brand" href={paths.front(language)}>
              {site.name}
              <span class="brand-tagline">{site.tagline}</span>
            </a>
            <form class="header-search" role="search" method="get" action={paths.search(language)}>
              <label class="visually-hidden" for="header-q">
                {t('searchLabel')}
              </label>
              <input id="header-q" type="search" name="q" maxLength={500} />
              <button type="submit">{t('search')}</button>
            </form>
            {switcher.length > 1 ? (
              <nav class="lang-switch" aria-label={props.alternates ? t('thisStoryIn') : t('languages')}>
                <ul>
                  {switcher.map((a) => {
                    const name = ctx.languages.find((l) => l.code === a.language)?.name ?? a.language;
                    return (
                      <li>
                        {a.language === language ? (
                          <a href={a.href} lang={a.language} hrefLang={a.language} aria-current="true">
                            {name}
                          </a>
                        ) : (
                          <a
                            href={chooseLanguage(a.language, a.href)}
                            lang={a.language}
                            hrefLang={a.language}
                          >
                            {name}
                          </a>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </nav>
            ) : null}
          </div>
          <nav class="section-nav" aria-label={t('sections')}>
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
          <div class="breaking" role="region" aria-label={t('breaking')}>
            <div class="wrap">
              <strong>{t('breaking')}</strong>
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
            <nav aria-label={t('sections')}>
              <ul>
                {ctx.sections.map((s) => (
                  <li>
                    <a href={paths.section(language, s.slug)}>{s.name}</a>
                  </li>
                ))}
              </ul>
            </nav>
            <p>
              {t('feeds')}: <a href={`/${language}/feed.xml`}>RSS</a> ·{' '}
              <a href={`/${language}/atom.xml`}>Atom</a> · <a href={`/${language}/feed.json`}>JSON Feed</a>
            </p>
            <p>{t('footerAbout', { publisher: site.publisher.legalName })}</p>
            <address>
              {site.publisher.address}
              {site.publisher.email ? (
                <>
                  {' · '}
                  {t('contact')}: <a href={`mailto:${site.publisher.email}`}>{site.publisher.email}</a>
                </>
              ) : null}
            </address>
          </div>
        </footer>
      </body>
    </html>
  );
}
