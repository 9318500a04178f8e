import type { LiveBlog, LiveEntry } from '../../domain/live-blog.ts';
import { formatDateTime } from '../../lib/dates.ts';
import type { Translate } from '../../lib/messages.ts';
import { ArticleBody } from './ArticleBody.tsx';
import type { PageContext } from './page-context.ts';

/** A live blog as its page shows it: the coverage, the key points, the other entries newest first. */
export interface LiveBlogView {
  blog: LiveBlog;
  pinned: LiveEntry | null;
  stream: LiveEntry[];
  /** The last change the page shows (ISO time): where its script's catching up starts. */
  cursor: string;
}

/**
 * "N new updates" for each plural category of the language, with `#` for the number: the page's
 * script picks the form with Intl.PluralRules (it has no message formatter).
 */
function newUpdateLabels(language: string, t: Translate): Record<string, string> {
  const rules = new Intl.PluralRules(language);
  const labels: Record<string, string> = {};
  for (let n = 1; n <= 200; n++) {
    const category = rules.select(n);
    labels[category] ??= t('liveNewUpdates', { count: n }).replace(String(n), '#');
  }
  return labels;
}

/** What an entry needs to render (the page's context, or the stream's for one language). */
export interface EntryContext {
  language: string;
  timeZone: string;
  t: Translate;
}

/** One entry: its own link (`#entry-<id>`), the time in the site's zone and language, author, body. */
export function LiveEntryView({ ec, entry }: { ec: EntryContext; entry: LiveEntry }) {
  const id = `entry-${entry.id}`;
  return (
    <article
      id={id}
      class={`live-entry${entry.pinned ? ' live-entry-pinned' : ''}${entry.closing ? ' live-entry-closing' : ''}`}
      data-version={entry.version}
      aria-labelledby={`${id}-time`}
    >
      <header class="live-entry-meta">
        <a href={`#${id}`} id={`${id}-time`} class="live-entry-link">
          <time datetime={entry.createdAt.toISOString()}>
            {formatDateTime(entry.createdAt, ec.language, ec.timeZone)}
          </time>
        </a>
        <span class="live-entry-author">{entry.authorName}</span>
      </header>
      <ArticleBody body={entry.body} />
    </article>
  );
}

/**
 * The entries under the article: complete at load time (no script needed to read them). With
 * JavaScript, the page's live script opens the stream and gathers new entries behind the
 * "N new updates" button, so nothing moves under the reader.
 */
export function LiveBlogSection({
  ctx,
  articleId,
  live,
}: {
  ctx: PageContext;
  articleId: string;
  live: LiveBlogView;
}) {
  const { t } = ctx;
  const ec: EntryContext = { language: ctx.language, timeZone: ctx.site.timeZone, t };
  const running = !live.blog.endedAt;
  return (
    <section
      class="live-blog"
      aria-labelledby="live-heading"
      data-live-article={articleId}
      data-live-state={running ? 'running' : 'ended'}
      data-live-cursor={live.cursor}
    >
      <h2 id="live-heading" class="live-status">
        {running ? t('liveNow') : t('liveEnded')}
      </h2>
      {live.pinned ? (
        <div class="live-key-points" aria-labelledby="live-key-points-heading">
          <h3 id="live-key-points-heading">{t('liveKeyPoints')}</h3>
          <LiveEntryView ec={ec} entry={live.pinned} />
        </div>
      ) : null}
      <div class="live-controls">
        <button
          type="button"
          class="live-new"
          hidden
          aria-live="polite"
          data-labels={JSON.stringify(newUpdateLabels(ctx.language, t))}
        ></button>
        <button
          type="button"
          class="live-order"
          aria-pressed="false"
          data-newest={t('liveNewestFirst')}
          data-oldest={t('liveOldestFirst')}
        >
          {t('liveOldestFirst')}
        </button>
      </div>
      <div class="live-stream">
        {live.stream.map((e) => (
          <LiveEntryView ec={ec} entry={e} />
        ))}
      </div>
    </section>
  );
}
