import type { ComponentChildren } from 'preact';
import type { ArticleSummary } from '../../domain/article.ts';
import type { Page } from '../../lib/pagination.ts';
import { Layout } from '../components/Layout.tsx';
import type { Alternate, PageContext } from '../components/page-context.ts';
import { Card } from '../components/Cards.tsx';
import { LatestList, LeadStory, MostRead, Pagination } from '../components/Listing.tsx';

/**
 * How a listing arranges its articles: `stream` is a dated list (latest news, archives: time is
 * the point); `portal` is the front page's look (a lead with its picture, then a grid of cards)
 * with a sidebar of the site's latest and most read (sections, tags, authors).
 */
export type ListingLayout = 'stream' | 'portal';

/** What the portal layout's sidebar shows; empty lists leave their box out. */
export interface ListingSidebar {
  /** The site's newest articles in the language, none of them on this page. */
  latest: ArticleSummary[];
  mostRead: ArticleSummary[];
}

/** Section, tag, author, latest and archive pages: a heading, an optional introduction, the articles, pagination. */
export function ListingPage(props: {
  ctx: PageContext;
  title: string;
  /** The <h1> when it needs markup (a name in another language); else the title. */
  heading?: ComponentChildren;
  intro?: ComponentChildren;
  description?: string | null;
  canonical: string;
  alternates?: Alternate[];
  currentSection?: string;
  page: Page<ArticleSummary>;
  href: (page: number) => string;
  today: string;
  feeds?: { rss: string; atom: string; json: string };
  layout?: ListingLayout;
  sidebar?: ListingSidebar;
  /** More for <head> (structured data). */
  head?: ComponentChildren;
}) {
  const { ctx, page } = props;
  const t = ctx.t;
  const title =
    page.page > 1
      ? `${props.title} (${t('pageOf', { page: page.page, count: page.pageCount })})`
      : props.title;
  const layout = props.layout ?? 'stream';
  let articles: ComponentChildren;
  switch (layout) {
    case 'stream':
      articles = (
        <>
          <LatestList ctx={ctx} articles={page.items} heading={t('latest')} today={props.today} />
          <Pagination t={t} page={page} href={props.href} />
        </>
      );
      break;
    case 'portal':
      articles = (
        <PortalListing
          ctx={ctx}
          page={page}
          href={props.href}
          today={props.today}
          // On a section's own page every story is of that section: no label needed.
          showSection={props.currentSection === undefined}
          sidebar={props.sidebar ?? { latest: [], mostRead: [] }}
        />
      );
      break;
  }
  return (
    <Layout
      ctx={ctx}
      title={title}
      description={props.description ?? null}
      canonical={props.canonical}
      alternates={props.alternates}
      feeds={props.feeds}
      currentSection={props.currentSection}
      head={props.head}
      // Nothing to list (a tag or author with no article in this language): not for search engines.
      noindex={page.total === 0}
    >
      <h1 class="page-title">{props.heading ?? props.title}</h1>
      {props.intro}
      <p class="count">{t('articleCount', { count: page.total })}</p>
      {articles}
    </Layout>
  );
}

/**
 * The portal layout: on page 1 the newest story leads (large, with its picture), the rest follow as
 * cards; later pages are all cards. Pagination under the grid; the sidebar beside it on wide screens.
 */
function PortalListing({
  ctx,
  page,
  href,
  today,
  showSection,
  sidebar,
}: {
  ctx: PageContext;
  page: Page<ArticleSummary>;
  href: (page: number) => string;
  today: string;
  showSection: boolean;
  sidebar: ListingSidebar;
}) {
  const { t } = ctx;
  const lead = page.page === 1 ? page.items[0] : undefined;
  const rest = lead ? page.items.slice(1) : page.items;
  const { latest } = sidebar;
  return (
    <div class="with-sidebar listing">
      <div class="main-column">
        {page.items.length === 0 ? <p class="empty">{t('noArticles')}</p> : null}
        {lead ? <LeadStory ctx={ctx} article={lead} showSection={showSection} today={today} /> : null}
        {rest.length ? (
          <section class="listing-grid" aria-label={t('moreArticles')}>
            {rest.map((a) => (
              <Card ctx={ctx} article={a} showSection={showSection} today={today} />
            ))}
          </section>
        ) : null}
        <Pagination t={t} page={page} href={href} />
      </div>
      {latest.length || sidebar.mostRead.length ? (
        <div class="sidebar">
          {latest.length ? (
            <LatestList ctx={ctx} articles={latest} heading={t('latest')} today={today} compact />
          ) : null}
          <MostRead ctx={ctx} articles={sidebar.mostRead} />
        </div>
      ) : null}
    </div>
  );
}
