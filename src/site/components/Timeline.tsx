import { formatLooseDate } from '../../lib/dates.ts';
import type { TimelineEntry } from '../../services/stories/story.service.ts';
import { paths } from '../urls.ts';
import type { PageContext } from './page-context.ts';

/**
 * Dated events in calendar order, each linked to the article that reports it — except on that
 * article's own page (`current`), which never links to itself.
 */
export function Timeline({
  ctx,
  entries,
  current,
}: {
  ctx: PageContext;
  entries: TimelineEntry[];
  current?: string;
}) {
  if (!entries.length) return null;
  return (
    <ol class="timeline story-timeline">
      {entries.map((e) => (
        <li>
          <time dateTime={e.iso.includes('/') ? undefined : e.iso}>
            {formatLooseDate(e.iso, ctx.language)}
          </time>
          <span>
            {e.description}
            {e.article.id === current ? null : (
              <>
                {' '}
                <a href={paths.article(e.article.language, e.article.section.slug, e.article.slug)}>
                  {e.article.headline}
                </a>
              </>
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}
