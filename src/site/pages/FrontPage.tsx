import type { ArticleSummary } from '../../domain/article.ts';
import type { Page } from '../../lib/pagination.ts';
import { Layout } from '../components/Layout.tsx';
import type { PageContext } from '../components/page-context.ts';
import { SectionRows, StoryCards } from '../components/Cards.tsx';
import { LatestList, LeadStory, MostRead, Pagination } from '../components/Listing.tsx';
import { absolute, paths } from '../urls.ts';
import { taglineIn } from '../../domain/site.ts';
import type { FrontPlan } from './front/plan.ts';

/**
 * Page 1: the lead story (or two), the top stories and a row per section in the main column, with the latest
 * news (the paged stream) and the most read beside it on wide screens, after it on phones.
 * Later pages: the latest news alone, with the most read beside it.
 */
export function FrontPage({
  ctx,
  page,
  plan,
  breaking,
  today,
  feeds,
  mostRead,
  live = [],
}: {
  ctx: PageContext;
  /** The latest news, paged: what "Older" walks through. */
  page: Page<ArticleSummary>;
  /** Page 1's arrangement (the layout's leads, top grid and section rows); null on later pages. */
  plan: FrontPlan | null;
  breaking: ArticleSummary | null;
  today: string;
  feeds: { rss: string; atom: string; json: string };
  mostRead: ArticleSummary[];
  /** Live blogs whose coverage runs (page 1 only): each is linked under a "Live" label. */
  live?: { headline: string; href: string }[];
}) {
  const { site, t, language } = ctx;
  const first = page.page === 1;
  const [lead, second] = plan?.leads ?? [];
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
      {live.length ? (
        <ul class="live-now" aria-label={t('liveNow')}>
          {live.map((l) => (
            <li>
              <a href={l.href}>
                <span class="live-label">{t('liveLabel')}</span> {l.headline}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <div class="with-sidebar front">
        <div class="main-column">
          {plan && lead ? (
            <>
              {second ? (
                <div class="two-leads">
                  <LeadStory ctx={ctx} article={lead} />
                  <LeadStory ctx={ctx} article={second} />
                </div>
              ) : (
                <LeadStory ctx={ctx} article={lead} />
              )}
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
          {first && lead ? latest : null}
          <MostRead ctx={ctx} articles={mostRead} />
        </div>
      </div>
    </Layout>
  );
}
