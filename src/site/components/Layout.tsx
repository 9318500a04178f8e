import type { ComponentChildren } from 'preact';
import type { ArticleSummary } from '../../domain/article.ts';
import { PageHead } from './layout/PageHead.tsx';
import { SiteFooter } from './layout/SiteFooter.tsx';
import { BreakingBanner, SiteHeader } from './layout/SiteHeader.tsx';
import type { Alternate, PageContext } from './page-context.ts';

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

/** Every reader page's frame: <head>, header, the breaking story, the page in <main>, footer; text-size bounds and the brand colour on <html>. */
export function Layout(props: LayoutProps) {
  const { ctx, title, breaking, children } = props;
  const { site, language } = ctx;
  const ts = site.textSize;
  const fullTitle = title === site.name ? title : `${title} — ${site.name}`;
  return (
    <html
      lang={language}
      style={`--brand:${site.brandColor}`}
      data-ts-min={ts.min}
      data-ts-max={ts.max}
      data-ts-step={ts.step}
      data-ts-default={ts.default}
    >
      <PageHead
        ctx={ctx}
        fullTitle={fullTitle}
        description={props.description}
        canonical={props.canonical}
        noindex={props.noindex}
        alternates={props.alternates}
        xDefault={props.xDefault}
        feeds={props.feeds}
        head={props.head}
      />
      <body>
        <a class="skip-link" href="#content">
          {ctx.t('skipToContent')}
        </a>
        <SiteHeader ctx={ctx} alternates={props.alternates} currentSection={props.currentSection} />
        {breaking ? <BreakingBanner ctx={ctx} breaking={breaking} /> : null}
        <main id="content" tabIndex={-1}>
          <div class="wrap">{children}</div>
        </main>
        <SiteFooter ctx={ctx} />
        <script dangerouslySetInnerHTML={{ __html: ctx.assets.relativeTimes }} />
      </body>
    </html>
  );
}
