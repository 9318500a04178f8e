import type { StoryView } from '../../../services/stories/story.service.ts';
import type { PageContext } from '../../components/page-context.ts';
import { Timeline } from '../../components/Timeline.tsx';
import { paths } from '../../urls.ts';

/** The story the article belongs to: its timeline (when other articles add to it) and a link to the story's page. */
export function StoryBox({
  ctx,
  story,
  articleId,
}: {
  ctx: PageContext;
  story: StoryView;
  articleId: string;
}) {
  const { t } = ctx;
  return (
    <section class="key-facts" aria-labelledby="story-heading">
      <h2 id="story-heading">{t('storyTimeline')}</h2>
      {/* Only when other articles add to what this one reports (its own events are in its key facts). */}
      {story.timeline.some((e) => e.article.id !== articleId) ? (
        <Timeline ctx={ctx} entries={story.timeline} current={articleId} />
      ) : null}
      <p>
        <a href={paths.story(ctx.language, story.id)}>{t('storyLink', { count: story.articles.length })}</a>
      </p>
    </section>
  );
}
