import { withSafeUrls, type Article, type ArticleSummary } from '../../domain/article.ts';
import { typeset } from '../../lib/typography.ts';
import type { AnalysisResult } from '../../services/analysis/analysis.service.ts';
import type { StoryView } from '../../services/stories/story.service.ts';
import { ArticleBody } from '../components/ArticleBody.tsx';
import { ConflictingAccounts, KeyFacts } from '../components/KeyFacts.tsx';
import { LiveBlogSection, type LiveBlogView } from '../components/LiveBlog.tsx';
import { Layout } from '../components/Layout.tsx';
import { SideStories } from '../components/Cards.tsx';
import { MostRead } from '../components/Listing.tsx';
import type { Alternate, PageContext } from '../components/page-context.ts';
import { absolute, paths } from '../urls.ts';
import { ArticleFooter } from './article/ArticleFooter.tsx';
import { ArticleHead, summaryOf } from './article/ArticleHead.tsx';
import { ArticleHeader } from './article/ArticleHeader.tsx';
import { FeaturedFigure } from './article/FeaturedFigure.tsx';
import { StoryBox } from './article/StoryBox.tsx';

/**
 * An article's page: the article, what story intelligence found and its story in the main column;
 * related and most-read articles beside it on wide screens, after it on phones.
 */
export function ArticlePage(props: {
  ctx: PageContext;
  article: Article;
  related: ArticleSummary[];
  /** Where `related` comes from: the article's section, or the whole site when the section has no other. */
  relatedFrom?: 'section' | 'site';
  mostRead: ArticleSummary[];
  facts: AnalysisResult | null;
  story: StoryView | null;
  alternates: Alternate[];
  xDefault: string;
  /** A live blog's coverage and entries (null for an ordinary article). */
  live?: LiveBlogView | null;
}) {
  const { ctx, related } = props;
  // Addresses stored before the URL policy existed are checked again here, for the page and its JSON-LD.
  // Headline and standfirst with the language's quotes, for the page, its title and its metadata.
  const article = typeset(withSafeUrls(props.article));
  const { t, site } = ctx;
  const canonical = absolute(
    site.baseUrl,
    paths.article(article.language, article.section.slug, article.slug),
  );
  return (
    <Layout
      ctx={ctx}
      title={article.headline}
      description={summaryOf(article)}
      canonical={canonical}
      currentSection={article.section.slug}
      alternates={props.alternates}
      xDefault={props.xDefault}
      head={
        <ArticleHead
          ctx={ctx}
          article={article}
          canonical={canonical}
          alternates={props.alternates}
          facts={props.facts}
          live={props.live ?? null}
        />
      }
    >
      <div class="with-sidebar">
        <div class="main-column">
          <article
            class="article"
            style={article.section.color ? { '--section-color': article.section.color } : undefined}
          >
            <ArticleHeader ctx={ctx} article={article} />
            {article.featuredImage ? <FeaturedFigure image={article.featuredImage} /> : null}
            <ArticleBody body={article.body} />
            {props.live ? <LiveBlogSection ctx={ctx} articleId={article.id} live={props.live} /> : null}
            <ArticleFooter ctx={ctx} article={article} />
          </article>
          {props.facts ? <ConflictingAccounts ctx={ctx} facts={props.facts} /> : null}
          {props.facts ? <KeyFacts ctx={ctx} facts={props.facts} /> : null}
          {props.story ? <StoryBox ctx={ctx} story={props.story} articleId={article.id} /> : null}
        </div>
        {related.length || props.mostRead.length ? (
          <div class="sidebar related">
            <SideStories
              articles={related}
              heading={props.relatedFrom === 'site' ? t('latest') : t('related')}
              headingId="related-heading"
            />
            <MostRead ctx={ctx} articles={props.mostRead} />
          </div>
        ) : null}
      </div>
      <script data-article={article.id} dangerouslySetInnerHTML={{ __html: ctx.assets.viewBeacon }} />
      {props.live ? <script dangerouslySetInnerHTML={{ __html: ctx.assets.liveBlog }} /> : null}
    </Layout>
  );
}
