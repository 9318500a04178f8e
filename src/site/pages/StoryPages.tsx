import type { ArticleSummary } from '../../domain/article.ts';
import type { StoryView, TopicView } from '../../services/stories/story.service.ts';
import { Layout } from '../components/Layout.tsx';
import type { PageContext } from '../components/page-context.ts';
import { LatestList } from '../components/Listing.tsx';
import { Timeline } from '../components/Timeline.tsx';
import { QuoteWords } from '../components/KeyFacts.tsx';
import { absolute, paths } from '../urls.ts';

/** A story: its merged timeline, then its articles; headed by its newest article (`latest`). */
export function StoryPage({
  ctx,
  story,
  latest,
  today,
}: {
  ctx: PageContext;
  story: StoryView;
  latest: ArticleSummary;
  today: string;
}) {
  const t = ctx.t;
  return (
    <Layout
      ctx={ctx}
      title={latest.headline}
      canonical={absolute(ctx.site.baseUrl, paths.story(ctx.language, story.id))}
    >
      <div class="story-page key-facts-page">
        <p class="kicker">{t('storyTimeline')}</p>
        <h1 class="page-title">{latest.headline}</h1>
        <p class="count">{t('storyArticles', { count: story.articles.length })}</p>
        <Timeline ctx={ctx} entries={story.timeline} />
        <LatestList
          ctx={ctx}
          articles={[...story.articles].reverse()}
          heading={t('topicArticles')}
          today={today}
        />
      </div>
    </Layout>
  );
}

/** A person, place or organisation: what they said, the timeline, the articles. */
export function TopicPage({ ctx, topic, today }: { ctx: PageContext; topic: TopicView; today: string }) {
  const t = ctx.t;
  return (
    <Layout
      ctx={ctx}
      title={topic.name}
      canonical={absolute(ctx.site.baseUrl, paths.topic(ctx.language, topic.kind, topic.slug))}
    >
      <div class="story-page">
        <p class="kicker">{t('topicKind', { kind: topic.kind })}</p>
        <h1 class="page-title">{topic.name}</h1>
        {topic.quotes.length ? (
          <section class="topic-quotes" aria-labelledby="topic-quotes-heading">
            <h2 id="topic-quotes-heading">{t('topicQuotes')}</h2>
            <ul class="said">
              {topic.quotes.map(({ quote, article }) => (
                <li>
                  <QuoteWords quote={quote} /> —{' '}
                  <a href={paths.article(article.language, article.section.slug, article.slug)}>
                    {article.headline}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <Timeline ctx={ctx} entries={topic.timeline} />
        <LatestList ctx={ctx} articles={topic.articles} heading={t('topicArticles')} today={today} />
      </div>
    </Layout>
  );
}
