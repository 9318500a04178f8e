import type { ComponentChildren } from 'preact';
import type { ArticleSummary } from '../../domain/article.ts';
import type { Page } from '../../lib/pagination.ts';
import { Layout } from '../components/Layout.tsx';
import type { Alternate, PageContext } from '../components/page-context.ts';
import { LatestList, Pagination } from '../components/Listing.tsx';

/** Section, tag and author pages: a heading, an optional introduction, the articles, pagination. */
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
}) {
  const { ctx, page } = props;
  const t = ctx.t;
  const title =
    page.page > 1
      ? `${props.title} (${t('pageOf', { page: page.page, count: page.pageCount })})`
      : props.title;
  return (
    <Layout
      ctx={ctx}
      title={title}
      description={props.description ?? null}
      canonical={props.canonical}
      alternates={props.alternates}
      feeds={props.feeds}
      currentSection={props.currentSection}
      // Nothing to list (a tag or author with no article in this language): not for search engines.
      noindex={page.total === 0}
    >
      <h1 class="page-title">{props.heading ?? props.title}</h1>
      {props.intro}
      <p class="count">{t('articleCount', { count: page.total })}</p>
      <LatestList ctx={ctx} articles={page.items} heading={t('latest')} today={props.today} />
      <Pagination t={t} page={page} href={props.href} />
    </Layout>
  );
}
