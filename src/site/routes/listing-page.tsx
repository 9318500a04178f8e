import type { FastifyReply } from 'fastify';
import type { ComponentChildren } from 'preact';
import type { ArticleSummary } from '../../domain/article.ts';
import type { Page } from '../../lib/pagination.ts';
import type { ListFilter } from '../../services/articles/article-reader.ts';
import type { PageContext } from '../components/page-context.ts';
import { ListingPage, type ListingLayout } from '../pages/ListingPage.tsx';
import { sendPage } from '../render.ts';
import { absolute } from '../urls.ts';
import { sendNotFound } from './answers.tsx';
import { listingPage } from './query.ts';
import type { SiteKit } from './site-kit.ts';

/** A page number past the end (or malformed) is a missing page, not an empty one. */
export const outOfRange = (page: Page<unknown>): boolean => page.page > 1 && page.page > page.pageCount;

/** What a listing shows around its articles; `path` gives its URL in any language and page. */
export interface ListingSpec {
  title: string;
  /** The <h1> when it needs markup; else `title`. */
  heading?: ComponentChildren;
  path: (language: string, page?: number) => string;
  description?: string | null;
  intro?: ComponentChildren;
  currentSection?: string;
  feeds?: { rss: string; atom: string; json: string };
  /** More for <head> (an author page's structured data). */
  head?: ComponentChildren;
  /** `portal` for sections, tags and authors; a dated `stream` (the default) for latest and archives. */
  layout?: ListingLayout;
}

/** How many of the site's newest articles the portal layout's sidebar offers (fewer when some are on the page). */
const SIDEBAR_LATEST = 6;

/** `others` without the articles already in `shown`. */
const notOn = (shown: readonly { id: string }[], others: ArticleSummary[]): ArticleSummary[] => {
  const ids = new Set(shown.map((a) => a.id));
  return others.filter((a) => !ids.has(a.id));
};

/**
 * Section, tag, author, latest and archive pages share one shape: a filter over published
 * articles in a language, the page number from `?page=`, and a listing page described by `spec`.
 */
export async function sendListing(
  kit: SiteKit,
  reply: FastifyReply,
  lang: string,
  query: unknown,
  filter: Omit<ListFilter, 'language'>,
  spec: (ctx: PageContext) => ListingSpec,
): Promise<FastifyReply> {
  const pageNo = listingPage(query);
  if (!kit.deps.site.isLanguage(lang) || pageNo === null) return sendNotFound(kit, reply, lang);
  const { reader, views } = kit.deps;
  const page = await reader.list({ language: lang, ...filter }, pageNo, kit.pageSize());
  if (outOfRange(page)) return sendNotFound(kit, reply, lang);
  const ctx = await kit.context(lang);
  const s = spec(ctx);
  // The portal layout's sidebar: read beside nothing else, so only for the pages that show it.
  const [latest, mostRead] =
    s.layout === 'portal'
      ? await Promise.all([
          reader.latest({ language: lang }, SIDEBAR_LATEST + page.items.length),
          views.mostRead(lang),
        ])
      : [[], []];
  return sendPage(
    reply,
    <ListingPage
      ctx={ctx}
      title={s.title}
      heading={s.heading}
      description={s.description ?? null}
      intro={s.intro}
      canonical={absolute(ctx.site.baseUrl, s.path(lang, page.page))}
      alternates={ctx.languages.map((l) => ({ language: l.code, href: s.path(l.code) }))}
      currentSection={s.currentSection}
      feeds={s.feeds}
      page={page}
      href={(n) => s.path(lang, n)}
      today={kit.today()}
      layout={s.layout}
      head={s.head}
      sidebar={{ latest: notOn(page.items, latest).slice(0, SIDEBAR_LATEST), mostRead }}
    />,
  );
}
