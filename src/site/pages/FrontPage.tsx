import type { ArticleSummary } from '../../domain/article.ts';
import type { Page } from '../../lib/pagination.ts';
import { Layout } from '../components/Layout.tsx';
import type { PageContext } from '../components/page-context.ts';
import { LatestList, LeadStory, MostRead, Pagination, StoryCards } from '../components/Listing.tsx';
import { absolute, paths } from '../urls.ts';
import { taglineIn } from '../../domain/site.ts';

const SECONDARY = 4;

/** Page 1: lead story, secondary stories, then the latest; later pages: the latest list only. */
export function FrontPage({
  ctx,
  page,
  breaking,
  today,
  feeds,
  mostRead,
}: {
  ctx: PageContext;
  page: Page<ArticleSummary>;
  breaking: ArticleSummary | null;
  today: string;
  feeds: { rss: string; atom: string; json: string };
  mostRead: ArticleSummary[];
}) {
  const { site, t, language } = ctx;
  const first = page.page === 1;
  const [lead, ...rest] = page.items;
  const secondary = first ? rest.slice(0, SECONDARY) : [];
  const latest = first ? rest.slice(SECONDARY) : page.items;
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
      {first && lead ? <LeadStory ctx={ctx} article={lead} /> : null}
      <StoryCards ctx={ctx} articles={secondary} />
      {first ? <MostRead ctx={ctx} articles={mostRead} /> : null}
      {first && !lead ? (
        <p class="empty">{t('noArticles')}</p>
      ) : (
        <LatestList ctx={ctx} articles={latest} heading={t('latest')} today={today} />
      )}
      <Pagination t={t} page={page} href={(n) => paths.front(language, n)} />
    </Layout>
  );
}
