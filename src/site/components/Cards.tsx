import { safeFeaturedImage, type ArticleSummary } from '../../domain/article.ts';
import { typeset } from '../../lib/typography.ts';
import { paths } from '../urls.ts';
import { accent, articleHref, Stamp } from './Listing.tsx';
import type { PageContext } from './page-context.ts';
import { Picture } from './Picture.tsx';

/** A card's picture: a quarter of the main column on wide screens, a small thumbnail on phones. */
const CARD_IMAGE_SIZES = '(min-width: 64em) 12rem, (min-width: 40em) 30vw, 8rem';

/**
 * One story in a grid: its picture (cropped to 16:9, the box reserved before the file arrives),
 * section, headline and standfirst. The headline's link covers the card (CSS), so the card has one link.
 */
export function Card({
  ctx,
  article,
  showSection = true,
  showStandfirst = true,
  today,
}: {
  ctx: PageContext;
  article: ArticleSummary;
  showSection?: boolean;
  showStandfirst?: boolean;
  /** Given on listings: when it was published, under the headline. */
  today?: string;
}) {
  const a = typeset(article);
  const image = safeFeaturedImage(a.featuredImage);
  return (
    <article class={image ? 'card with-image' : 'card'} style={accent(a)}>
      {image ? (
        <div class="thumb">
          <Picture image={image} sizes={CARD_IMAGE_SIZES} />
        </div>
      ) : null}
      <div class="card-text">
        {showSection ? <span class="section-label">{a.section.name}</span> : null}
        <h3>
          {a.breaking ? <span class="badge">{ctx.t('breaking')}</span> : null}
          <a href={articleHref(a)}>{a.headline}</a>
        </h3>
        {a.standfirst && showStandfirst ? <p>{a.standfirst}</p> : null}
        {today !== undefined && a.publishedAt ? (
          <span class="stamp">
            <Stamp ctx={ctx} date={a.publishedAt} today={today} />
          </span>
        ) : null}
      </div>
    </article>
  );
}

/** The stories after the lead, in a grid. */
export function StoryCards({ ctx, articles }: { ctx: PageContext; articles: ArticleSummary[] }) {
  if (!articles.length) return null;
  return (
    <section class="secondary" aria-label={ctx.t('topStories')}>
      {articles.map((a) => (
        <Card ctx={ctx} article={a} />
      ))}
    </section>
  );
}

export interface SectionRow {
  section: ArticleSummary['section'];
  articles: ArticleSummary[];
}

/** A row per section: its name (a link to the section) over its newest stories. */
export function SectionRows({ ctx, rows }: { ctx: PageContext; rows: SectionRow[] }) {
  return (
    <>
      {rows.map(({ section, articles }) => (
        <section
          class="section-row"
          aria-labelledby={`row-${section.slug}`}
          style={section.color ? { '--section-color': section.color } : undefined}
        >
          <h2 id={`row-${section.slug}`}>
            <a href={paths.section(ctx.language, section.slug)}>{section.name}</a>
          </h2>
          <div class="row-cards">
            {articles.map((a) => (
              <Card ctx={ctx} article={a} showSection={false} showStandfirst={false} />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}

/** A sidebar's list of stories: a small picture when the story has one, and the headline. */
export function SideStories({
  articles,
  heading,
  headingId,
}: {
  articles: ArticleSummary[];
  heading: string;
  headingId: string;
}) {
  if (!articles.length) return null;
  return (
    <section class="side-stories" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ul>
        {articles.map(typeset).map((a) => {
          const image = safeFeaturedImage(a.featuredImage);
          return (
            <li class={image ? 'with-image' : undefined}>
              <a href={articleHref(a)}>{a.headline}</a>
              {image ? (
                <div class="thumb">
                  <Picture image={{ ...image, alt: '' }} sizes="6rem" />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
