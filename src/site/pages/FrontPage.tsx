import type { ArticleSummary } from '../../domain/article.ts';
import type { Page } from '../../lib/pagination.ts';
import { Layout } from '../components/Layout.tsx';
import type { PageContext } from '../components/page-context.ts';
import { SectionRows, StoryCards } from '../components/Cards.tsx';
import { LatestList, LeadStory, MostRead, Pagination } from '../components/Listing.tsx';
import { absolute, paths } from '../urls.ts';
import { taglineIn } from '../../domain/site.ts';
import { planFront } from './front/plan.ts';

/**
 * Page 1: the lead story, the top stories and a row per section in the main column, with the latest
 * news (the paged stream) and the most read beside it on wide screens, after it on phones.
 * Later pages: the latest news alone, with the most read beside it.
 */
export function FrontPage({
  ctx,
  page,
  curated,
  recent,
  breaking,
  today,
  feeds,
  mostRead,
}: {
  ctx: PageContext;
  /** The latest news, paged: what "Older" walks through. */
  page: Page<ArticleSummary>;
  /** Editors' picks, in slot order (page 1 only). */
  curated: ArticleSummary[];
  /** The newest stories, more than a page, for the top grid and the section rows (page 1 only). */
  recent: ArticleSummary[];
  breaking: ArticleSummary | null;
  today: string;
  feeds: { rss: string; atom: string; json: string };
  mostRead: ArticleSummary[];
}) {
  const { site, t, language } = ctx;
  const first = page.page === 1;
  const plan = first ? planFront(curated, recent, ctx.sections) : null;
  const latest = (
    <LatestList ctx={ctx} articles={page.items} heading={t('latest')} today={today} compact={first}>
      <Pagination t={t} page={page} href={(n) => paths.front(language, n)} />
    </LatestList>
  );
  return (
    <Layout
      ctx={ctx}
      title={site.name}
      description={taglineIn(site, language)}
      canonical={absolute(site.baseUrl, paths.front(language, page.page))}
      breaking={breaking}
      feeds={feeds}
    >
      <h1 class="visually-hidden">{site.name}</h1>
      <div class="with-sidebar front">
        <div class="main-column">
          {plan?.lead ? (
            <>
              <LeadStory ctx={ctx} article={plan.lead} />
              <StoryCards ctx={ctx} articles={plan.top} />
              <SectionRows ctx={ctx} rows={plan.rows} />
            </>
          ) : first ? (
            <p class="empty">{t('noArticles')}</p>
          ) : (
            latest
          )}
        </div>
        <div class="sidebar">
          {first && plan?.lead ? latest : null}
          <MostRead ctx={ctx} articles={mostRead} />
        </div>
      </div>
    </Layout>
  );
}
